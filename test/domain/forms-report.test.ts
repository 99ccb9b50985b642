/** The report form of contract 5.1 as data: what buildReportFormEdit asks a workbook to hold. */
import { cellAddress, parseCell, parseRange } from "../../src/domain/address";
import {
  FORM_HEADERS,
  FORM_SHEET,
  FORM_TABLE,
  INPUT_FILL,
  buildReportFormEdit,
  formLines,
} from "../../src/domain/forms";
import { plan2020 } from "../../src/domain/plan";
import { yenBai2020, type Agency } from "../../src/domain/registry";
import type { Cell, SheetEdit, WorkbookEdit } from "../../src/domain/sheet";

const agency = (code: string): Agency => {
  const a = yenBai2020.agencies.find((x) => x.code === code);
  if (!a) throw new Error(`no agency ${code}`);
  return a;
};
const CREATED = "2020-05-20T08:00:00.000Z";
const build = (
  code: string,
  period = "2020-H1",
  extra: { lang?: "vi" | "en"; periodName?: string } = {},
) =>
  buildReportFormEdit({ plan: plan2020, unit: agency(code), period, created: CREATED, ...extra });

const sheet = (edit: WorkbookEdit, name: string): SheetEdit => {
  const s = edit.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};

/** Cells as the blocks lay them out (later blocks win, as when applied). */
function cells(s: SheetEdit): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const b of s.blocks ?? []) {
    const at = parseCell(b.at);
    b.values.forEach((row, i) =>
      row.forEach((v, j) => v !== null && out.set(cellAddress(at.row + i, at.col + j), v)),
    );
  }
  return out;
}

/** The table's data rows as objects keyed by header text. */
function tableRows(edit: WorkbookEdit): Record<string, Cell | undefined>[] {
  const form = sheet(edit, FORM_SHEET);
  const table = form.tables!.find((t) => t.name === FORM_TABLE)!;
  const box = parseRange(table.range);
  const m = cells(form);
  const rows: Record<string, Cell | undefined>[] = [];
  for (let r = box.top + 1; r <= box.bottom; r++) {
    const row: Record<string, Cell | undefined> = {};
    table.columns.forEach((h, c) => (row[h] = m.get(cellAddress(r, box.left + c))));
    rows.push(row);
  }
  return rows;
}

const keysOf = (edit: WorkbookEdit) =>
  tableRows(edit).map((r) =>
    r["Mã chỉ tiêu"] ? `${r["Mã nhiệm vụ"]}/${r["Mã chỉ tiêu"]}` : r["Mã nhiệm vụ"],
  );

/** The format properties that apply to one cell, later formats overriding earlier ones. */
function formatAt(s: SheetEdit, addr: string) {
  const { row, col } = parseCell(addr);
  const out: Record<string, unknown> = {};
  for (const f of s.formats ?? []) {
    const b = parseRange(f.range);
    if (row >= b.top && row <= b.bottom && col >= b.left && col <= b.right)
      Object.assign(out, f.format);
  }
  return out;
}

