/**
 * Test inputs for the roll-up: a small plan shaped like the 2020 plan, a stub matcher, and
 * report forms built as SheetData the way a reader gives them (values from A1, rectangular,
 * empty cells null, numbers as numbers, dates as Date, formulas beside the cached values).
 */
import type { Plan } from "../../src/domain/plan/types";
import type { FailedRead, FormSource, Reporter, UnitResolver } from "../../src/domain/rollup";
import { cellAddress, parseCell } from "../../src/domain/address";
import type { Scalar, SheetData, SheetVisibility } from "../../src/domain/sheet";

const indicator = (code: string, name: string, unit: string, extra: object = {}) => ({
  code,
  name,
  unit,
  kind: "count" as const,
  ...extra,
});

export const plan: Plan = {
  id: "yen-bai-2020",
  year: 2020,
  province: "Yên Bái",
  title: "Kế hoạch tuyên truyền CCHC năm 2020",
  issuer: "UBND tỉnh Yên Bái",
  tasks: [
    {
      code: "II.1.a",
      section: "II.1",
      title: "Văn bản chỉ đạo về CCHC",
      content: "Tuyên truyền, phổ biến các văn bản chỉ đạo của Trung ương, của tỉnh về CCHC",
      lead: [],
      coordinating: [],
      timeFrame: "Thường xuyên trong năm 2020",
      indicators: [],
      reporters: { all: true },
    },
    {
      code: "II.2.a",
      section: "II.2",
      title: "Hội nghị, tập huấn, tin bài",
      content: "Tổ chức hội nghị, tập huấn, tọa đàm, hội thảo; đăng tải tin, bài",
      lead: ["Các sở, ban, ngành cấp tỉnh"],
      coordinating: [],
      timeFrame: "Thường xuyên trong năm 2020",
      indicators: [
        indicator("HN", "Hội nghị, tập huấn, tọa đàm, hội thảo", "cuộc"),
        indicator("NG", "Người tham dự", "lượt người"),
        indicator("TB", "Tin, bài đăng tải", "tin, bài"),
      ],
      reporters: { all: true },
    },
    {
      code: "II.2.g",
      section: "II.2",
      title: "Chuyên mục CCHC trên trang thông tin điện tử",
      content: "Chuyên mục CCHC trên Cổng TTĐT tỉnh và Trang thông tin điện tử của các sở",
      lead: ["Các sở, ban, ngành có Trang thông tin điện tử"],
      coordinating: [],
      timeFrame: "Thường xuyên trong năm 2020",
      indicators: [
        { code: "CM", name: "Chuyên mục CCHC đã có", unit: "1 có / 0 chưa", kind: "flag" },
        indicator("TB", "Tin, bài trong chuyên mục", "tin, bài"),
      ],
      reporters: { withWebsite: true },
    },
    {
      code: "III.3",
      section: "III",
      title: "Sở Văn hóa, Thể thao và Du lịch",
      content: "Xây dựng ít nhất 01-02 tiểu phẩm",
      lead: ["Sở Văn hóa, Thể thao và Du lịch"],
      coordinating: [],
      timeFrame: "Thường xuyên trong năm 2020",
      indicators: [indicator("TP", "Tiểu phẩm", "tiểu phẩm", { target: 1 })],
      reporters: { units: ["SVHTTDL"] },
    },
    {
      code: "III.5",
      section: "III",
      title: "Các sở, ban, ngành; UBND các huyện",
      content: "Xây dựng kế hoạch tuyên truyền CCHC của đơn vị",
      lead: [],
      coordinating: [],
      timeFrame: "Quý IV năm 2019",
      indicators: [
        {
          code: "KH",
          name: "Kế hoạch tuyên truyền đã ban hành",
          unit: "1 có / 0 chưa",
          kind: "flag",
        },
      ],
      reporters: { all: true },
    },
  ],
};

