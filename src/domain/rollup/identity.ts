/**
 * Who and when a form is for: the unit (DonVi cell, a labelled cell, or `_cchc`), the period,
 * and what `_cchc` says about the form itself. The visible cell wins over `_cchc`, with a
 * warning; an empty visible cell is an error (see merge.ts for why).
 */
import type { Scalar } from "../sheet";
import { sheetRef } from "../address";
import type { Plan } from "../plan/types";
import { cleanLabel, cleanText, fold } from "./fold";
import { parsePeriod } from "./period";
import type { ReadForm } from "./readForm";
import type { Message, UnitResolver } from "./types";

export const message = (key: string, params: Message["params"] = {}): Message => ({ key, params });

/** A cell's value as text for messages and look-ups. */
export function scalarText(v: Scalar): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return cleanText(String(v));
}

/** The unit and period checks, shared shape: what was found and what is wrong. */
export interface Identity {
  unit: { name: string; code: string } | null;
  problems: Message[];
  warnings: Message[];
}

export function checkUnit(form: ReadForm, resolve: UnitResolver): Identity {
  const out: Identity = { unit: null, problems: [], warnings: [] };
  const metaText = form.meta?.values["unit"] ?? "";
  if (form.unit) {
    const cell = sheetRef(form.unit.sheet, form.unit.cell);
    const text = scalarText(form.unit.value);
    if (!cleanLabel(text)) {
      out.problems.push(message("merge.unit.empty", { cell }));
      return out;
    }
    const found = resolve(text);
    if (!found) {
      out.problems.push(message("merge.unit.unknown", { text, cell }));
      return out;
    }
    if ("refused" in found) {
      out.problems.push(message(found.refused.key, { ...found.refused.params, text, cell }));
      return out;
    }
    out.unit = { name: found.name, code: found.code };
    if (found.warning) {
      out.warnings.push(
        message("merge.unit.corrected", { text, name: found.name, note: found.warning }),
      );
    }
    if (metaText) {
      const resolved = resolve(metaText);
      const meta = resolved && !("refused" in resolved) ? resolved : null;
      const differs = meta ? meta.code !== found.code : fold(metaText) !== fold(text);
      if (differs) {
        out.warnings.push(
          message("merge.unit.metaDisagrees", {
            cell,
            visible: text,
            meta: meta?.name ?? metaText,
          }),
        );
      }
    }
    return out;
  }
  if (metaText) {
    const meta = resolve(metaText);
    if (!meta) {
      out.problems.push(message("merge.unit.unknown", { text: metaText, cell: "_cchc" }));
      return out;
    }
    if ("refused" in meta) {
      out.problems.push(
        message(meta.refused.key, { ...meta.refused.params, text: metaText, cell: "_cchc" }),
      );
      return out;
    }
    out.unit = { name: meta.name, code: meta.code };
    out.warnings.push(message("merge.unit.fromMeta", { name: meta.name }));
    return out;
  }
  out.problems.push(message("merge.unit.notFound"));
  return out;
}

export function checkPeriod(form: ReadForm, wanted: string): Omit<Identity, "unit"> {
  const out = { problems: [] as Message[], warnings: [] as Message[] };
  const metaText = form.meta?.values["period"] ?? "";
  let found: string | null;
  if (form.period) {
    const cell = sheetRef(form.period.sheet, form.period.cell);
    const text = scalarText(form.period.value);
    if (!text) {
      out.problems.push(message("merge.period.empty", { cell }));
      return out;
    }
    found = parsePeriod(typeof form.period.value === "string" ? form.period.value : "");
    if (!found) {
      out.problems.push(message("merge.period.badFormat", { text, cell }));
      return out;
    }
    const meta = metaText ? parsePeriod(metaText) : null;
    if (metaText && meta !== found) {
      out.warnings.push(
        message("merge.period.metaDisagrees", { cell, visible: found, meta: metaText }),
      );
    }
  } else if (metaText) {
    found = parsePeriod(metaText);
    if (!found) {
      out.problems.push(message("merge.period.badFormat", { text: metaText, cell: "_cchc" }));
      return out;
    }
    out.warnings.push(message("merge.period.fromMeta", { period: found }));
  } else {
    out.problems.push(message("merge.period.notFound"));
    return out;
  }
  if (found !== wanted)
    out.problems.push(message("merge.period.wrong", { found, expected: wanted }));
  return out;
}

export function checkMeta(form: ReadForm, plan: Plan): Message[] {
  const warnings: Message[] = [];
  const format = form.meta?.values["format"];
  if (format && format !== "cchc-report/1") {
    warnings.push(message("merge.form.unknownFormat", { format }));
  }
  const metaPlan = form.meta?.values["plan"];
  if (metaPlan && metaPlan !== plan.id) {
    warnings.push(message("merge.form.otherPlan", { found: metaPlan, expected: plan.id }));
  }
  return warnings;
}