describe("the report form (contract 5.1)", () => {
  test("a sheet 'Báo cáo' with table BaoCao holding every header of the contract", () => {
    const edit = build("SNV");
    const form = sheet(edit, "Báo cáo");
    const table = form.tables!.find((t) => t.name === "BaoCao")!;
    for (const h of [
      "Mã nhiệm vụ",
      "Nội dung nhiệm vụ",
      "Mã chỉ tiêu",
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kết quả kỳ báo cáo",
      "Lũy kế từ đầu năm",
      "Tình trạng",
      "Ghi chú",
    ])
      expect(table.columns).toContain(h);
    // The header row of the table holds the same texts the table declares.
    const box = parseRange(table.range);
    const m = cells(form);
    expect(table.columns.map((_, c) => m.get(cellAddress(box.top, box.left + c)))).toEqual(
      table.columns,
    );
    expect(table.columns).toEqual(FORM_HEADERS);
  });

  test("DonVi and KyBaoCao name the cells holding the registry name and the period code", () => {
    const edit = build("H-VANYEN", "2020-q3");
    const m = cells(sheet(edit, FORM_SHEET));
    const target = (name: string) => {
      const ref = edit.names!.find((n) => n.name === name)!.refersTo;
      const match = /^='Báo cáo'!\$([A-Z]+)\$(\d+)$/.exec(ref);
      expect(match).not.toBeNull();
      return m.get(`${match![1]}${match![2]}`);
    };
    expect(target("DonVi")).toBe("UBND huyện Văn Yên");
    expect(target("KyBaoCao")).toBe("2020-Q3");
  });

  test("the header block: title, unit, period name and the deadline the seed gives", () => {
    const m = cells(sheet(build("SNV", "2020-H1"), FORM_SHEET));
    const texts = [...m.values()].filter((v): v is string => typeof v === "string");
    expect(texts).toContain("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH TUYÊN TRUYỀN CCHC");
    expect(texts).toContain("(6 tháng đầu năm 2020)");
    expect(texts.some((t) => t.includes("05/06/2020"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Hướng dẫn"))).toBe(true);
  });

  test("rows follow plan-2020.md: Sở Nội vụ gets II.2.d, II.2.e, II.2.g and III.1, not II.2.b", () => {
    const keys = keysOf(build("SNV"));
    expect(keys.slice(0, 4)).toEqual(["II.1.a", "II.1.b", "II.1.c", "II.1.d"]);
    for (const k of [
      "II.2.a/HN",
      "II.2.a/PS",
      "II.2.d/KN",
      "II.2.e/CM",
      "II.2.g/CM",
      "III.1/TT",
      "III.5/KH",
    ])
      expect(keys).toContain(k);
    expect(keys.some((k) => String(k).startsWith("II.2.b"))).toBe(false);
    expect(keys.some((k) => String(k).startsWith("III.3"))).toBe(false);
  });

  test("Sở VHTTDL reports II.2.b and III.3, whose target is shown with the indicator", () => {
    const rows = tableRows(build("SVHTTDL"));
    const tp = rows.find((r) => r["Mã nhiệm vụ"] === "III.3" && r["Mã chỉ tiêu"] === "TP")!;
    expect(String(tp["Chỉ tiêu"])).toMatch(/tối thiểu 1/);
    expect(rows.some((r) => r["Mã nhiệm vụ"] === "II.2.b")).toBe(true);
  });

  test("a district's form marks II.2.b–d optional and carries no website row", () => {
    const rows = tableRows(build("H-TRAMTAU"));
    const required = (code: string) =>
      rows.filter((r) => r["Mã nhiệm vụ"] === code).map((r) => r["Bắt buộc"]);
    for (const code of ["II.2.b", "II.2.c", "II.2.d"]) {
      expect(required(code).length).toBeGreaterThan(0);
      expect(new Set(required(code))).toEqual(new Set(["Không"]));
    }
    expect(new Set(required("II.2.a"))).toEqual(new Set(["Có"]));
    expect(rows.some((r) => r["Mã nhiệm vụ"] === "II.2.g")).toBe(false);
  });

  test("one row per (task, indicator); topic tasks get one row with no indicator code", () => {
    const unit = agency("STP");
    const rows = tableRows(build("STP"));
    const expected = formLines(plan2020, unit);
    expect(rows).toHaveLength(expected.length);
    const topics = rows.filter((r) => String(r["Mã nhiệm vụ"]).startsWith("II.1."));
    expect(topics.map((r) => r["Mã chỉ tiêu"])).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    // Each task's title is written once, on its first row.
    const titled = rows.filter((r) => r["Nội dung nhiệm vụ"]).map((r) => r["Mã nhiệm vụ"]);
    expect(titled).toEqual([...new Set(rows.map((r) => r["Mã nhiệm vụ"]))]);
  });

  test("figures must be numbers ≥ 0: decimals for counts, whole numbers for yes/no indicators", () => {
    const edit = build("SNV");
    const form = sheet(edit, FORM_SHEET);
    const rows = tableRows(edit);
    const top = parseRange(form.tables![0].range).top + 2; // first data row, 1-based
    const ruleAt = (addr: string) => {
      const { row, col } = parseCell(addr);
      const hits = form.validations!.filter((v) => {
        const b = parseRange(v.range);
        return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
      });
      expect(hits).toHaveLength(1); // ranges never overlap
      return hits[0].rule;
    };
    rows.forEach((r, i) => {
      const flag = (r["Đơn vị tính"] as string | undefined)?.includes("1 có");
      const want = flag ? { kind: "whole", min: 0, max: 1 } : { kind: "decimal", min: 0 };
      expect([r["Mã nhiệm vụ"], r["Mã chỉ tiêu"], ruleAt(`H${top + i}`)]).toEqual([
        r["Mã nhiệm vụ"],
        r["Mã chỉ tiêu"],
        want,
      ]);
      expect(ruleAt(`I${top + i}`)).toEqual(want);
    });
    expect(rows.some((r) => (r["Đơn vị tính"] as string | undefined)?.includes("1 có"))).toBe(true);
  });

  test("'Tình trạng' is a drop-down fed from a range on the hidden _lists sheet, never an inline list", () => {
    const edit = build("SNV");
    const form = sheet(edit, FORM_SHEET);
    const lists = form.validations!.filter((v) => v.rule.kind === "list");
    expect(lists).toHaveLength(1);
    const rule = lists[0].rule as { kind: "list"; source: string };
    const m = /^='_lists'!\$A\$(\d+):\$A\$(\d+)$/.exec(rule.source);
    expect(m).not.toBeNull();
    const listSheet = sheet(edit, "_lists");
    expect(listSheet.visibility).toBe("hidden");
    const lc = cells(listSheet);
    const items = [];
    for (let r = Number(m![1]); r <= Number(m![2]); r++) items.push(lc.get(`A${r}`));
    expect(items).toEqual(["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"]);
    // The list covers the whole status column of the table.
    const box = parseRange(form.tables![0].range);
    const target = parseRange(lists[0].range);
    expect([target.top, target.bottom]).toEqual([box.top + 1, box.bottom]);
  });

  test("the cells a unit fills are unlocked and shaded; codes and titles are not", () => {
    const edit = build("SNV");
    const form = sheet(edit, FORM_SHEET);
    const rows = tableRows(edit);
    const top = parseRange(form.tables![0].range).top + 2;
    const hn = top + rows.findIndex((r) => r["Mã chỉ tiêu"] === "HN");
    const topic = top + rows.findIndex((r) => r["Mã nhiệm vụ"] === "II.1.a");
    for (const addr of [`H${hn}`, `I${hn}`, `J${hn}`, `K${hn}`, `J${topic}`, `K${topic}`])
      expect([addr, formatAt(form, addr)]).toEqual([
        addr,
        expect.objectContaining({ unlocked: true, fill: INPUT_FILL }),
      ]);
    for (const addr of [`B${hn}`, `D${hn}`, `H${topic}`])
      expect(formatAt(form, addr).unlocked).toBeUndefined();
    expect(formatAt(form, `C${hn}`)).toEqual(
      expect.objectContaining({ fontName: "Times New Roman", wrap: true }),
    );
  });

  test("the very hidden _cchc sheet holds the five keys", () => {
    const meta = sheet(build("SNV", "2020-Y"), "_cchc");
    expect(meta.visibility).toBe("veryHidden");
    expect(meta.blocks![0].values).toEqual([
      ["format", "cchc-report/1"],
      ["plan", "yen-bai-2020"],
      ["unit", "Sở Nội vụ"],
      ["period", "2020-Y"],
      ["created", CREATED],
    ]);
  });

  test("prints on landscape A4 by the decree, the header row repeated", () => {
    const form = sheet(build("SNV"), FORM_SHEET);
    expect(form.pageLayout).toEqual(
      expect.objectContaining({ paper: "A4", orientation: "landscape", printTitleRows: "$8:$8" }),
    );
  });

  test("an unknown period is refused; a name given for a custom period is used", () => {
    expect(() => build("SNV", "2020-Q2")).toThrow(/2020-Q2/);
    const m = cells(sheet(build("SNV", "2020-Q2", { periodName: "Quý II năm 2020" }), FORM_SHEET));
    expect([...m.values()]).toContain("(Quý II năm 2020)");
    expect([...m.values()]).toContain("2020-Q2");
  });

  test("English prose on request; the headers and labels a machine reads stay Vietnamese", () => {
    const edit = build("SNV", "2020-H1", { lang: "en" });
    const texts = [...cells(sheet(edit, FORM_SHEET)).values()].filter(
      (v): v is string => typeof v === "string",
    );
    expect(texts.some((t) => t.startsWith("How to fill in"))).toBe(true);
    expect(texts).toContain("Đơn vị:");
    expect(sheet(edit, FORM_SHEET).tables![0].columns).toEqual(FORM_HEADERS);
  });
});
