/**
 * Message catalogues, Vietnamese first. Each feature keeps its own pair in messages/;
 * a key missing from English falls back to Vietnamese, a key missing from both shows itself.
 */
import * as common from "./messages/common";
import * as text from "./messages/text";
import * as plan from "./messages/plan";
import * as matrix from "./messages/matrix";
import * as check from "./messages/check";
import * as forms from "./messages/forms";
import * as schedule from "./messages/schedule";
import * as merge from "./messages/merge";
import * as print from "./messages/print";
import * as taskpane from "./messages/taskpane";
import * as cli from "./messages/cli";
import * as files from "./messages/files";
import * as ribbon from "./messages/ribbon";

export type Lang = "vi" | "en";

const features = [
  common,
  text,
  plan,
  matrix,
  check,
  forms,
  schedule,
  merge,
  print,
  taskpane,
  cli,
  files,
  ribbon,
];

export const catalogues: Record<Lang, Record<string, string>> = {
  vi: Object.assign({}, ...features.map((f) => f.vi)),
  en: Object.assign({}, ...features.map((f) => f.en)),
};

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: string, params: Params = {}): string {
  const template = catalogues[lang][key] ?? catalogues.vi[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

/** A translator bound to one language. */
export type T = (key: string, params?: Params) => string;

export const translator =
  (lang: Lang): T =>
  (key, params) =>
    translate(lang, key, params);

/** "vi-VN", "en-US", "fr" -> the catalogue to use (Vietnamese unless English is asked). */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^en\b/i.test(locale) ? "en" : "vi";
}
