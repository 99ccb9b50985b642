import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import {
  NAME_CORRECTIONS,
  SEED_2020_TEXT,
  parseDocument,
  parseSeed,
  splitNames,
  type SeedTask,
} from "../../src/domain/plan";

const root = path.join(__dirname, "..", "..");
const seedFile = path.join(
  root,
  "src",
  "domain",
  "plan",
  "ke-hoach-tuyen-truyen-cchc-2020-yen-bai.txt",
);
const seedBytes = fs.readFileSync(seedFile);
const seed = seedBytes.toString("utf8");
const parsed = parseSeed(SEED_2020_TEXT);
const task = (code: string): SeedTask => {
  const t = parsed.tasks.find((x) => x.code === code);
  if (!t) throw new Error(`no task ${code}`);
  return t;
};

/** The seed's lines, emphasis stars dropped, trimmed, empty lines gone. */
const lines = seed
  .split("\n")
  .map((l) => l.replace(/\*/g, "").trim())
  .filter((l) => l !== "");
/** Lines strictly between the first line starting with `from` and the next starting with `to`. */
function between(from: string, to: string | RegExp): string[] {
  const start = lines.findIndex((l) => l.startsWith(from));
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => (typeof to === "string" ? l.startsWith(to) : to.test(l)));
  if (start < 0 || end < 0) throw new Error(`no block ${from}`);
  return rest.slice(0, end);
}
/** The value after "label:" in a block's lines, or undefined. */
function labelled(block: string[], label: string): string | undefined {
  const line = block.find((l) => l.startsWith(`- ${label}`));
  return line?.replace(/^- [^:]+:\s*/, "");
}

describe("seed-2020.ts", () => {
  test("holds the plan text byte for byte", () => {
    expect(Buffer.from(SEED_2020_TEXT, "utf8").equals(seedBytes)).toBe(true);
  });

  test("is what scripts/gen-seed.mjs writes today", () => {
    // Exits non-zero (and throws here) when the module is stale.
    expect(() =>
      execFileSync(process.execPath, [path.join(root, "scripts", "gen-seed.mjs"), "--check"], {
        stdio: "pipe",
      }),
    ).not.toThrow();
  });
});

