/**
 * The pane's real services in browser mode, over real .xlsx files (no DOM needed): open a file,
 * check and fix it, save it; merge forms; make forms, the tracking sheet, print setup.
 */
import { unzipSync } from "fflate";
import { createServices } from "../../src/taskpane/services/real";
import { memorySettings } from "../../src/taskpane/settingsStore";
import { DEFAULT_SETTINGS, type Services } from "../../src/taskpane/services";
import { readWorkbookFile, XlsxWorkbook } from "../../src/workbook/xlsx";
import { registryToRows, REGISTRY_SHEET, yenBai2020 } from "../../src/domain/registry";
import { MATRIX_SHEET } from "../../src/domain/matrix";
import { HEADER_BLOCK_ROWS } from "../../src/domain/print";
import { parseCell } from "../../src/domain/address";
import { filledForm, misspelledMatrix, sumFigures, summaryTotals } from "../browser/fixtures";

const browserServices = (): Services => createServices("browser", memorySettings());
const rules = DEFAULT_SETTINGS.deadlines;

describe("real services in browser mode", () => {
  test("the check finds the misspelled agencies; Sửa tất cả writes the registry names", async () => {
    const { bytes, typos } = await misspelledMatrix();
    const services = browserServices();
    await expect(services.checkAgencies("vi")).rejects.toThrow("taskpane.error.noFile");
    const opened = await services.openFile("ma-tran.xlsx", bytes);
    expect(opened.sheets).toContain(MATRIX_SHEET);
    const check = await services.checkAgencies("vi");
    const problemAt = (cell: string) =>
      check.problems.find((q) => q.sheet === MATRIX_SHEET && q.cell === cell)!;
    for (const t of typos) {
      expect(problemAt(t.cell)).toMatchObject({ text: t.typed, suggestion: t.expected });
    }
    // Legacy encodings decode to one meaning: safe for "Sửa tất cả". Missing diacritics are the
    // matcher's call; whatever is not safe is fixed one by one ("Sửa").
    expect(problemAt(typos[0].cell).safe).toBe(true);
    expect(problemAt(typos[1].cell).safe).toBe(true);
    const safe = check.problems.filter((p) => p.safe);
    expect(await services.fixAll(safe, "vi")).toBe(safe.length);
    for (const t of typos) {
      const p = problemAt(t.cell);
      if (!p.safe) await services.fixOne(p, "vi");
    }
    const saved = await services.saveFile();
    expect(saved.name).toBe("ma-tran.xlsx");
    const values = readWorkbookFile(saved.bytes).data(MATRIX_SHEET).values;
    for (const t of typos) {
      const { row, col } = parseCell(t.cell);
      expect(values[row][col]).toBe(t.expected);
    }
    // Checked again: the fixed cells are no longer problems.
    const again = await services.checkAgencies("vi");
    expect(again.problems.filter((p) => typos.some((t) => t.cell === p.cell))).toEqual([]);
  });

  test("the merge of three filled forms gives a summary whose totals are their sums", async () => {
    const forms = [
      await filledForm("Sở Nội vụ", "2020-H1", "snv.xlsx", (i) => i + 1),
      await filledForm("UBND huyện Văn Yên", "2020-H1", "van-yen.xlsx", (i) => 2 * i + 3),
      await filledForm("UBND huyện Trạm Tấu", "2020-H1", "tram-tau.xlsx", () => 7),
    ];
    const progress: string[] = [];
    const out = await browserServices().merge({
      files: forms.map((f) => ({ name: f.name, bytes: f.bytes })),
      useSheets: false,
      period: "2020-H1",
      lang: "vi",
      onProgress: (done, total, file) => progress.push(`${done}/${total} ${file}`),
    });
    expect(progress).toEqual(["1/3 snv.xlsx", "2/3 van-yen.xlsx", "3/3 tram-tau.xlsx"]);
    expect(out.accepted.map((a) => a.unit).sort()).toEqual(
      ["Sở Nội vụ", "UBND huyện Trạm Tấu", "UBND huyện Văn Yên"].sort(),
    );
    expect(out.rejected).toEqual([]);
    expect(out.expected).toBe(28);
    expect(out.missing).toHaveLength(25);
    const wb = readWorkbookFile(out.summary!.bytes);
    const totals = summaryTotals(wb.data("Tổng hợp 2020-H1").values, HEADER_BLOCK_ROWS + 1);
    const expected = sumFigures(forms);
    expect(totals.size).toBeGreaterThan(5);
    for (const [key, sum] of expected) expect([key, totals.get(key)]).toEqual([key, sum]);
    const json = JSON.parse(new TextDecoder().decode(out.json.bytes));
    expect(json).toMatchObject({ format: "cchc-merge/1", period: "2020-H1", expected: 28 });
  });

  test("forms, the zip of all forms and the tracking file are real workbooks", async () => {
    const services = browserServices();
    const basics = await services.basics(rules);
    expect(basics.year).toBe(2020);
    expect(basics.reporters).toHaveLength(28);
    expect(basics.periods.map((p) => p.code)).toEqual(["2020-Q1", "2020-H1", "2020-Q3", "2020-Y"]);
    const form = await services.reportForm("UBND huyện Văn Yên", "2020-Q3", "vi");
    expect(form.name).toBe("bao-cao-2020-Q3-H-VANYEN.xlsx");
    expect(readWorkbookFile(form.bytes).names.map((n) => n.name)).toEqual(
      expect.arrayContaining(["DonVi", "KyBaoCao"]),
    );
    const seen: number[] = [];
    const zip = await services.allForms("2020-Q1", "vi", (done) => seen.push(done));
    expect(Object.keys(unzipSync(zip.bytes))).toHaveLength(28);
    expect(seen[seen.length - 1]).toBe(28);
    const tracking = await services.tracking(rules, "vi");
    expect(
      "bytes" in tracking && readWorkbookFile(tracking.bytes).sheets.map((s) => s.name),
    ).toEqual(["Theo dõi báo cáo", "Lịch báo cáo", "Ngày nghỉ"]);
  });

  test("Chuẩn bị in lays out the open matrix with the settings' agency and signer", async () => {
    const services = browserServices();
    const { bytes } = await misspelledMatrix();
    await services.openFile("ma-tran.xlsx", bytes);
    const out = await services.preparePrint(
      "matrix",
      { ...DEFAULT_SETTINGS.print, signerName: "Nguyễn Văn A", reportNumber: "125" },
      "vi",
    );
    expect(out.sheet).toBe(MATRIX_SHEET);
    expect(out.lines.join("\n")).toMatch(/A4/);
    const values = readWorkbookFile((await services.saveFile()).bytes).data(MATRIX_SHEET).values;
    const texts = values.flat().filter((v): v is string => typeof v === "string");
    expect(texts).toEqual(
      expect.arrayContaining(["UBND TỈNH YÊN BÁI", "SỞ NỘI VỤ", "Nguyễn Văn A"]),
    );
    expect(texts.some((t) => t.includes("125/BC-SNV"))).toBe(true);
    await expect(services.preparePrint("summary", DEFAULT_SETTINGS.print, "vi")).rejects.toThrow(
      "Sổ làm việc chưa có trang “Tổng hợp …”",
    );
  });

  test("Chuẩn bị in takes the workbook's own registry for a field left blank, as the ribbon does", async () => {
    const { bytes } = await misspelledMatrix();
    const wb = await XlsxWorkbook.load(bytes);
    // The workbook's registry (the matrix file carries one) spells Sở Nội vụ its own way.
    const registry = {
      ...yenBai2020,
      agencies: yenBai2020.agencies.map((a) =>
        a.code === "SNV" ? { ...a, name: "Sở Nội vụ tỉnh Yên Bái" } : a,
      ),
    };
    await wb.apply({
      sheets: [
        {
          name: REGISTRY_SHEET,
          mode: "replace",
          blocks: [{ at: "A1", values: registryToRows(registry) }],
        },
      ],
    });
    const services = browserServices();
    await services.openFile("ma-tran.xlsx", await wb.toBuffer());
    await services.preparePrint("matrix", { ...DEFAULT_SETTINGS.print, agency: " " }, "vi");
    const values = readWorkbookFile((await services.saveFile()).bytes).data(MATRIX_SHEET).values;
    expect(values.flat()).toContain("SỞ NỘI VỤ TỈNH YÊN BÁI");
  });

  test("the overdue units of the current period come from the opened tracking sheet", async () => {
    const services = browserServices();
    const tracking = await services.tracking(rules, "vi");
    if (!("bytes" in tracking)) throw new Error("browser mode makes a file");
    await expect(services.overdue()).rejects.toThrow("taskpane.error.noFile");
    await services.openFile(tracking.name, tracking.bytes);
    // The file's reference date is =TODAY(): every 2020 deadline has passed, nobody reported.
    const view = await services.overdue();
    expect(view.period).toEqual({ code: "2020-Y", name: "Năm 2020" });
    expect(view.units).toHaveLength(28);
    expect(view.units[0]).toMatchObject({ deadline: "2020-11-04" });
    expect(view.units[0].daysOverdue).toBeGreaterThan(365);
    const highlighted = await services.highlightOverdue();
    expect(highlighted.units).toHaveLength(28);
    // The tracking sheet keeps its settings rows: it prints through a linked copy sheet.
    const print = await services.preparePrint("tracking", DEFAULT_SETTINGS.print, "vi");
    expect(print.sheet).toBe("Bản in theo dõi báo cáo");
    expect(print.lines).toContain("Khổ A4, in ngang.");
    const book = readWorkbookFile((await services.saveFile()).bytes);
    expect(book.sheets.map((s) => s.name)).toContain("Theo dõi báo cáo");
    const copy = book.data("Bản in theo dõi báo cáo").values.flat();
    expect(copy).toEqual(expect.arrayContaining(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]));
  });
});
