import {
  PLAN_FORMAT,
  plan2020,
  planFromJson,
  planToJson,
  validatePlan,
  type Plan,
} from "../../src/domain/plan";

/** A deep copy of the built-in plan to break. */
const copy = (): Plan => JSON.parse(JSON.stringify(plan2020)) as Plan;
const errorsOf = (input: unknown, lang: "vi" | "en" = "vi"): string[] => {
  const r = validatePlan(input, lang);
  if ("plan" in r) throw new Error("expected errors");
  return r.errors;
};
const at = (p: Plan, code: string) => p.tasks.findIndex((t) => t.code === code);

describe("validatePlan", () => {
  test("accepts the built-in plan", () => {
    expect("plan" in validatePlan(copy())).toBe(true);
  });

  test("names a duplicate task code and both positions", () => {
    const p = copy();
    p.tasks[at(p, "II.2.c")].code = "II.2.b";
    const errors = errorsOf(p);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('"II.2.b" bị trùng');
    expect(errors[0]).toContain(`thứ ${at(p, "II.2.b") + 1} và thứ ${at(p, "II.2.b") + 2}`);
  });

  test("rejects a parent that is not in the plan, or comes after its child", () => {
    const p = copy();
    p.tasks[at(p, "II.1.a.3")].parent = "II.1.z";
    expect(errorsOf(p)).toEqual([
      'Nhiệm vụ "II.1.a.3", trường "parent": mục cha "II.1.z" không có trong kế hoạch.',
    ]);
    const q = copy();
    q.tasks[at(q, "II.1.a.3")].parent = "II.1.b";
    expect(errorsOf(q)[0]).toContain("phải đứng trước");
  });

  test("rejects bad and duplicate indicator codes, naming task and field", () => {
    const p = copy();
    const a = p.tasks[at(p, "II.2.a")];
    a.indicators[1].code = "h n";
    a.indicators[3].code = "HN";
    const errors = errorsOf(p);
    expect(errors).toEqual([
      expect.stringMatching(
        /^Nhiệm vụ "II\.2\.a", trường "indicators\[1\]\.code": mã chỉ tiêu "h n"/,
      ),
    ]);
    a.indicators[1].code = "NG";
    expect(errorsOf(p)).toEqual([
      'Nhiệm vụ "II.2.a", trường "indicators[3].code": mã chỉ tiêu "HN" bị trùng.',
    ]);
  });

  test("missing fields, wrong types, unknown fields and unknown groups are named", () => {
    const p = copy() as unknown as Record<string, unknown> & Plan;
    delete (p.tasks[at(p, "III.3")] as Partial<Plan["tasks"][number]>).title;
    (p as unknown as Record<string, unknown>).year = "2020";
    (p.tasks[0] as unknown as Record<string, unknown>).note = "x";
    p.tasks[at(p, "II.2.b")].reporters.optionalFor = ["huyện"];
    const errors = errorsOf(p);
    expect(errors).toEqual(
      expect.arrayContaining([
        'Kế hoạch, trường "year": sai kiểu dữ liệu (cần số).',
        'Nhiệm vụ "III.3", trường "title": thiếu giá trị.',
        'Nhiệm vụ "II.1.a": trường không xác định: note.',
        expect.stringContaining(
          'Nhiệm vụ "II.2.b", trường "reporters.optionalFor[0]": giá trị "huyện"',
        ),
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  test("a negative target, a flag target other than 0/1, and a ';' in a name are refused", () => {
    const p = copy();
    p.tasks[at(p, "III.3")].indicators[0].target = -1;
    p.tasks[at(p, "III.5")].indicators[0].target = 2;
    p.tasks[at(p, "II.2.e")].lead[0] = "Đài PT-TH tỉnh; Báo Yên Bái";
    const errors = errorsOf(p);
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"III.3", trường "indicators[0].target": mục tiêu "-1"'),
        expect.stringContaining('"II.2.e", trường "lead[0]"'),
      ]),
    );
    // The flag check runs once the shape is right.
    p.tasks[at(p, "III.3")].indicators[0].target = 1;
    p.tasks[at(p, "II.2.e")].lead[0] = "Đài PT-TH tỉnh";
    expect(errorsOf(p)).toEqual([
      'Nhiệm vụ "III.5", trường "indicators[0].target": chỉ tiêu có/chưa chỉ nhận mục tiêu 0 hoặc 1.',
    ]);
  });

  test("a bad document date and a bad year", () => {
    const p = copy();
    p.tasks[at(p, "II.1.a.1")].document!.date = "31/02/2016";
    p.year = 20.5;
    const errors = errorsOf(p);
    expect(errors).toContain(
      'Nhiệm vụ "II.1.a.1", trường "document.date": ngày "31/02/2016" không hợp lệ (cần ngày/tháng/năm, ví dụ 04/02/2016).',
    );
    expect(errors.some((e) => e.includes('"year"') && e.includes("20.5"))).toBe(true);
  });

  test("a task without a usable code is named by its position", () => {
    const p = copy();
    p.tasks[2].code = "II 1";
    expect(errorsOf(p)[0]).toMatch(/^Nhiệm vụ thứ 3, trường "code": mã nhiệm vụ "II 1"/);
  });

  test("not an object, and no tasks", () => {
    expect(errorsOf([])).toEqual(["Kế hoạch: cần một đối tượng (object) JSON."]);
    expect(errorsOf({ ...copy(), tasks: [] })[0]).toContain("ít nhất một nhiệm vụ");
  });

  test("messages in English on request", () => {
    const p = copy();
    p.tasks[at(p, "II.2.c")].code = "II.2.b";
    expect(errorsOf(p, "en")[0]).toMatch(/^Task code "II\.2\.b" is used twice/);
  });

  test("text comes back in NFC, trimmed, and rules without empty parts", () => {
    const p = copy();
    const t = p.tasks[at(p, "II.2.d")];
    t.lead = ["  Sở Nội vụ ".normalize("NFD")];
    t.reporters = { ...t.reporters, groups: [], all: false };
    const r = validatePlan(p);
    if (!("plan" in r)) throw new Error(r.errors.join("\n"));
    const out = r.plan.tasks[at(p, "II.2.d")];
    expect(out.lead).toEqual(["Sở Nội vụ"]);
    expect(out.reporters).toEqual(plan2020.tasks[at(p, "II.2.d")].reporters);
  });
});

describe("planToJson / planFromJson", () => {
  test("round trip of the built-in plan is exact", () => {
    const json = planToJson(plan2020);
    expect(JSON.parse(json).format).toBe(PLAN_FORMAT);
    expect(planFromJson(json)).toEqual({ plan: plan2020 });
  });

  test("a file without the format marker is read too", () => {
    expect(planFromJson(JSON.stringify(plan2020))).toEqual({ plan: plan2020 });
  });

  test("another format, broken JSON and a bad plan are reported", () => {
    const other = JSON.stringify({ ...plan2020, format: "cchc-plan/9" });
    expect(planFromJson(other)).toEqual({
      errors: ['Định dạng "cchc-plan/9" không được hỗ trợ (cần "cchc-plan/1").'],
    });
    const broken = planFromJson('{ "id": ');
    expect("errors" in broken && broken.errors[0]).toMatch(/^Tệp kế hoạch không phải JSON hợp lệ/);
    const bad = planFromJson(JSON.stringify({ ...plan2020, id: "" }), "en");
    expect(bad).toEqual({ errors: [expect.stringMatching(/^Plan, field "id": plan id ""/)] });
  });
});