describe("parseSeed", () => {
  test("reads the subtitle, the year and the plan's own name", () => {
    expect(parsed.subtitle).toBe(lines[1]);
    expect(parsed.year).toBe(2020);
    expect(seed).toContain(`Trên đây là ${parsed.name}.`);
  });

  test("finds every lettered item of II.1 and II.2, in the plan's order", () => {
    const letters = (block: string[]) =>
      block.map((l) => /^([a-z])\)/.exec(l)?.[1]).filter((x): x is string => !!x);
    const ii1 = letters(between("1. Nội dung", "2. Hình thức"));
    const ii2 = letters(between("2. Hình thức", "III."));
    expect(ii1).toEqual(["a", "b", "c", "d"]);
    expect(ii2).toEqual(["a", "b", "c", "d", "e", "f", "g"]);
    const topLevel = parsed.tasks.filter((t) => !t.parent).map((t) => t.code);
    expect(topLevel).toEqual([
      ...ii1.map((l) => `II.1.${l}`),
      ...ii2.map((l) => `II.2.${l}`),
      "III.1",
      "III.2",
      "III.3",
      "III.4",
      "III.5",
      "III.6",
      "IV",
    ]);
  });

  test("II.1.a lists the 12 documents as sub-items with number, date, issuer and title", () => {
    const bullets = between("a) Tiếp tục tuyên truyền", "b) ").filter((l) => l.startsWith("- "));
    const subs = parsed.tasks.filter((t) => t.parent === "II.1.a");
    expect(bullets).toHaveLength(12);
    expect(subs.map((t) => t.code)).toEqual(bullets.map((_, i) => `II.1.a.${i + 1}`));
    subs.forEach((sub, i) => {
      const bullet = bullets[i].slice(2);
      const d = sub.document!;
      // The fields, put back together, are the bullet's own words.
      expect(
        bullet.startsWith(`${d.kind} số ${d.number} ngày ${d.date} của ${d.issuer} ${d.title}`),
      ).toBe(true);
      expect(bullet.replace(/;$/, "").startsWith(sub.content)).toBe(true);
    });
    expect(subs[0].document).toEqual({
      kind: "Quyết định",
      number: "225/QĐ-TTg",
      date: "04/02/2016",
      issuer: "Thủ tướng Chính phủ",
      title: "về phê duyệt Kế hoạch CCHC nhà nước giai đoạn 2016-2020",
    });
    expect(subs[7].document?.date).toBe("7/8/2017");
    expect(subs[8].document?.title).toMatch(/^ban hành Kế hoạch CCHC/);
    expect(subs[11].document?.issuer).toBe("Ban Chỉ đạo cải cách hành chính của Chính phủ");
    // The ellipsis after document 11 is list punctuation, not part of its title.
    expect(subs[10].document?.title.endsWith("2018-2020")).toBe(true);
    // Emphasis markers from the text's conversion are not part of the title.
    expect(subs[1].document?.title).toContain("“Tăng cường công tác thông tin");
    expect(subs[1].document?.title).not.toContain("*");
  });

  test("a line that is not a citation is refused by parseDocument", () => {
    expect(() => parseDocument("Tài liệu tuyên truyền về CCHC")).toThrow(/Not a document/);
  });

  test("II.1 and II.2 items carry the plan's words", () => {
    for (const t of parsed.tasks.filter(
      (x) => !x.parent && (x.section === "II.1" || x.section === "II.2"),
    )) {
      const letter = t.code.slice(-1);
      const line = lines.find((l) => l.startsWith(`${letter}) ${t.content.slice(0, 30)}`));
      expect(line).toBe(`${letter}) ${t.content}`);
    }
  });

  const ii2 = ["a", "b", "c", "d", "e", "f", "g"];
  const block = (letter: string): string[] => {
    const next = String.fromCharCode(letter.charCodeAt(0) + 1);
    const inII2 = between("2. Hình thức", "III.");
    const start = inII2.findIndex((l) => l.startsWith(`${letter}) `));
    const end = inII2.findIndex((l, i) => i > start && l.startsWith(`${next}) `));
    return inII2.slice(start, end < 0 ? undefined : end);
  };

  /** Each name, in the plan's spelling, in order, and nothing but separators left over. */
  function expectNamesCover(names: string[], line: string) {
    let rest = line;
    for (const name of names) {
      const original = Object.keys(NAME_CORRECTIONS).find((k) => NAME_CORRECTIONS[k] === name);
      const written = rest.includes(name) || !original ? name : original;
      const at = rest.indexOf(written);
      expect(at).toBeGreaterThanOrEqual(0);
      expect(rest.slice(0, at)).toMatch(/^[\s,;.]*$/);
      rest = rest.slice(at + written.length);
    }
    expect(rest).toMatch(/^[\s,;.]*$/);
  }

  test.each(ii2)("II.2.%s: lead and coordinating bodies are the seed's, split whole", (letter) => {
    const t = task(`II.2.${letter}`);
    const b = block(letter);
    expectNamesCover(t.lead, labelled(b, "Cơ quan chủ trì")!);
    const coordinating = labelled(b, "Cơ quan phối hợp");
    if (coordinating === undefined) expect(t.coordinating).toEqual([]);
    else expectNamesCover(t.coordinating, coordinating);
  });

  test.each(ii2)("II.2.%s: time frame as stated, or none", (letter) => {
    const t = task(`II.2.${letter}`);
    const stated = labelled(block(letter), "Thời gian thực hiện");
    expect(t.timeFrameStated).toBe(stated !== undefined);
    expect(t.timeFrame).toBe(stated ? stated.replace(/\.$/, "") : "");
  });

  test("names holding commas stay whole; group phrases are one entry", () => {
    expect(task("II.2.a").lead).toEqual([
      "Các sở, ban, ngành cấp tỉnh",
      "các cơ quan Trung ương đóng trên địa bàn",
      "UBND cấp huyện, cấp xã",
    ]);
    expect(task("II.2.c").lead).toEqual(["Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"]);
    expect(task("II.2.d").coordinating).toEqual([
      "Đài Phát thanh - Truyền hình tỉnh",
      "Báo Yên Bái",
      "Cổng Thông tin điện tử tỉnh",
      "các sở, ban, ngành, địa phương có liên quan",
    ]);
    expect(task("II.2.e").coordinating).toEqual([
      "Sở Nội vụ",
      "các sở, ban, ngành, địa phương có liên quan",
    ]);
    expect(task("II.2.g").coordinating).toEqual(["Sở Nội vụ", "Cổng Thông tin điện tử tỉnh"]);
  });

  test("truncated names are given in full in the lists, content keeps the text as written", () => {
    // II.2.b writes "Sở Văn hóa Thể thao và Du lịch"; the list uses the spelling of III.3.
    expect(labelled(block("b"), "Cơ quan chủ trì")).toBe("Sở Văn hóa Thể thao và Du lịch.");
    expect(task("II.2.b").lead).toEqual([
      lines.find((l) => l.startsWith("3. Sở Văn hóa"))!.slice(3),
    ]);
    // III.2: "phối hợp với Sở Nội chỉ đạo" -> Sở Nội vụ, while content keeps "Sở Nội chỉ đạo".
    expect(task("III.2").content).toContain("Sở Nội chỉ đạo");
    expect(task("III.2").coordinating).toEqual(["Sở Nội vụ", "các cơ quan, đơn vị liên quan"]);
    expect(task("III.3").coordinating).toEqual(["Sở Nội vụ"]);
  });

  test("III.1–III.5: the heading's bodies lead; III.6 is asked to coordinate; every duty kept", () => {
    for (let n = 1; n <= 6; n++) {
      const t = task(`III.${n}`);
      const heading = lines.find(
        (l) => l.startsWith(`${n}. `) && lines.indexOf(l) > lines.indexOf("III. TỔ CHỨC THỰC HIỆN"),
      )!;
      expect(t.heading).toBe(heading.slice(3));
      const duties = between(heading, n < 6 ? `${n + 1}. ` : "IV.");
      expect(t.content).toBe(duties.join("\n"));
      expect(t.duties).toEqual(duties.map((d) => d.replace(/^- /, "")));
    }
    expect(task("III.1").duties).toHaveLength(4);
    expect(task("III.4").lead).toEqual([
      "Báo Yên Bái",
      "Đài Phát thanh - Truyền hình tỉnh",
      "Cổng Thông tin điện tử tỉnh",
    ]);
    expect(task("III.5").lead).toEqual(["Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"]);
    // "6. Đề nghị Ủy ban … và các đoàn thể … / Phối hợp với Sở Nội vụ …": a request to coordinate.
    expect(task("III.6").requested).toBe(true);
    expect(task("III.6").lead).toEqual([]);
    expect(task("III.6").coordinating).toEqual([
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
      "các đoàn thể chính trị - xã hội",
    ]);
  });

  test("IV is the budget paragraph, and the closing lines are not part of it", () => {
    expect(task("IV").content).toBe(between("IV.", "Trên đây là").join("\n"));
    expect(task("IV").content).not.toContain("Nơi nhận");
  });

  test("only II.2.a, II.2.f and II.2.g state a time frame; nothing else is given one", () => {
    const stated = parseSeed(SEED_2020_TEXT).tasks.filter((t) => t.timeFrame !== "");
    expect(stated.map((t) => t.code)).toEqual(["II.2.a", "II.2.f", "II.2.g"]);
    expect(
      parseSeed(SEED_2020_TEXT.replace(/năm 2020 trên địa bàn/, "năm 2021 trên địa bàn")).year,
    ).toBe(2021);
  });
});

describe("splitNames", () => {
  test("splits on ';' always and on ',' only outside known names", () => {
    expect(splitNames("Sở Nội vụ, Sở Văn hóa, Thể thao và Du lịch; Báo Yên Bái.")).toEqual([
      "Sở Nội vụ",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Báo Yên Bái",
    ]);
    expect(splitNames("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh, Sở Tư pháp")).toEqual([
      "Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh",
      "Sở Tư pháp",
    ]);
  });

  test("'và' separates only before a group phrase", () => {
    expect(splitNames("Sở Thông tin và Truyền thông và các cơ quan, đơn vị liên quan")).toEqual([
      "Sở Thông tin và Truyền thông",
      "các cơ quan, đơn vị liên quan",
    ]);
  });
});
