import {
  BAO_YB,
  FLAG_UNIT,
  SEED_2020_TEXT,
  SIC,
  SNV,
  SVHTTDL,
  parseSeed,
  plan2020,
  plan2020FromText,
  rowsForUnit,
  validatePlan,
  type Task,
} from "../../src/domain/plan";

const task = (code: string): Task => {
  const t = plan2020.tasks.find((x) => x.code === code);
  if (!t) throw new Error(`no task ${code}`);
  return t;
};
const codesOf = (t: Task) => t.indicators.map((i) => i.code);
const seedTasks = parseSeed(SEED_2020_TEXT).tasks;

describe("plan2020", () => {
  test("describes the 2020 Yên Bái plan", () => {
    expect(plan2020).toMatchObject({ id: "yen-bai-2020", year: 2020, province: "Yên Bái" });
    expect(SEED_2020_TEXT).toContain(plan2020.title);
  });

  test("passes its own validation unchanged", () => {
    expect(validatePlan(plan2020)).toEqual({ plan: plan2020 });
  });

  test("has every item of the text, with the text's words, leads, coordinators and time frames", () => {
    expect(plan2020.tasks.map((t) => t.code)).toEqual(seedTasks.map((t) => t.code));
    for (const seed of seedTasks) {
      const t = task(seed.code);
      // The seed's words; its misprints kept and marked; III.6 headed by its request.
      const quoted = t.content.replaceAll(` ${SIC}`, "");
      expect(quoted).toBe(seed.requested ? `${seed.heading}:\n${seed.content}` : seed.content);
      expect(t.lead).toEqual(seed.lead);
      expect(t.coordinating).toEqual(seed.coordinating);
      if (seed.code !== "III.5") expect(t.timeFrame).toBe(seed.timeFrame);
      expect(t.section).toBe(seed.section);
      expect(t.title.trim()).not.toBe("");
    }
    expect(plan2020.tasks.filter((t) => t.parent === "II.1.a")).toHaveLength(12);
  });

  test("sub-rows of II.1.a are titled by their document", () => {
    const first = task("II.1.a.1");
    expect(first.title).toBe("Quyết định số 225/QĐ-TTg ngày 04/02/2016");
    expect(first.document?.number).toBe("225/QĐ-TTg");
    expect(first.parent).toBe("II.1.a");
  });

  test("II.1 topics and the IV note have no numeric indicator", () => {
    for (const t of plan2020.tasks.filter((x) => x.section === "II.1" || x.section === "IV")) {
      expect(t.indicators).toEqual([]);
    }
  });

  test("every form of communication and every duty has indicators", () => {
    for (const t of plan2020.tasks.filter((x) => x.section === "II.2" || x.section === "III")) {
      expect(t.indicators.length).toBeGreaterThan(0);
    }
  });

  test("II.2.a counts conferences, people, materials, classes, contests, news and broadcasts", () => {
    const a = task("II.2.a");
    expect(codesOf(a)).toEqual(["HN", "NG", "TL", "LG", "CT", "TB", "PS"]);
    const unit = Object.fromEntries(a.indicators.map((i) => [i.code, i.unit]));
    expect(unit).toMatchObject({ HN: "cuộc", NG: "lượt người", TL: "bản", TB: "tin, bài" });
    // Each counted thing is one the item names.
    for (const word of ["hội nghị", "tài liệu", "cuộc thi", "phát sóng"]) {
      expect(a.content).toContain(word);
    }
  });

  test("indicator codes and units of the other rows", () => {
    expect(codesOf(task("II.2.b"))).toEqual(["SK", "LC"]);
    expect(codesOf(task("II.2.d"))).toEqual(["TR", "LH", "HV", "KN"]);
    expect(task("II.2.e").indicators.find((i) => i.code === "PT")?.unit).toBe("chương trình");
    expect(codesOf(task("II.2.f"))).toEqual(["TS", "ĐT", "VC"]);
    expect(task("III.6").indicators[0]).toMatchObject({ code: "HĐ", unit: "hoạt động" });
  });

  test("a website section and a unit's own plan are yes/no flags", () => {
    const cm = task("II.2.g").indicators.find((i) => i.code === "CM");
    const kh = task("III.5").indicators.find((i) => i.code === "KH");
    expect(cm).toMatchObject({ kind: "flag", unit: FLAG_UNIT });
    expect(kh).toMatchObject({ kind: "flag", unit: FLAG_UNIT });
    const flags = plan2020.tasks.flatMap((t) => t.indicators).filter((i) => i.kind === "flag");
    expect(flags).toHaveLength(2);
  });

  test("III.3: at least one tiểu phẩm, the lower bound the text gives", () => {
    const min = /ít nhất từ (\d+) đến \d+ tiểu phẩm/.exec(task("III.3").content);
    const tp = task("III.3").indicators.find((i) => i.code === "TP");
    expect(tp).toMatchObject({ unit: "tiểu phẩm", target: Number(min?.[1]) });
    expect(tp?.target).toBe(1);
    // No other indicator has a target in this plan.
    const targets = plan2020.tasks
      .flatMap((t) => t.indicators)
      .filter((i) => i.target !== undefined);
    expect(targets).toEqual([tp]);
  });

  test("III.4 counts issues of the column the text names", () => {
    const column = /chuyên mục “([^”]+)”/.exec(task("III.4").content)?.[1];
    expect(column).toBe("Chung tay cải cách thủ tục hành chính");
    expect(task("III.4").indicators.find((i) => i.code === "CM")?.name).toContain(column);
  });

  test("building from a text that lacks an item fails loudly", () => {
    const withoutG = SEED_2020_TEXT.replace(/\ng\) Xây dựng chuyên mục[\s\S]*?(?=\nIII\.)/, "\n");
    expect(() => plan2020FromText(withoutG)).toThrow(/II\.2\.g/);
  });

  test("two plans built from the text share no reporter rule", () => {
    const other = plan2020FromText(SEED_2020_TEXT);
    other.tasks[0].reporters.all = false;
    expect(task(other.tasks[0].code).reporters.all).toBe(true);
  });
});