export const units: Reporter[] = [
  { code: "SNV", name: "Sở Nội vụ" },
  { code: "STP", name: "Sở Tư pháp" },
  { code: "SVHTTDL", name: "Sở Văn hóa, Thể thao và Du lịch" },
  { code: "UBND-TPYB", name: "UBND thành phố Yên Bái" },
  { code: "UBND-VANYEN", name: "UBND huyện Văn Yên" },
  { code: "UBND-TRAMTAU", name: "UBND huyện Trạm Tấu" },
];
/** Known to the registry but not an expected reporter. */
export const media: Reporter = { code: "BAOYB", name: "Báo Yên Bái" };
export const expected: Reporter[] = units;

/** Spellings the stub matcher corrects, with the reason it gives. */
const corrections: Record<string, { code: string; warning: string }> = {
  "UBND huyen Van Yen": { code: "UBND-VANYEN", warning: "sai chính tả" },
  "UBND huyÖn V¨n Yªn": { code: "UBND-VANYEN", warning: "mã TCVN3" },
  "Sở Nội Vụ": { code: "SNV", warning: "sai chính tả" },
};

/** A stand-in for the matcher: exact registry names, plus the few corrections above. */
export const resolveUnit: UnitResolver = (text) => {
  const all = [...units, media];
  const exact = all.find((u) => u.name === text.normalize("NFC").trim());
  if (exact) return { name: exact.name, code: exact.code };
  const fix = corrections[text.trim()];
  const unit = fix && all.find((u) => u.code === fix.code);
  return unit ? { name: unit.name, code: unit.code, warning: fix.warning } : null;
};

export interface RowSpec {
  task: Scalar;
  ind?: Scalar;
  value?: Scalar;
  cum?: Scalar;
  status?: Scalar;
  note?: Scalar;
  /** A formula in the "Kết quả kỳ báo cáo" cell; `value` is its cached result. */
  formula?: string;
}

type Field = keyof Omit<RowSpec, "formula"> | null;

/** Contract 5.1 header texts and what each column holds. */
export const CONTRACT_COLUMNS: [string, Field][] = [
  ["Mã nhiệm vụ", "task"],
  ["Nội dung nhiệm vụ", null],
  ["Mã chỉ tiêu", "ind"],
  ["Chỉ tiêu", null],
  ["Đơn vị tính", null],
  ["Kết quả kỳ báo cáo", "value"],
  ["Lũy kế từ đầu năm", "cum"],
  ["Tình trạng", "status"],
  ["Ghi chú", "note"],
];

export interface FormSpec {
  file: string;
  unit?: Scalar;
  period?: Scalar;
  rows: RowSpec[];
  /** Default "Báo cáo". */
  sheetName?: string;
  /** Defined names DonVi and KyBaoCao (default true). */
  names?: boolean;
  /** The Excel table (default "BaoCao"; false for a form rebuilt by hand). */
  table?: string | false;
  /** The header block's "Đơn vị:"/"Kỳ báo cáo:" labels (default true). */
  labels?: boolean;
  /** Key/value rows of the very hidden _cchc sheet; false for none. */
  meta?: Record<string, Scalar> | false;
  columns?: [string, Field][];
  visibility?: SheetVisibility;
  /** 1-based row of the table's header (default 6). */
  headerRow?: number;
  modified?: Date;
  fileTime?: Date;
  /** More sheets, e.g. a cover page. */
  extraSheets?: SheetData[];
}

const rect = (rows: Scalar[][]): Scalar[][] => {
  const width = Math.max(0, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array<Scalar>(width - r.length).fill(null)]);
};

export function sheetOf(
  name: string,
  values: Scalar[][],
  tables: SheetData["tables"] = [],
): SheetData {
  return { name, values: rect(values), tables };
}

