/**
 * Where the pane keeps its settings: in the workbook's own settings inside Excel (they travel
 * with the document), in localStorage in browser mode. What is read is checked field by field,
 * so a damaged or older entry falls back to the defaults instead of breaking the pane.
 */
import type { Lang } from "../i18n";
import { DEFAULT_SETTINGS, type PaneSettings, type SettingsStore } from "./services";

export const SETTINGS_KEY = "cchc.taskpane.settings";

/** A stored value made safe: unknown keys dropped, wrong types replaced by defaults. */
export function sanitizeSettings(raw: unknown): PaneSettings {
  const o = (raw && typeof raw === "object" ? raw : {}) as Record<string, unknown>;
  const obj = (v: unknown) => (v && typeof v === "object" ? (v as Record<string, unknown>) : {});
  const d = obj(o.deadlines);
  const p = obj(o.print);
  const bool = (v: unknown, dflt: boolean) => (typeof v === "boolean" ? v : dflt);
  const str = (v: unknown, dflt: string) => (typeof v === "string" ? v : dflt);
  const print = { ...DEFAULT_SETTINGS.print };
  for (const k of Object.keys(print) as (keyof typeof print)[]) print[k] = str(p[k], print[k]);
  const out: PaneSettings = {
    deadlines: {
      fifthOnTime: bool(d.fifthOnTime, DEFAULT_SETTINGS.deadlines.fifthOnTime),
      shiftOffDays: bool(d.shiftOffDays, DEFAULT_SETTINGS.deadlines.shiftOffDays),
    },
    print,
  };
  if (o.lang === "vi" || o.lang === "en") out.lang = o.lang as Lang;
  return out;
}

/** Browser mode: one JSON entry in localStorage (this machine, this browser). */
export function localSettings(storage: Pick<Storage, "getItem" | "setItem">): SettingsStore {
  return {
    load() {
      const text = storage.getItem(SETTINGS_KEY);
      if (!text) return sanitizeSettings({});
      try {
        return sanitizeSettings(JSON.parse(text));
      } catch {
        // A hand-edited or truncated entry: start from the defaults, it is rewritten on save.
        return sanitizeSettings({});
      }
    },
    async save(settings) {
      storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
    },
  };
}

/** The part of Office.Settings used here. */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: Office.AsyncResult<void>) => void): void;
}

/** Excel: Office.context.document.settings, saved into the workbook. */
export function documentSettings(settings: DocumentSettings): SettingsStore {
  return {
    load: () => sanitizeSettings(settings.get(SETTINGS_KEY)),
    save: (value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(SETTINGS_KEY, value);
        settings.saveAsync((result) => {
          if (String(result.status) === "succeeded") resolve();
          else reject(new Error(result.error?.message ?? "saveAsync failed"));
        });
      }),
  };
}

/** Settings that last only while the pane is open (no storage available). */
export function memorySettings(): SettingsStore {
  let value = sanitizeSettings({});
  return {
    load: () => value,
    async save(s) {
      value = s;
    },
  };
}
