import fc from "fast-check";
import {
  AGENCY_GROUPS,
  PLAN_COLUMNS,
  PLAN_HEADER,
  PLAN_HEADER_ROW,
  PLAN_SHEET,
  plan2020,
  planFromJson,
  planFromRows,
  planToJson,
  planToRows,
  validatePlan,
  type Indicator,
  type Plan,
  type PlanCell,
  type ReporterRule,
  type Task,
} from "../../src/domain/plan";

const rows2020 = planToRows(plan2020);
const col = (name: string) => PLAN_HEADER.indexOf(name);
const rowOf = (rows: PlanCell[][], code: string) =>
  rows.findIndex((r, i) => i > PLAN_HEADER_ROW && r[col(PLAN_COLUMNS.code)] === code);
const cell = (code: string, column: string) => rows2020[rowOf(rows2020, code)][col(column)];
const errorsOf = (rows: unknown[][]) => {
  const r = planFromRows(rows);
  if ("plan" in r) throw new Error("expected errors");
  return r.errors;
};
/** A copy of the 2020 rows with one cell changed. */
const edit = (code: string, column: string, value: PlanCell): PlanCell[][] => {
  const rows = rows2020.map((r) => [...r]);
  rows[rowOf(rows, code)][col(column)] = value;
  return rows;
};

describe("planToRows", () => {
  test("the sheet is named Kế hoạch; details first, then the header row, then one row per task", () => {
    expect(PLAN_SHEET).toBe("Kế hoạch");
    expect(rows2020.slice(0, 6).map((r) => r.slice(0, 2))).toEqual([
      ["Định dạng", "cchc-plan/1"],
      ["Mã kế hoạch", "yen-bai-2020"],
      ["Năm", 2020],
      ["Tỉnh", "Yên Bái"],
      ["Tên kế hoạch", plan2020.title],
      ["Cơ quan ban hành", plan2020.issuer],
    ]);
    expect(rows2020[PLAN_HEADER_ROW].slice(0, 5)).toEqual([
      "Mã nhiệm vụ",
      "Mã mục cha",
      "Phần",
      "Tên nhiệm vụ",
      "Nội dung",
    ]);
    expect(rows2020.length - PLAN_HEADER_ROW - 1).toBe(plan2020.tasks.length);
    // Rectangular, so it can be written as one block.
    expect(new Set(rows2020.map((r) => r.length))).toEqual(new Set([PLAN_HEADER.length]));
  });

  test("indicators, targets and reporters read as text a person can edit", () => {
    expect(cell("II.2.a", PLAN_COLUMNS.indicators)).toMatch(
      /^HN: hội nghị, tập huấn, tọa đàm, hội thảo \(cuộc\); NG: người tham dự \(lượt người\); /,
    );
    expect(cell("III.3", PLAN_COLUMNS.targets)).toBe("TP ≥ 1");
    expect(cell("III.5", PLAN_COLUMNS.indicators)).toMatch(/\(1 có \/ 0 chưa\) \[có\/chưa\]$/);
    expect(cell("II.2.b", PLAN_COLUMNS.reporters)).toBe(
      "Đơn vị: SVHTTDL; Không bắt buộc: cấp huyện",
    );
    expect(cell("II.1.a", PLAN_COLUMNS.reporters)).toBe("Mọi đơn vị báo cáo");
    expect(cell("II.2.g", PLAN_COLUMNS.reporters)).toBe(
      "Đơn vị: CONG-TTDT; Cơ quan cấp tỉnh có trang thông tin điện tử",
    );
    expect(cell("II.1.a.1", PLAN_COLUMNS.reporters)).toBe(
      "Không (chỉ có trong bảng phân công nhiệm vụ)",
    );
    expect(cell("II.2.d", PLAN_COLUMNS.coordinating)).toBe(
      "Đài Phát thanh - Truyền hình tỉnh; Báo Yên Bái; Cổng Thông tin điện tử tỉnh; các sở, ban, ngành, địa phương có liên quan",
    );
    expect(cell("II.1.a.1", PLAN_COLUMNS.docNumber)).toBe("225/QĐ-TTg");
    expect(cell("II.1.a.1", PLAN_COLUMNS.docDate)).toBe("04/02/2016");
  });
});

