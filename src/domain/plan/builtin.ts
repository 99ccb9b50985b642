/**
 * The built-in plan: Yên Bái's 2020 communication plan, parsed from its text (SEED_2020_TEXT),
 * with the short titles, indicators and reporter rules of the task matrix added here. The
 * plan's words (content, lead and coordinating bodies, time frames) all come from the text:
 * - a time frame only where the plan gives one (II.2.a, II.2.f, II.2.g), and III.5's own
 *   deadlines (its unit plans in Quý IV of the year before, its reports by fixed dates); the
 *   other rows leave it empty, as the plan does;
 * - III.6 is a request ("Đề nghị …") to coordinate with Sở Nội vụ, so its bodies coordinate;
 * - the indicators are ours (set by Sở Nội vụ to measure the tasks), not the plan's; only III.3's
 *   target ("ít nhất từ 01 đến 02 tiểu phẩm") is the plan's;
 * - where the content quotes the plan, its misprints stay, marked "(nguyên văn)".
 *
 * Sub-rows II.1.a.1–12 (the cited documents) are in the matrix only: their reporter rule is
 * empty, so they go on no form. Every form carries the status row II.1.a instead; twelve
 * document rows per form per quarter would bury the rows units actually count. IV (budget)
 * is a note row, on no form either.
 */
import type { Indicator, Plan, ReporterRule, Task } from "./types";
import { parseSeed, type SeedTask } from "./seed";
import { SEED_2020_TEXT } from "./seed-2020";
import {
  BAO_YB,
  CONG_TTDT,
  DAI_PTTH,
  GROUP_DISTRICT,
  GROUP_FRONT,
  MTTQ,
  SNV,
  STTTT,
  SVHTTDL,
  VP_UBND,
} from "./codes";

const count = (code: string, name: string, unit: string, target?: number): Indicator =>
  target === undefined
    ? { code, name, unit, kind: "count" }
    : { code, name, unit, kind: "count", target };
/** A yes/no indicator: 1 có, 0 chưa. */
const flag = (code: string, name: string): Indicator => ({
  code,
  name,
  unit: FLAG_UNIT,
  kind: "flag",
});

/** The unit shown for yes/no indicators. */
export const FLAG_UNIT = "1 có / 0 chưa";

const TITLES: Record<string, string> = {
  "II.1.a": "Tuyên truyền các văn bản chỉ đạo của Trung ương, của tỉnh về CCHC",
  "II.1.b": "Tuyên truyền kết quả xếp hạng PAR INDEX, SIPAS, PAPI",
  "II.1.c": "Quyền, nghĩa vụ, đạo đức, văn hóa công vụ của CB, CC, VC",
  "II.1.d": "Biểu dương điển hình tiên tiến; phản ánh tồn tại, hạn chế",
  "II.2.a": "Hội nghị, tập huấn, tài liệu, lồng ghép đào tạo, cuộc thi, thông tin đại chúng",
  "II.2.b": "Sân khấu hóa; luân chuyển sách, báo, tài liệu về CCHC",
  "II.2.c": "Tài liệu, tập huấn về kiểm soát TTHC",
  "II.2.d": "Tài liệu, tập huấn, học tập kinh nghiệm về CCHC",
  "II.2.e": "Chuyên trang, chuyên mục CCHC trên báo, phát thanh, truyền hình",
  "II.2.f": "Tin về CCHC trên các số Báo Yên Bái",
  "II.2.g": "Chuyên mục CCHC trên Cổng TTĐT tỉnh, website các sở, ban, ngành",
  "III.1": "Sở Nội vụ: cung cấp thông tin, hướng dẫn, đôn đốc, kinh phí, sơ kết",
  "III.2": "Sở Thông tin và Truyền thông: chỉ đạo, định hướng báo chí",
  "III.3": "Sở Văn hóa, Thể thao và Du lịch: tiểu phẩm, cổ động, xe thư viện lưu động",
  "III.4": "Báo Yên Bái, Đài PT-TH tỉnh, Cổng TTĐT tỉnh: chuyên mục CCHC",
  "III.5": "Các sở, ban, ngành, UBND cấp huyện: kế hoạch, tổng kết, báo cáo định kỳ",
  "III.6": "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các đoàn thể phối hợp tuyên truyền",
  IV: "Kinh phí thực hiện",
};

/** The mark after a misprint kept where we quote the plan. */
export const SIC = "(nguyên văn)";

/** Misprints of the seed kept where the content quotes it, and marked. */
const MISPRINTS: [RegExp, string][] = [
  // "phối hợp với Sở Nội chỉ đạo" (III.2, III.3): "Sở Nội vụ" cut short.
  [/Sở Nội(?! vụ)/gu, `Sở Nội ${SIC}`],
  // "Tổ chức thiền khai" (III.5): "triển khai".
  [/thiền khai/gu, `thiền khai ${SIC}`],
];

