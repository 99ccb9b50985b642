/**
 * The task matrix says what the seed says (issue 15): a time frame only where the plan gives
 * one, III.5's own deadlines, III.6 as the plan's request to coordinate, the plan's names for
 * the bodies, the indicators marked as Sở Nội vụ's, and the seed's misprints only where quoted.
 * Read against the seed text itself, line by line.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildMatrixEdit, MATRIX_COLUMNS, type ColumnKey } from "../../src/domain/matrix";
import { plan2020, SIC } from "../../src/domain/plan";
import { yenBai2020 } from "../../src/domain/registry";
import type { Cell } from "../../src/domain/sheet";

const seed = readFileSync(
  path.join(__dirname, "../../src/domain/plan/ke-hoach-tuyen-truyen-cchc-2020-yen-bai.txt"),
  "utf8",
).normalize("NFC");
const seedLines = seed
  .split("\n")
  .map((l) => l.replace(/\*/g, "").trim())
  .filter(Boolean);

const sheet = buildMatrixEdit({ plan: plan2020, registry: yenBai2020 }).edit.sheets[0];
const table = sheet.blocks!.find((b) => b.values[0][0] === "STT")!;
const rows = table.values.slice(1);
const cell = (code: string, key: ColumnKey): Cell => {
  const row = rows.find((r) => r[1] === code);
  if (!row) throw new Error(`no row ${code}`);
  return row[MATRIX_COLUMNS.findIndex((c) => c.key === key)];
};

/** The "Thời gian thực hiện" lines of the seed, by the II.2 item they follow. */
function statedTimeFrames(): Map<string, string> {
  const out = new Map<string, string>();
  let item = "";
  for (const line of seedLines) {
    const m = /^([a-g])\)/.exec(line);
    if (m) item = `II.2.${m[1]}`;
    const t = /^- Thời gian thực hiện\s*:\s*(.+?)\.?$/u.exec(line);
    if (t) out.set(item, t[1]);
  }
  return out;
}

describe("the matrix reads as the seed does", () => {
  test("a time frame only where the seed gives one (II.2.a, II.2.f, II.2.g), in its words", () => {
    const stated = statedTimeFrames();
    expect([...stated.keys()]).toEqual(["II.2.a", "II.2.f", "II.2.g"]);
    for (const task of plan2020.tasks) {
      const frame = cell(task.code, "timeFrame");
      if (stated.has(task.code)) expect(frame).toBe(stated.get(task.code));
      else if (task.code === "III.5") expect(frame).not.toBeNull();
      else expect({ code: task.code, frame }).toEqual({ code: task.code, frame: null });
    }
  });

  test("III.5: its unit plans in Quý IV of the year before, its reports by the seed's dates", () => {
    const frame = String(cell("III.5", "timeFrame"));
    expect(seed).toContain("trong Quý IV của năm trước liền kề năm kế hoạch");
    expect(frame).toContain("Quý IV năm 2019");
    for (const due of [
      "Báo cáo quý gửi trước ngày 05 tháng cuối cùng của quý",
      "Báo cáo 6 tháng gửi trước ngày 05/6",
      "Báo cáo năm gửi trước ngày 05/11",
    ]) {
      expect(seed).toContain(due);
      // "Báo cáo quý gửi trước …" → "Báo cáo quý: trước …".
      expect(frame).toContain(due.replace(" gửi ", ": "));
    }
    expect(frame).not.toMatch(/Thường xuyên/);
  });

  test("III.6: the seed asks the Front and mass organisations to coordinate; nobody leads", () => {
    const heading = seedLines.find((l) => l.startsWith("6. Đề nghị"))!;
    expect(heading).toBe(
      "6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội",
    );
    expect(cell("III.6", "lead")).toBeNull();
    expect(cell("III.6", "coordinating")).toBe(
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các đoàn thể chính trị - xã hội",
    );
    // The content quotes the request and what is asked, in the seed's words.
    const content = String(cell("III.6", "content"));
    expect(content.startsWith(heading.slice(3))).toBe(true);
    expect(content).toContain("Phối hợp với Sở Nội vụ và các cơ quan, địa phương có liên quan");
  });

  test("the bodies are named as the seed names them; no short form it does not use", () => {
    const names = rows.flatMap((r) => [r[3], r[4]]).filter((v): v is string => !!v);
    expect(names.join("\n")).not.toContain("MTTQ");
  });

  test("the indicators are marked as Sở Nội vụ's; only III.3's target is the plan's", () => {
    const header = table.values[0][MATRIX_COLUMNS.findIndex((c) => c.key === "indicators")];
    expect(header).toMatch(/Sở Nội vụ đặt/);
    const withTarget = plan2020.tasks.filter((t) => t.indicators.some((i) => i.target));
    expect(withTarget.map((t) => t.code)).toEqual(["III.3"]);
    expect(seed).toContain("ít nhất từ 01 đến 02 tiểu phẩm");
    expect(String(cell("III.3", "indicators"))).toContain("mục tiêu theo Kế hoạch: ≥ 1");
  });

  test("the seed's misprints stay only where quoted, and are marked", () => {
    // "Sở Nội chỉ đạo" (III.2), "Sở Nội xây dựng" (III.3), "thiền khai" (III.5).
    expect(String(cell("III.2", "content"))).toContain(`phối hợp với Sở Nội ${SIC} chỉ đạo`);
    expect(String(cell("III.3", "content"))).toContain(`Sở Nội ${SIC} xây dựng`);
    expect(String(cell("III.5", "content"))).toContain(`thiền khai ${SIC}`);
    // Our own words (names, titles) use the right spelling.
    expect(cell("III.2", "coordinating")).toBe("Sở Nội vụ; các cơ quan, đơn vị liên quan");
    for (const t of plan2020.tasks) expect(t.title).not.toMatch(/Sở Nội(?! vụ)|thiền/);
  });
});
