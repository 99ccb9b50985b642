/** The task matrix as data: layout, drop-downs, printing, and merging with what the user typed. */
import { cellAddress, parseCell, parseRange } from "../../src/domain/address";
import {
  buildMatrixEdit,
  FIRST_DATA_ROW,
  HEADER_ROW,
  LISTS_SHEET,
  MATRIX_COLUMNS,
  MATRIX_SHEET,
  MATRIX_TABLE,
  STATUS_OPTIONS,
  type MatrixBuild,
} from "../../src/domain/matrix";
import { plan2020, PLAN_SHEET, type Plan } from "../../src/domain/plan";
import { REGISTRY_SHEET, yenBai2020 } from "../../src/domain/registry";
import {
  isFormula,
  type Cell,
  type Scalar,
  type SheetData,
  type SheetEdit,
} from "../../src/domain/sheet";

const sheetOf = (build: MatrixBuild, name: string) =>
  build.edit.sheets.find((s) => s.name === name);

/** The sheet as a reader would return it after the edit: values from A1, formulas apart. */
function asRead(sheet: SheetEdit): SheetData {
  const values: Scalar[][] = [];
  const formulas: (string | null)[][] = [];
  for (const b of sheet.blocks ?? []) {
    const at = parseCell(b.at);
    b.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = at.row + i;
        const c = at.col + j;
        (values[r] ??= [])[c] = isFormula(v) ? null : v;
        (formulas[r] ??= [])[c] = isFormula(v) ? v.formula : null;
      }),
    );
  }
  const width = Math.max(...Array.from(values, (r) => r?.length ?? 0));
  const rect = <T>(m: T[][]) =>
    Array.from(m, (r) => Array.from({ length: width }, (_, c) => r?.[c] ?? null)) as (T | null)[][];
  return {
    name: sheet.name,
    values: rect(values) as Scalar[][],
    formulas: rect(formulas) as (string | null)[][],
    tables: (sheet.tables ?? []).map((t) => ({ name: t.name, range: t.range })),
  };
}

/** Put a value in a read sheet (what the user types). */
function type(data: SheetData, address: string, value: Scalar): void {
  const { row, col } = parseCell(address);
  while (data.values.length <= row) data.values.push([]);
  const r = data.values[row];
  while (r.length <= col) r.push(null);
  r[col] = value;
}

const column = (key: string) =>
  String.fromCharCode(65 + MATRIX_COLUMNS.findIndex((c) => c.key === key));
const rowOf = (data: SheetData, code: string) =>
  data.values.findIndex((r) => r[MATRIX_COLUMNS.findIndex((c) => c.key === "code")] === code) + 1;