function markMisprints(text: string): string {
  return MISPRINTS.reduce((t, [re, marked]) => t.replace(re, marked), text);
}

/** The content as the matrix quotes it: III.6 with the request that heads it. */
function quotedContent(seed: SeedTask): string {
  const content =
    seed.requested && seed.heading ? `${seed.heading}:\n${seed.content}` : seed.content;
  return markMisprints(content);
}

/**
 * III.5's own deadlines, in the plan's words: its unit plan in Quý IV of the year before the plan
 * year, and the periodic reports by the dates it sets. Throws when the text no longer says so.
 */
export function ownDeadlines(seed: SeedTask, year: number): string {
  const plan = /trong (Quý IV) của năm trước liền kề năm kế hoạch/u.exec(seed.content);
  const quarter = /Báo cáo quý gửi (trước ngày 05 tháng cuối cùng của quý)/u.exec(seed.content);
  const half = /Báo cáo 6 tháng gửi (trước ngày 05\/6)/u.exec(seed.content);
  const annual = /Báo cáo năm gửi (trước ngày 05\/11)/u.exec(seed.content);
  if (!plan || !quarter || !half || !annual) {
    throw new Error(`${seed.code}: the plan's own deadlines are missing`);
  }
  return [
    `Kế hoạch của cơ quan, đơn vị: ${plan[1]} năm ${year - 1}`,
    `Báo cáo quý: ${quarter[1]}`,
    `Báo cáo 6 tháng: ${half[1]}`,
    `Báo cáo năm: ${annual[1]}`,
  ].join("\n");
}

/** The name of the media column III.4 asks for, as the plan quotes it. */
function quotedColumn(task: SeedTask): string {
  const m = /chuyên mục “([^”]+)”/u.exec(task.content);
  if (!m) throw new Error(`${task.code}: the quoted column name is missing`);
  return m[1];
}

/** III.3's "ít nhất từ 01 đến 02 tiểu phẩm": the lower bound is the target. */
function minimumPlays(task: SeedTask): number {
  const m = /ít nhất từ (\d+) đến (\d+) tiểu phẩm/u.exec(task.content);
  if (!m) throw new Error(`${task.code}: the number of tiểu phẩm is missing`);
  return Number(m[1]);
}

function indicatorsFor(task: SeedTask): Indicator[] {
  const tr = count("TR", "tờ rơi, tờ gấp, cuốn tài liệu", "bản");
  const lh = count("LH", "lớp tập huấn", "lớp");
  const hv = count("HV", "học viên", "lượt người");
  switch (task.code) {
    case "II.2.a":
      return [
        count("HN", "hội nghị, tập huấn, tọa đàm, hội thảo", "cuộc"),
        count("NG", "người tham dự", "lượt người"),
        count("TL", "tài liệu tuyên truyền phát hành", "bản"),
        count("LG", "lớp đào tạo, bồi dưỡng có lồng ghép CCHC", "lớp"),
        count("CT", "cuộc thi tìm hiểu về CCHC", "cuộc"),
        count("TB", "tin, bài đăng tải", "tin, bài"),
        count("PS", "lượt phát sóng, phát thanh", "lượt"),
      ];
    case "II.2.b":
      return [
        count("SK", "buổi tuyên truyền bằng hình thức sân khấu hóa", "buổi"),
        count("LC", "lượt luân chuyển sách, báo, tài liệu", "lượt"),
      ];
    case "II.2.c":
      return [tr, lh, hv];
    case "II.2.d":
      return [tr, lh, hv, count("KN", "đoàn học tập kinh nghiệm", "đoàn")];
    case "II.2.e":
      return [
        count("CM", "kỳ chuyên trang, chuyên mục", "kỳ"),
        count("PT", "chương trình phát thanh, truyền hình", "chương trình"),
      ];
    case "II.2.f":
      return [
        count("TS", "tin, bài trên Báo Yên Bái thời sự", "tin, bài"),
        count("ĐT", "tin, bài trên Báo điện tử", "tin, bài"),
        count("VC", "tin, bài trên Báo Vùng cao", "tin, bài"),
      ];
    case "II.2.g":
      return [
        flag("CM", "chuyên mục tuyên truyền về CCHC trên trang thông tin điện tử"),
        count("TB", "tin, bài trong chuyên mục", "tin, bài"),
      ];
    case "III.1":
      return [
        count("TT", "lần cung cấp thông tin cho cơ quan truyền thông, báo chí", "lần"),
        count("VB", "văn bản hướng dẫn, đôn đốc", "văn bản"),
      ];
    case "III.2":
      return [count("VB", "văn bản chỉ đạo, hướng dẫn, định hướng", "văn bản")];
    case "III.3":
      return [
        count("TP", "tiểu phẩm tuyên truyền về CCHC", "tiểu phẩm", minimumPlays(task)),
        count("XL", "chuyến xe thư viện lưu động", "chuyến"),
      ];
    case "III.4":
      return [
        count("CM", `kỳ chuyên mục “${quotedColumn(task)}”`, "kỳ"),
        count("PS", "phóng sự, tin, bài về CCHC", "tin, bài"),
      ];
    case "III.5":
      return [flag("KH", "kế hoạch tuyên truyền CCHC năm của đơn vị đã ban hành")];
    case "III.6":
      return [count("HĐ", "hoạt động lồng ghép tuyên truyền CCHC", "hoạt động")];
    default:
      // II.1 topics carry a status, not a count; IV is a note.
      return [];
  }
}

