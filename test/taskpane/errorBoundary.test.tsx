/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import type { Lang } from "../../src/i18n";

/** A part of the pane that fails to render until told otherwise. */
const state = { broken: true };
function Fragile() {
  if (state.broken) throw new Error("registry.agencies is undefined");
  return <p>Trang đã hiện</p>;
}

function renderBroken(lang: Lang) {
  state.broken = true;
  return render(
    <FluentProvider theme={webLightTheme}>
      <p>Tiêu đề ngăn tác vụ</p>
      <ErrorBoundary lang={lang}>
        <Fragile />
      </ErrorBoundary>
    </FluentProvider>,
  );
}

beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
afterEach(() => jest.restoreAllMocks());

test("a render error shows a Vietnamese message, the rest of the pane stays, and Thử lại renders again", async () => {
  renderBroken("vi");
  const alert = screen.getByRole("alert");
  expect(alert.textContent).toContain("Phần này của ngăn tác vụ gặp lỗi");
  expect(alert.textContent).toContain("registry.agencies is undefined");
  expect(alert.textContent).toContain("Dữ liệu trong sổ làm việc không bị thay đổi");
  expect(screen.getByText("Tiêu đề ngăn tác vụ")).toBeInstanceOf(HTMLElement);
  // The error is told, not swallowed.
  expect(console.error).toHaveBeenCalled();

  state.broken = false;
  await userEvent.click(screen.getByRole("button", { name: "Thử lại" }));
  expect(screen.getByText("Trang đã hiện")).toBeInstanceOf(HTMLElement);
  expect(screen.queryByRole("alert")).toBeNull();
});

test("in English when the user chose English", () => {
  renderBroken("en");
  expect(screen.getByRole("alert").textContent).toContain("This part of the pane failed");
  expect(screen.getByRole("button", { name: "Try again" })).toBeInstanceOf(HTMLElement);
});