/** A report form as a reader would hand it to the merge. */
export function formSource(spec: FormSpec): FormSource {
  const sheet = spec.sheetName ?? "Báo cáo";
  const columns = spec.columns ?? CONTRACT_COLUMNS;
  const headerRow = (spec.headerRow ?? 6) - 1;
  const values: Scalar[][] = Array.from({ length: headerRow }, () => []);
  values[0] = ["BÁO CÁO KẾT QUẢ TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH"];
  const labels = spec.labels ?? true;
  if (labels || spec.names !== false) {
    values[2] = [labels ? "Đơn vị:" : null, null, spec.unit ?? null];
    values[3] = [labels ? "Kỳ báo cáo:" : null, null, spec.period ?? null];
  }
  values.push(columns.map(([h]) => h));
  const formulas: (string | null)[][] = values.map(() => []);
  for (const r of spec.rows) {
    values.push(columns.map(([, f]) => (f ? (r[f] ?? null) : null)));
    const valueCol = columns.findIndex(([, f]) => f === "value");
    const line: (string | null)[] = columns.map(() => null);
    if (r.formula && valueCol >= 0) line[valueCol] = r.formula;
    formulas.push(line);
  }
  const lastRow = headerRow + spec.rows.length;
  const range = `${cellAddress(headerRow, 0)}:${cellAddress(lastRow, columns.length - 1)}`;
  const tableName = spec.table === undefined ? "BaoCao" : spec.table;
  const main: SheetData = {
    ...sheetOf(sheet, values, tableName ? [{ name: tableName, range }] : []),
  };
  if (spec.rows.some((r) => r.formula))
    main.formulas = rect(formulas as Scalar[][]) as (string | null)[][];

  const sheets: SheetData[] = [...(spec.extraSheets ?? []), main];
  if (spec.meta !== false) {
    const meta = spec.meta ?? {
      format: "cchc-report/1",
      plan: "yen-bai-2020",
      unit: spec.unit ?? null,
      period: spec.period ?? null,
      created: new Date("2020-05-20T08:00:00Z"),
    };
    sheets.push(
      sheetOf(
        "_cchc",
        Object.entries(meta).map(([k, v]) => [k, v]),
      ),
    );
  }
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return {
    file: spec.file,
    sheets: sheets.map((s) => ({
      name: s.name,
      visibility:
        s.name === "_cchc" ? "veryHidden" : s === main ? (spec.visibility ?? "visible") : "visible",
    })),
    names:
      spec.names === false
        ? undefined
        : [
            { name: "DonVi", refersTo: `=${quoted}!$C$3` },
            { name: "KyBaoCao", refersTo: `=${quoted}!$C$4` },
          ],
    data(name: string): SheetData {
      const found = sheets.find((s) => s.name === name);
      if (!found) throw new Error(`No sheet named ${name}`);
      return found;
    },
    modified: spec.modified,
    fileTime: spec.fileTime,
  };
}

/** A source made of raw sheets (for inputs that are not forms). */
export function rawSource(
  file: string,
  sheets: SheetData[],
  visibility: SheetVisibility[] = [],
): FormSource {
  return {
    file,
    sheets: sheets.map((s, i) => ({ name: s.name, visibility: visibility[i] ?? "visible" })),
    names: [],
    data(name) {
      const found = sheets.find((s) => s.name === name);
      if (!found) throw new Error(`No sheet named ${name}`);
      return found;
    },
  };
}

export const failedRead = (file: string, code: string, message: string): FailedRead => ({
  file,
  error: { code, message },
});

/** The value a source holds at sheet!cell (for checking provenance). */
export function cellOf(source: FormSource, sheet: string, cell: string): Scalar {
  const { row, col } = parseCell(cell);
  return source.data(sheet).values[row]?.[col] ?? null;
}

/** A typical good form: II.2.a filled, III.5 done, II.1.a marked done. */
export function goodRows(hn = 3, ng = 120): RowSpec[] {
  return [
    { task: "II.1.a", status: "Hoàn thành" },
    { task: "II.2.a", ind: "HN", value: hn, cum: hn + 2 },
    { task: "II.2.a", ind: "NG", value: ng, cum: ng },
    { task: "II.2.a", ind: "TB", value: null },
    { task: "III.5", ind: "KH", value: 1, cum: 1, status: "Hoàn thành" },
  ];
}