/** "Which rows go on whose form" (plan-2020.md), in registry codes. */
const REPORTERS: Record<string, ReporterRule> = {
  "II.1.a": { all: true },
  "II.1.b": { all: true },
  "II.1.c": { all: true },
  "II.1.d": { all: true },
  "II.2.a": { all: true },
  // Districts are among "các sở, ngành, địa phương có liên quan": optional on their forms.
  "II.2.b": { units: [SVHTTDL], optionalFor: [GROUP_DISTRICT] },
  // Lead, then the named coordinators (Đài, Báo, Cổng); districts optional as above.
  "II.2.c": { units: [VP_UBND, DAI_PTTH, BAO_YB, CONG_TTDT], optionalFor: [GROUP_DISTRICT] },
  "II.2.d": { units: [SNV, DAI_PTTH, BAO_YB, CONG_TTDT], optionalFor: [GROUP_DISTRICT] },
  "II.2.e": { units: [DAI_PTTH, BAO_YB, SNV] },
  "II.2.f": { units: [BAO_YB] },
  // Every provincial agency with a website; the provincial portal is named in the item itself
  // ("trên Cổng Thông tin điện tử tỉnh") and coordinates it, so its form carries the row too.
  "II.2.g": { units: [CONG_TTDT], withWebsite: true },
  "III.1": { units: [SNV] },
  "III.2": { units: [STTTT] },
  "III.3": { units: [SVHTTDL] },
  "III.4": { units: [BAO_YB, DAI_PTTH, CONG_TTDT] },
  "III.5": { all: true },
  "III.6": { units: [MTTQ], groups: [GROUP_FRONT] },
  IV: {},
};

function toTask(seed: SeedTask, year: number): Task {
  const title = seed.document
    ? `${seed.document.kind} số ${seed.document.number} ngày ${seed.document.date}`
    : TITLES[seed.code];
  const rule = seed.parent ? {} : REPORTERS[seed.code];
  // A copy, so editing one plan's rule never changes another plan built from the same text.
  const reporters = rule && (JSON.parse(JSON.stringify(rule)) as ReporterRule);
  if (title === undefined || reporters === undefined) {
    throw new Error(`Built-in plan: no title or reporter rule for ${seed.code}`);
  }
  const task: Task = {
    code: seed.code,
    section: seed.section,
    title,
    content: quotedContent(seed),
    lead: seed.lead,
    coordinating: seed.coordinating,
    timeFrame: seed.code === "III.5" ? ownDeadlines(seed, year) : seed.timeFrame,
    indicators: indicatorsFor(seed),
    reporters,
  };
  if (seed.parent) task.parent = seed.parent;
  if (seed.document) task.document = seed.document;
  return task;
}

/** Build the 2020 Yên Bái plan from its text (the seed or a corrected copy of it). */
export function plan2020FromText(text: string): Plan {
  const parsed = parseSeed(text);
  const year = parsed.year ?? 2020;
  const tasks = parsed.tasks.map((t) => toTask(t, year));
  const missing = Object.keys(TITLES).filter((code) => !tasks.some((t) => t.code === code));
  if (missing.length) throw new Error(`Built-in plan: the text lacks ${missing.join(", ")}`);
  return {
    id: "yen-bai-2020",
    year,
    // The text writes "Yên Bai" in places; the province is Yên Bái (as its closing line has it).
    province: "Yên Bái",
    title: parsed.name ?? "Kế hoạch tuyên truyền cải cách hành chính năm 2020 của tỉnh Yên Bái",
    issuer: "Ủy ban nhân dân tỉnh Yên Bái",
    tasks,
  };
}

export const plan2020: Plan = plan2020FromText(SEED_2020_TEXT);