describe("planFromRows", () => {
  test("reads the 2020 plan back exactly", () => {
    expect(planFromRows(rows2020)).toEqual({ plan: plan2020 });
  });

  test("columns may be moved, other columns added, document columns left out", () => {
    const noDocs: Plan = { ...plan2020, tasks: plan2020.tasks.filter((t) => !t.document) };
    const rows = planToRows(noDocs).map((r, i) => {
      const kept = r.slice(0, 11);
      // Swap "Nội dung" and "Tên nhiệm vụ", add a notes column.
      [kept[3], kept[4]] = [kept[4], kept[3]];
      return [...kept, i === PLAN_HEADER_ROW ? "Ghi chú của tôi" : "x"];
    });
    expect(planFromRows(rows)).toEqual({ plan: noDocs });
  });

  test("accepts what people type: '>=', line breaks, group codes, a caption line", () => {
    const rows = edit("III.3", PLAN_COLUMNS.targets, "TP >= 2");
    rows[rowOf(rows, "II.2.e")][col(PLAN_COLUMNS.lead)] =
      "Đài Phát thanh - Truyền hình tỉnh\nBáo Yên Bái";
    rows[rowOf(rows, "II.2.b")][col(PLAN_COLUMNS.reporters)] =
      "đơn vị: SVHTTDL; không bắt buộc: district";
    rows.unshift(["KẾ HOẠCH TUYÊN TRUYỀN CCHC"]);
    const r = planFromRows(rows);
    if (!("plan" in r)) throw new Error(JSON.stringify(r.errors));
    const t = (code: string) => r.plan.tasks.find((x) => x.code === code)!;
    expect(t("III.3").indicators[0].target).toBe(2);
    expect(t("II.2.e").lead).toEqual(["Đài Phát thanh - Truyền hình tỉnh", "Báo Yên Bái"]);
    expect(t("II.2.b").reporters).toEqual({ units: ["SVHTTDL"], optionalFor: ["district"] });
  });

  test("a date cell Excel made of a document date reads as dd/mm/yyyy", () => {
    const rows = edit("II.1.a.1", PLAN_COLUMNS.docDate, new Date(Date.UTC(2016, 1, 4)) as never);
    const r = planFromRows(rows);
    expect("plan" in r && r.plan.tasks.find((t) => t.code === "II.1.a.1")?.document?.date).toBe(
      "04/02/2016",
    );
  });

  test("errors name the row and column", () => {
    const row = (code: string) => rowOf(rows2020, code) + 1;
    expect(errorsOf(edit("II.2.a", PLAN_COLUMNS.indicators, "HN hội nghị (cuộc)"))).toEqual([
      {
        row: row("II.2.a"),
        column: "Chỉ tiêu",
        message: expect.stringContaining('Chỉ tiêu "HN hội nghị (cuộc)" không đúng dạng'),
      },
    ]);
    expect(errorsOf(edit("III.3", PLAN_COLUMNS.targets, "XX ≥ 1"))).toEqual([
      { row: row("III.3"), column: "Mục tiêu", message: expect.stringContaining('"XX"') },
    ]);
    expect(errorsOf(edit("III.3", PLAN_COLUMNS.targets, "TP ít nhất 1"))[0].column).toBe(
      "Mục tiêu",
    );
    expect(errorsOf(edit("II.2.f", PLAN_COLUMNS.reporters, "Báo Yên Bái"))).toEqual([
      {
        row: row("II.2.f"),
        column: "Đơn vị báo cáo",
        message: expect.stringContaining('"Báo Yên Bái"'),
      },
    ]);
    expect(errorsOf(edit("II.2.b", PLAN_COLUMNS.reporters, "Nhóm: huyện"))[0].message).toContain(
      "cấp huyện",
    );
    expect(errorsOf(edit("II.1.a.2", PLAN_COLUMNS.docIssuer, null))).toEqual([
      { row: row("II.1.a.2"), column: "Cơ quan ban hành văn bản", message: expect.any(String) },
    ]);
  });

  test("plan-level problems map back to their row: duplicate code, unknown parent, bad year", () => {
    const dup = edit("II.2.c", PLAN_COLUMNS.code, "II.2.b");
    expect(errorsOf(dup)).toEqual([
      {
        row: rowOf(dup, "II.2.b") + 2,
        column: "Mã nhiệm vụ",
        message: expect.stringContaining("bị trùng"),
      },
    ]);
    expect(errorsOf(edit("II.1.a.5", PLAN_COLUMNS.parent, "II.1.x"))).toEqual([
      {
        row: rowOf(rows2020, "II.1.a.5") + 1,
        column: "Mã mục cha",
        message: 'Nhiệm vụ "II.1.a.5", trường "parent": mục cha "II.1.x" không có trong kế hoạch.',
      },
    ]);
    const year = rows2020.map((r) => [...r]);
    year[2][1] = "hai nghìn";
    expect(errorsOf(year)).toEqual([
      { row: 3, column: "Năm", message: expect.stringContaining('"year"') },
    ]);
  });

  test("a sheet that is not a plan says what is missing", () => {
    expect(errorsOf([["Tên", "Giá trị"]])[0].message).toContain('"Mã nhiệm vụ"');
    const noTargets = rows2020.map((r) => r.filter((_, c) => c !== col(PLAN_COLUMNS.targets)));
    expect(errorsOf(noTargets)).toEqual([
      {
        row: PLAN_HEADER_ROW + 1,
        column: "Mục tiêu",
        message: 'Thiếu cột "Mục tiêu" trong dòng tiêu đề.',
      },
    ]);
    const noYear = rows2020.filter((_, i) => i !== 2);
    expect(errorsOf(noYear).map((e) => e.column)).toEqual(["Năm"]);
    const otherFormat = rows2020.map((r) => [...r]);
    otherFormat[0][1] = "cchc-plan/2";
    expect(errorsOf(otherFormat)[0]).toMatchObject({ row: 1, column: "Định dạng" });
  });

  test("a row with content but no code is an error; empty rows are skipped", () => {
    const rows = rows2020.map((r) => [...r]);
    rows.push(Array(PLAN_HEADER.length).fill(null));
    expect(planFromRows(rows)).toEqual({ plan: plan2020 });
    const stray = Array<PlanCell>(PLAN_HEADER.length).fill(null);
    stray[col(PLAN_COLUMNS.title)] = "Nhiệm vụ mới";
    rows.push(stray);
    expect(errorsOf(rows)).toEqual([
      {
        row: rows.length,
        column: "Mã nhiệm vụ",
        message: "Dòng có nội dung nhưng thiếu mã nhiệm vụ.",
      },
    ]);
  });
});