describe("rowsForUnit on plan2020", () => {
  const onForm = (unit: Parameters<typeof rowsForUnit>[1]) =>
    rowsForUnit(plan2020, unit).map((r) => (r.optional ? `${r.task.code}?` : r.task.code));
  const everyone = ["II.1.a", "II.1.b", "II.1.c", "II.1.d", "II.2.a"];

  test("Sở Nội vụ: the common rows, what it leads, II.2.e it coordinates, and II.2.g", () => {
    expect(onForm({ code: SNV, group: "province", hasWebsite: true })).toEqual([
      ...everyone,
      "II.2.d",
      "II.2.e",
      "II.2.g",
      "III.1",
      "III.5",
    ]);
  });

  test("a district: the common rows, and II.2.b–d as optional", () => {
    expect(onForm({ code: "UBND-VANYEN", group: "district" })).toEqual([
      ...everyone,
      "II.2.b?",
      "II.2.c?",
      "II.2.d?",
      "III.5",
    ]);
  });

  test("Sở Văn hóa, Thể thao và Du lịch: II.2.b and III.3 it leads", () => {
    expect(onForm({ code: SVHTTDL, group: "province" })).toEqual([
      ...everyone,
      "II.2.b",
      "II.2.g",
      "III.3",
      "III.5",
    ]);
  });

  test("Báo Yên Bái: the rows it leads or is named to coordinate", () => {
    expect(onForm({ code: BAO_YB, group: "media", hasWebsite: true })).toEqual([
      ...everyone,
      "II.2.c",
      "II.2.d",
      "II.2.e",
      "II.2.f",
      "III.4",
      "III.5",
    ]);
  });

  test("a department without a website has no II.2.g; no form carries sub-rows or IV", () => {
    const rows = onForm({ code: "STP", group: "province", hasWebsite: false });
    expect(rows).toEqual([...everyone, "III.5"]);
    for (const unit of [SNV, "UBND-VANYEN", BAO_YB]) {
      const codes = rowsForUnit(plan2020, { code: unit, group: "province" }).map(
        (r) => r.task.code,
      );
      expect(codes.some((c) => c.startsWith("II.1.a.") || c === "IV")).toBe(false);
    }
  });

  test("every body the text names as lead of an item gets that row", () => {
    const byName: [string, string, string][] = [
      ["Sở Nội vụ", SNV, "province"],
      ["Sở Văn hóa, Thể thao và Du lịch", SVHTTDL, "province"],
      ["Báo Yên Bái", BAO_YB, "media"],
    ];
    for (const [name, code, group] of byName) {
      const led = plan2020.tasks.filter((t) => t.lead.includes(name)).map((t) => t.code);
      expect(led.length).toBeGreaterThan(0);
      const rows = rowsForUnit(plan2020, { code, group });
      for (const c of led) expect(rows.find((r) => r.task.code === c)?.optional).toBe(false);
    }
  });

  test("the Front reports III.6", () => {
    expect(onForm({ code: "MTTQ", group: "front" })).toContain("III.6");
    expect(onForm({ code: "HOI-ND", group: "front" })).toContain("III.6");
  });
});