describe("the matrix of the 2020 plan", () => {
  const build = buildMatrixEdit({ plan: plan2020, registry: yenBai2020 });
  const matrix = sheetOf(build, MATRIX_SHEET)!;
  const read = asRead(matrix);

  test("one Excel table holding every task in plan order, under the title rows", () => {
    expect(matrix.tables).toHaveLength(1);
    const table = matrix.tables![0];
    expect(table.name).toBe(MATRIX_TABLE);
    expect(table.columns).toEqual([
      "STT",
      "Mã nhiệm vụ",
      "Nội dung/hình thức",
      "Cơ quan chủ trì",
      "Cơ quan phối hợp",
      "Thời gian thực hiện",
      "Chỉ tiêu đo lường (Sở Nội vụ đặt)",
      "Tình trạng",
      "Ghi chú",
    ]);
    const n = plan2020.tasks.length;
    expect(table.range).toBe(`A${HEADER_ROW}:I${HEADER_ROW + n}`);
    const codes = read.values.slice(HEADER_ROW, HEADER_ROW + n).map((r) => r[1]);
    expect(codes).toEqual(plan2020.tasks.map((t) => t.code));
    expect(read.values.slice(HEADER_ROW, HEADER_ROW + n).map((r) => r[0])).toEqual(
      plan2020.tasks.map((_, i) => i + 1),
    );
    expect(build).toMatchObject({ rows: n, tasks: n, kept: 0, added: 0, warnings: [] });
    // The title names the plan, its province and year; the print header block has room above.
    expect(read.values[0][0]).toBe("BẢNG PHÂN CÔNG NHIỆM VỤ");
    expect(read.values[1][0]).toBe(plan2020.title);
    expect(read.values[2][0]).toContain("Yên Bái");
    expect(read.values[2][0]).toContain("2020");
    expect(HEADER_ROW).toBeGreaterThanOrEqual(9);
  });

  test("lead and coordinating bodies, time frame and readable indicators with targets", () => {
    const at = (code: string, key: string) =>
      read.values[rowOf(read, code) - 1][MATRIX_COLUMNS.findIndex((c) => c.key === key)];
    expect(at("III.3", "lead")).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(at("III.3", "indicators")).toBe(
      "TP: tiểu phẩm tuyên truyền về CCHC (tiểu phẩm) — mục tiêu theo Kế hoạch: ≥ 1\nXL: chuyến xe thư viện lưu động (chuyến)",
    );
    expect(at("II.2.c", "coordinating")).toBe(
      "Đài Phát thanh - Truyền hình tỉnh; Báo Yên Bái; Cổng Thông tin điện tử tỉnh; các sở, ban, ngành, địa phương có liên quan",
    );
    // The 2020 plan's office under its 2020 name, as the seed writes it.
    expect(at("II.2.c", "lead")).toBe("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh");
    // III.6 is the plan's request to coordinate: nobody leads it, the seed's names coordinate.
    expect(at("III.6", "lead")).toBeNull();
    expect(at("III.6", "coordinating")).toBe(
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các đoàn thể chính trị - xã hội",
    );
    expect(at("II.2.a", "timeFrame")).toBe("Thường xuyên trong năm 2020");
    expect(at("II.2.b", "timeFrame")).toBeNull();
    expect(String(at("II.2.a", "indicators")).split("\n")).toHaveLength(7);
    expect(at("IV", "indicators")).toBeNull();
    expect(at("II.1.a.1", "content")).toContain("225/QĐ-TTg");
  });

  test("drop-downs read ranges (never inline lists): the registry's names and the status list", () => {
    const v = matrix.validations!;
    const agency = v.find((x) => x.range === `D${FIRST_DATA_ROW}:E${FIRST_DATA_ROW + 29}`)!;
    const registryRows = yenBai2020.agencies.length + 1;
    expect(agency.rule).toEqual({
      kind: "list",
      source: `='Danh mục cơ quan'!$B$2:$B$${registryRows + 20}`,
    });
    expect(agency.errorStyle).toBe("warning");
    expect(agency.errorTitle).toBe("Cơ quan không có trong danh mục");
    expect(agency.errorTitle!.length).toBeLessThanOrEqual(32);
    expect(agency.errorMessage!.length).toBeLessThanOrEqual(255);
    const status = v.find((x) => x.range === `H${FIRST_DATA_ROW}:H${FIRST_DATA_ROW + 29}`)!;
    expect(status.rule).toEqual({
      kind: "list",
      source: `='${LISTS_SHEET}'!$A$2:$A$${STATUS_OPTIONS.length + 1}`,
    });
    const lists = asRead(sheetOf(build, LISTS_SHEET)!);
    expect(lists.values.slice(1).map((r) => r[0])).toEqual(STATUS_OPTIONS);
    expect(sheetOf(build, LISTS_SHEET)!.visibility).toBe("hidden");
    // The registry sheet exists for the list, as an editable table.
    const registry = sheetOf(build, REGISTRY_SHEET)!;
    expect(registry.mode).toBe("create");
    expect(registry.visibility).toBeUndefined();
    expect(registry.tables![0].range).toBe(`A1:L${registryRows}`);
    expect(asRead(registry).values[1][1]).toBe(yenBai2020.agencies[0].name);
  });

  test("styled for reading and printing: Times New Roman, wrap, shaded editable columns, frozen header, landscape", () => {
    const body = matrix.formats!.find((f) => f.range === `A${HEADER_ROW}:I${HEADER_ROW + 30}`)!;
    expect(body.format).toMatchObject({ fontName: "Times New Roman", wrap: true, border: true });
    const editable = matrix.formats!.find(
      (f) => f.range === `H${FIRST_DATA_ROW}:I${HEADER_ROW + 30}`,
    )!;
    expect(editable.format).toMatchObject({ unlocked: true, fill: "#FFF2CC" });
    expect(matrix.freeze).toEqual({ rows: HEADER_ROW, columns: 2 });
    expect(matrix.pageLayout).toMatchObject({
      paper: "A4",
      orientation: "landscape",
      fitToWidth: true,
      printTitleRows: `$${HEADER_ROW}:$${HEADER_ROW}`,
      printArea: `$A$1:$I$${HEADER_ROW + 30}`,
    });
    // Columns fill the landscape page at 100 % (about 119 units under a TNR 12 Normal style).
    const total = matrix.columns!.reduce((s, c) => s + (c.width ?? 0), 0);
    expect(total).toBeGreaterThan(110);
    expect(total).toBeLessThan(120);
    // No merged cells: "Chuẩn bị in" lays its header block over the title rows.
    expect(matrix.merges ?? []).toEqual([]);
    // Rows are as tall as their wrapped text (Excel does not autofit rows on opening a file).
    const heights = matrix.rowHeights!;
    expect(heights[rowOf(read, "II.2.a")]).toBeGreaterThan(4 * heights[rowOf(read, "IV")]);
    expect(heights[rowOf(read, "II.1.a.1")]).toBeLessThan(heights[rowOf(read, "II.1.a.12")]);
    expect(Math.max(...Object.values(heights))).toBeLessThanOrEqual(409);
  });

  test("the plan sheet is written when the workbook has none, codes and dates as text", () => {
    const plan = sheetOf(build, PLAN_SHEET)!;
    expect(plan.mode).toBe("create");
    expect(
      plan.formats!.filter((f) => f.format.numberFormat === "@").length,
    ).toBeGreaterThanOrEqual(4);
    const again = buildMatrixEdit({ plan: plan2020, registry: yenBai2020, hasPlanSheet: true });
    expect(sheetOf(again, PLAN_SHEET)).toBeUndefined();
  });

  test("Vietnamese messages by default, English on request (sheet headers stay Vietnamese)", () => {
    const en = buildMatrixEdit({ plan: plan2020, registry: yenBai2020, lang: "en" });
    const m = sheetOf(en, MATRIX_SHEET)!;
    expect(m.validations![0].errorTitle).toBe("Agency not in the registry");
    expect(m.tables![0].columns[1]).toBe("Mã nhiệm vụ");
  });
});