// Generated plans: any canonical plan survives both stores unchanged.
const chars = [
  ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯÁÀẢÃẠáàảãạếềểễệ0123456789 ,.-–“”'\"()/:&[]≥",
];
const word = (exclude: string) =>
  fc
    .string({
      unit: fc.constantFrom(...chars.filter((c) => !exclude.includes(c))),
      minLength: 1,
      maxLength: 24,
    })
    .map((s) => s.trim())
    .filter((s) => s !== "");
const listItem = word(";");
const unitText = word("()[];");
const contentText = fc.array(word(""), { maxLength: 3 }).map((parts) => parts.join(";\n").trim());
const code = fc.stringMatching(/^[A-Z][A-Z0-9]{0,3}$/);
const unitCode = fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,6}$/);
const groups = fc.array(fc.constantFrom(...AGENCY_GROUPS), { minLength: 1, maxLength: 3 });
const pad = (n: number, zero: boolean) => (zero ? String(n).padStart(2, "0") : String(n));

const indicator: fc.Arbitrary<Indicator> = fc
  .record({
    name: listItem,
    unit: unitText,
    kind: fc.constantFrom("count" as const, "flag" as const),
    target: fc.option(fc.oneof(fc.nat(500), fc.constantFrom(0.5, 2.25)), { nil: undefined }),
  })
  .map(({ name, unit, kind, target }) => {
    const ind: Indicator = { code: "", name, unit, kind };
    if (target !== undefined)
      ind.target = kind === "flag" ? Math.min(1, Math.round(target)) : target;
    return ind;
  });

const rule: fc.Arbitrary<ReporterRule> = fc
  .record(
    {
      all: fc.constant(true as const),
      units: fc.array(unitCode, { minLength: 1, maxLength: 3 }),
      groups,
      withWebsite: fc.constant(true as const),
      optionalFor: groups,
    },
    { requiredKeys: [] },
  )
  .map((r) => r as ReporterRule);

const document = fc.record({
  kind: word(""),
  number: word(""),
  date: fc
    .tuple(
      fc.date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
      fc.boolean(),
    )
    .map(
      ([d, zero]) =>
        `${pad(d.getUTCDate(), zero)}/${pad(d.getUTCMonth() + 1, zero)}/${d.getUTCFullYear()}`,
    ),
  issuer: word(""),
  title: contentText.filter((s) => s !== ""),
});

const taskBody = fc.record({
  section: fc.constantFrom("II.1" as const, "II.2" as const, "III" as const, "IV" as const),
  title: word(""),
  content: contentText,
  lead: fc.array(listItem, { maxLength: 3 }),
  coordinating: fc.array(listItem, { maxLength: 3 }),
  timeFrame: fc.oneof(fc.constant(""), word("")),
  indicators: fc.uniqueArray(fc.tuple(code, indicator), { maxLength: 4, selector: ([c]) => c }),
  reporters: rule,
  document: fc.option(document, { nil: undefined }),
  parentPick: fc.option(fc.nat(), { nil: undefined }),
});

const planArb: fc.Arbitrary<Plan> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/),
    year: fc.integer({ min: 1900, max: 2200 }),
    province: word(""),
    title: word(""),
    issuer: word(""),
    codes: fc.uniqueArray(fc.stringMatching(/^[IVX]{1,3}(\.[0-9a-z]{1,2}){0,2}$/), {
      minLength: 1,
      maxLength: 8,
    }),
    bodies: fc.array(taskBody, { minLength: 8, maxLength: 8 }),
  })
  .map(({ codes, bodies, ...meta }) => ({
    ...meta,
    tasks: codes.map((c, i): Task => {
      const { parentPick, indicators, document: doc, ...body } = bodies[i];
      const task: Task = {
        code: c,
        ...body,
        indicators: indicators.map(([ic, ind]) => ({ ...ind, code: ic })),
      };
      if (parentPick !== undefined && i > 0) task.parent = codes[parentPick % i];
      if (doc) task.document = doc;
      const { code: tc, parent, ...rest } = task;
      return parent === undefined ? task : { code: tc, parent, ...rest };
    }),
  }));

describe("round trips of generated plans", () => {
  test("generated plans are valid as they are", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(validatePlan(plan)).toEqual({ plan });
      }),
    );
  });

  test("JSON", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(planFromJson(planToJson(plan))).toEqual({ plan });
      }),
    );
  });

  test("sheet rows", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        expect(planFromRows(planToRows(plan))).toEqual({ plan });
      }),
    );
  });
});
