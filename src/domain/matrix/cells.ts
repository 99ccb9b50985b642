/** A task's cells in the matrix: readable text for people, not the plan sheet's round-trip form. */
import { applyFixes } from "../matcher/fix";
import type { Matcher } from "../matcher/types";
import type { Indicator, Task } from "../plan/types";

/**
 * One indicator per line: "HN: hội nghị, tập huấn (cuộc)", "TP: tiểu phẩm (tiểu phẩm) — mục tiêu
 * theo Kế hoạch: ≥ 1" (a target is the plan's; the indicators themselves are Sở Nội vụ's).
 */
export function indicatorsText(indicators: readonly Indicator[]): string {
  return indicators
    .map((i) => {
      const target =
        i.target === undefined ? "" : ` — mục tiêu theo Kế hoạch: ≥ ${String(i.target)}`;
      return `${i.code}: ${i.name} (${i.unit})${target}`;
    })
    .join("\n");
}

/**
 * Agency names as the registry spells them where the plan's wording is a safe variant of one
 * (an old name, an alias, another tone placement), so the drop-down and "Kiểm tra cơ quan"
 * agree with a freshly inserted matrix. Anything else is written as the plan has it.
 */
export function namesText(names: readonly string[], matcher: Matcher): string {
  return names.map((n) => applyFixes(matcher.matchCell(n), { safeOnly: true })).join("; ");
}

export function contentText(task: Task): string {
  return task.content.trim() || task.title;
}