describe("inserting again", () => {
  const first = buildMatrixEdit({ plan: plan2020, registry: yenBai2020 });
  const typed = () => {
    const data = asRead(sheetOf(first, MATRIX_SHEET)!);
    type(data, `${column("status")}${rowOf(data, "II.2.d")}`, "Hoàn thành");
    type(data, `${column("notes")}${rowOf(data, "II.2.d")}`, "Đã in 2.000 tờ gấp");
    type(data, `${column("notes")}${rowOf(data, "III.3")}`, "Tiểu phẩm “Một cửa”");
    // A row typed straight under the table, and one with no code at all.
    const below = FIRST_DATA_ROW + plan2020.tasks.length;
    type(data, `${column("code")}${below}`, "II.2.h");
    type(data, `${column("content")}${below}`, "Tuyên truyền trên mạng xã hội Zalo");
    type(data, `${column("lead")}${below}`, "Sở Thông tin và Truyền thông");
    type(data, `${column("notes")}${below + 1}`, "Ghi chú chung của Sở Nội vụ");
    return data;
  };

  test("keeps typed values by task code and the user's rows after the plan rows, one table", () => {
    const again = buildMatrixEdit({
      plan: plan2020,
      registry: yenBai2020,
      existing: typed(),
      hasPlanSheet: true,
    });
    const m = sheetOf(again, MATRIX_SHEET)!;
    expect(m.mode).toBe("replace");
    expect(m.tables).toHaveLength(1);
    const read = asRead(m);
    const n = plan2020.tasks.length;
    expect(again).toMatchObject({ rows: n + 2, tasks: n, kept: 2, added: 2 });
    const d = rowOf(read, "II.2.d");
    expect(read.values[d - 1][7]).toBe("Hoàn thành");
    expect(read.values[d - 1][8]).toBe("Đã in 2.000 tờ gấp");
    expect(read.values[rowOf(read, "III.3") - 1][8]).toBe("Tiểu phẩm “Một cửa”");
    const user = read.values[FIRST_DATA_ROW - 1 + n];
    expect(user.slice(0, 4)).toEqual([
      n + 1,
      "II.2.h",
      "Tuyên truyền trên mạng xã hội Zalo",
      "Sở Thông tin và Truyền thông",
    ]);
    expect(read.values[FIRST_DATA_ROW + n][0]).toBe(n + 2);
    expect(read.values[FIRST_DATA_ROW + n][8]).toBe("Ghi chú chung của Sở Nội vụ");
    expect(m.tables![0].range).toBe(`A${HEADER_ROW}:I${HEADER_ROW + n + 2}`);
    // The registry sheet the user may have edited is not written again when it is there.
    const withRegistry = buildMatrixEdit({
      plan: plan2020,
      registry: yenBai2020,
      existing: typed(),
      registrySheet: asRead(sheetOf(first, REGISTRY_SHEET)!),
    });
    expect(sheetOf(withRegistry, REGISTRY_SHEET)).toBeUndefined();
  });

  test("a third insert changes nothing more (no duplicate rows)", () => {
    const second = buildMatrixEdit({ plan: plan2020, registry: yenBai2020, existing: typed() });
    const third = buildMatrixEdit({
      plan: plan2020,
      registry: yenBai2020,
      existing: asRead(sheetOf(second, MATRIX_SHEET)!),
    });
    expect(asRead(sheetOf(third, MATRIX_SHEET)!).values).toEqual(
      asRead(sheetOf(second, MATRIX_SHEET)!).values,
    );
    expect(third).toMatchObject({ rows: second.rows, kept: 2, added: 2 });
  });

  test("a column the user added is kept with its cells; a task dropped from the plan stays as the user's row", () => {
    const data = typed();
    // The user widened the table by one column.
    type(data, `J${HEADER_ROW}`, "Kinh phí (triệu đồng)");
    type(data, `J${rowOf(data, "II.2.d")}`, 15);
    data.tables = [
      { name: MATRIX_TABLE, range: `A${HEADER_ROW}:J${HEADER_ROW + plan2020.tasks.length}` },
    ];
    const smaller: Plan = { ...plan2020, tasks: plan2020.tasks.filter((t) => t.code !== "III.3") };
    const again = buildMatrixEdit({ plan: smaller, registry: yenBai2020, existing: data });
    const m = sheetOf(again, MATRIX_SHEET)!;
    expect(m.tables![0].columns[9]).toBe("Kinh phí (triệu đồng)");
    const read = asRead(m);
    expect(read.values[rowOf(read, "II.2.d") - 1][9]).toBe(15);
    // III.3 is no longer the plan's: kept with what was typed, after the plan rows.
    const r = rowOf(read, "III.3");
    expect(r).toBeGreaterThan(FIRST_DATA_ROW - 1 + smaller.tasks.length);
    expect(read.values[r - 1][8]).toBe("Tiểu phẩm “Một cửa”");
    expect(again).toMatchObject({ tasks: smaller.tasks.length, added: 3 });
  });

  test("formulas the user typed stay formulas", () => {
    const data = typed();
    const r = rowOf(data, "II.2.a");
    data.formulas![r - 1][8] = '="Tổng: "&SUM(1,2)';
    const m = sheetOf(
      buildMatrixEdit({ plan: plan2020, registry: yenBai2020, existing: data }),
      MATRIX_SHEET,
    )!;
    const cell: Cell = m.blocks![1].values[r - HEADER_ROW][8];
    expect(cell).toEqual({ formula: '="Tổng: "&SUM(1,2)' });
    const read = asRead(m);
    expect(read.formulas![r - 1][8]).toBe('="Tổng: "&SUM(1,2)');
  });

  test("a matrix found by its header row when the table is gone (sheet copied as values)", () => {
    const data = typed();
    data.tables = [];
    const again = buildMatrixEdit({ plan: plan2020, registry: yenBai2020, existing: data });
    expect(again).toMatchObject({ kept: 2, added: 2 });
  });
});

