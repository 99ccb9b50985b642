/**
 * What the printed appendix says about who issues it: the agency names, place and date, the
 * report it goes with, and who signs. Names are plain data so the registry (or the user) can
 * replace the built-in Yên Bái 2020 values.
 */

import { documentTitle } from "./titles";

export interface PrintSettings {
  /** The parent agency, e.g. "UBND tỉnh Yên Bái" (printed in capitals). */
  parentAgency: string;
  /** The issuing agency, e.g. "Sở Nội vụ" (printed in capitals, bold). */
  agency: string;
  /** Place name on the date line, e.g. "Yên Bái". */
  place: string;
  /** Date of the report, ISO "YYYY-MM-DD"; absent leaves day and month blank to fill by hand. */
  date?: string;
  /** Year printed when `date` is absent. */
  year?: number;
  /** Number of the report this table goes with ("125"); absent leaves a blank. */
  reportNumber?: string;
  /** Symbol of that report, e.g. "BC-SNV". */
  reportSymbol?: string;
  /** Signer's title, e.g. "Giám đốc" or "KT. Giám đốc\nPhó Giám đốc" (printed in capitals). */
  signerTitle: string;
  signerName: string;
  /** Title of the table (printed in capitals, bold). */
  title: string;
  /**
   * "Nơi nhận" list, one line each. An appendix has no "Kính gửi", so a "Như trên" line (which
   * points to it) is never printed; an empty list prints no "Nơi nhận" at all.
   */
  recipients?: string[];
  /** Print "(Ký, ghi rõ họ tên, đóng dấu)" under the signer's title. */
  signatureHint?: boolean;
}

/** An appendix goes with a report that carries the recipients: by default it lists none. */
export const DEFAULT_RECIPIENTS: readonly string[] = [];

/** The recipient lines an appendix prints: "Như trên" has no "Kính gửi" to point to there. */
export const appendixRecipients = (lines: readonly string[] = DEFAULT_RECIPIENTS): string[] =>
  lines.filter((l) => !/như trên/iu.test(l));

/** The built-in settings: Sở Nội vụ, Yên Bái, for the given year's plan. */
export function defaultPrintSettings(year: number): PrintSettings {
  return {
    parentAgency: "UBND tỉnh Yên Bái",
    agency: "Sở Nội vụ",
    place: "Yên Bái",
    year,
    reportSymbol: "BC-SNV",
    signerTitle: "Giám đốc",
    signerName: "",
    title: documentTitle("summary", year),
    recipients: [...DEFAULT_RECIPIENTS],
  };
}

/** Where a print's settings come from, besides the built-in ones. */
export interface PrintSettingsSources {
  /** The plan: its province names the parent agency and the place on the date line. */
  plan?: { province?: string };
  /** The registry: the issuing agency (Sở Nội vụ, code "SNV") as it spells it. */
  registry?: { agencies: readonly { code: string; name: string }[] };
  /** What the user gave; an absent or blank field keeps the value above. */
  given?: Partial<PrintSettings>;
}

/**
 * The settings a print uses (the one place that decides them): the built-in ones for `year`
 * with `title`, the plan's province, the registry's Sở Nội vụ, then the user's own fields.
 */
export function printSettingsFor(
  year: number,
  title: string,
  sources: PrintSettingsSources = {},
): PrintSettings {
  const base: PrintSettings = { ...defaultPrintSettings(year), title };
  const province = sources.plan?.province?.trim();
  if (province) {
    base.parentAgency = `UBND tỉnh ${province}`;
    base.place = province;
  }
  const agency = sources.registry?.agencies.find((a) => a.code === "SNV");
  if (agency) base.agency = agency.name;
  const given = Object.fromEntries(
    Object.entries(sources.given ?? {})
      .map(([k, v]) => [k, typeof v === "string" ? v.trim() : v])
      .filter(([, v]) => v !== undefined && v !== ""),
  ) as Partial<PrintSettings>;
  return { ...base, ...given };
}

/** Capitals as Vietnamese writes them ("Sở Nội vụ" → "SỞ NỘI VỤ"). */
export const caps = (text: string): string => text.normalize("NFC").toUpperCase().normalize("NFC");

interface DateParts {
  day: number;
  month: number;
  year: number;
}

/** "2020-06-05" → parts; anything else is an error naming the value. */
export function parseIsoDate(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  const parts = m && { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const check = parts && new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
  if (
    !parts ||
    !check ||
    check.getUTCMonth() !== parts.month - 1 ||
    check.getUTCDate() !== parts.day
  ) {
    throw new RangeError(`Not a date (YYYY-MM-DD): ${iso}`);
  }
  return parts;
}

// Nghị định 30/2020, Phụ lục I: days below 10 and months 1 and 2 take a leading zero.
const dayText = (d: number): string => String(d).padStart(2, "0");
const monthText = (m: number): string => (m < 3 ? String(m).padStart(2, "0") : String(m));

/** Room left for a number or a day written by hand. */
const BLANK = "      ";

/** "Yên Bái, ngày 05 tháng 6 năm 2020", or "Yên Bái, ngày      tháng      năm 2020". */
export function dateLine(settings: PrintSettings): string {
  if (settings.date) {
    const { day, month, year } = parseIsoDate(settings.date);
    return `${settings.place}, ngày ${dayText(day)} tháng ${monthText(month)} năm ${year}`;
  }
  const year = settings.year ? String(settings.year) : BLANK;
  return `${settings.place}, ngày${BLANK}tháng${BLANK}năm ${year}`;
}

/** "(Kèm theo Báo cáo số 125/BC-SNV ngày 05/6/2020)", blanks where not known yet. */
export function referenceLine(settings: PrintSettings): string {
  const number = settings.reportNumber?.trim() || BLANK;
  const symbol = settings.reportSymbol?.trim() || "BC";
  let date: string;
  if (settings.date) {
    const { day, month, year } = parseIsoDate(settings.date);
    date = `${dayText(day)}/${monthText(month)}/${year}`;
  } else {
    date = `${BLANK}/${BLANK}/${settings.year ?? BLANK}`;
  }
  return `(Kèm theo Báo cáo số ${number}/${symbol} ngày ${date})`;
}
