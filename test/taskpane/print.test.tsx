/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { fakeServices, renderPane } from "./fakes";

describe("In page", () => {
  it("prepares the chosen sheet with the print details typed, and keeps them", async () => {
    const services = fakeServices("office");
    renderPane("print", services);
    expect(screen.getByRole("heading", { level: 2, name: "In" })).toBeInstanceOf(HTMLElement);
    await userEvent.click(screen.getByRole("radio", { name: "Bảng phân công nhiệm vụ" }));
    const number = screen.getByRole("textbox", { name: "Số báo cáo" });
    await userEvent.type(number, "125");
    const signer = screen.getByRole("textbox", { name: "Họ tên người ký" });
    await userEvent.type(signer, "Nguyễn Văn A");
    expect(
      (screen.getByRole("textbox", { name: "Cơ quan ban hành" }) as HTMLInputElement).value,
    ).toBe("Sở Nội vụ");
    await userEvent.click(screen.getByRole("button", { name: "Chuẩn bị in" }));
    expect(services.preparePrint).toHaveBeenCalledWith(
      "matrix",
      expect.objectContaining({
        reportNumber: "125",
        signerName: "Nguyễn Văn A",
        agency: "Sở Nội vụ",
      }),
      "vi",
    );
    await screen.findByText("Đã định dạng trang “Tổng hợp 2020-H1” để in:");
    expect(screen.getByText("Khổ A4, giấy nằm ngang")).toBeInstanceOf(HTMLElement);
    expect(services.settings.load().print).toMatchObject({
      reportNumber: "125",
      signerName: "Nguyễn Văn A",
    });
  });

  it("starts from the kept print details", () => {
    const services = fakeServices("office");
    void services.settings.save({
      ...services.settings.load(),
      print: { ...services.settings.load().print, signerTitle: "KT. Giám đốc" },
    });
    renderPane("print", services);
    expect(
      (screen.getByRole("textbox", { name: "Chức vụ người ký" }) as HTMLInputElement).value,
    ).toBe("KT. Giám đốc");
  });

  it("in browser mode needs an open file, then offers the changed file", async () => {
    const services = fakeServices("browser");
    renderPane("print", services);
    const prepare = screen.getByRole("button", { name: "Chuẩn bị in" });
    expect(prepare.hasAttribute("disabled")).toBe(true);
    await userEvent.upload(screen.getByLabelText("Mở tệp .xlsx"), new File(["x"], "tong-hop.xlsx"));
    await screen.findByText("Tệp đang làm việc: tong-hop.xlsx");
    await userEvent.click(prepare);
    expect(services.preparePrint).toHaveBeenCalledWith("summary", expect.any(Object), "vi");
    await userEvent.click(await screen.findByRole("button", { name: "Tải tệp đã sửa" }));
    expect(services.download).toHaveBeenCalledTimes(1);
  });
});

describe("In page: the report date", () => {
  it("is typed as dd/mm/yyyy and sent as an ISO date", async () => {
    const services = fakeServices("office");
    renderPane("print", services);
    await userEvent.type(screen.getByRole("textbox", { name: "Ngày báo cáo" }), "5/6/2020");
    await userEvent.click(screen.getByRole("button", { name: "Chuẩn bị in" }));
    expect(services.preparePrint.mock.calls[0][1]).toMatchObject({ date: "2020-06-05" });
    expect(services.settings.load().print.date).toBe("2020-06-05");
  });

  it("refuses a day that does not exist", async () => {
    const services = fakeServices("office");
    renderPane("print", services);
    await userEvent.type(screen.getByRole("textbox", { name: "Ngày báo cáo" }), "31/02/2020");
    expect(screen.getByText(/Ngày không hợp lệ/)).toBeInstanceOf(HTMLElement);
    expect(screen.getByRole("button", { name: "Chuẩn bị in" }).hasAttribute("disabled")).toBe(true);
  });
});