describe("a registry sheet already in the workbook", () => {
  test("its name column feeds the drop-down and its agencies are the ones matched", () => {
    const registry = {
      id: "x",
      agencies: [
        ...yenBai2020.agencies,
        {
          code: "SNGOAIVU",
          name: "Sở Ngoại vụ",
          shortName: "SNgV",
          aliases: [],
          group: "province" as const,
          reports: true,
        },
      ],
    };
    const own = buildMatrixEdit({ plan: plan2020, registry });
    const sheet = asRead(sheetOf(own, REGISTRY_SHEET)!);
    const built = buildMatrixEdit({ plan: plan2020, registry: yenBai2020, registrySheet: sheet });
    expect(built.registry.agencies.map((a) => a.code)).toContain("SNGOAIVU");
    const v = sheetOf(built, MATRIX_SHEET)!.validations![0];
    expect(v.rule).toEqual({
      kind: "list",
      source: `='Danh mục cơ quan'!$B$2:$B$${registry.agencies.length + 1 + 20}`,
    });
  });

  test("an unreadable one is left alone, with a warning naming the problem", () => {
    const sheet: SheetData = {
      name: REGISTRY_SHEET,
      values: [
        ["Mã", "Tên cơ quan", "Nhóm", "Phải báo cáo"],
        ["SNV", "Sở Nội vụ", "không phải nhóm", "Có"],
      ],
      tables: [],
    };
    const built = buildMatrixEdit({ plan: plan2020, registry: yenBai2020, registrySheet: sheet });
    expect(sheetOf(built, REGISTRY_SHEET)).toBeUndefined();
    expect(built.registry).toBe(yenBai2020);
    expect(built.warnings[0]).toMatch(/Danh mục cơ quan.*không phải nhóm/);
    expect(sheetOf(built, MATRIX_SHEET)!.validations![0].rule).toEqual({
      kind: "list",
      source: "='Danh mục cơ quan'!$B$2:$B$22",
    });
  });
});

test("cell addresses used above are what the layout says", () => {
  expect(cellAddress(HEADER_ROW - 1, 0)).toBe(`A${HEADER_ROW}`);
  expect(parseRange(`A${FIRST_DATA_ROW}`).top).toBe(HEADER_ROW);
});
