/**
 * "Chuẩn bị in" (F10): make the provincial summary, the task matrix or the tracking sheet print
 * as an official appendix (Nghị định 30/2020/NĐ-CP, Phụ lục I) in ONE read and ONE edit.
 *
 * - The sheet: by kind ("Tổng hợp …" — the first sheet whose name starts so —, "Bảng phân công
 *   nhiệm vụ", "Theo dõi báo cáo") or by name; with neither, the sheet the user is on.
 * - Everything is one `port.update`: the sheet list, one read, one write (three syncs in Excel,
 *   whatever the table's size); nothing is written when the answer is an error.
 * - What is written is the domain's: domain/print/inPlace (a sheet prepared where it stands)
 *   and domain/print/trackingCopy (the tracking sheet prints through a copy).
 */
import { sameSheet as same, sheetKey } from "../domain/address";
import { isMatrixSheet, MATRIX_SHEET } from "../domain/matrix";
import type { Plan } from "../domain/plan/types";
import {
  PreparePrintError,
  printReport,
  type PrintKind,
  type PrintSettings,
} from "../domain/print";
import { prepareInPlace, type PreparedSheet } from "../domain/print/inPlace";
import { isTrackingCopy, TRACKING_PRINT_SHEET, trackingCopy } from "../domain/print/trackingCopy";
import type { Registry } from "../domain/registry/types";
import type { SheetData, SheetInfo } from "../domain/sheet";
import { TRACKING_SHEET } from "../domain/tracking";
import { translate, type Lang } from "../i18n";
import type { WorkbookPort } from "../workbook/port";

export { PreparePrintError, TRACKING_PRINT_SHEET };

export interface PreparePrintOptions {
  /** Which of the add-in's tables; with `sheet` it only tells how that sheet is laid out. */
  kind?: PrintKind;
  /** The sheet by name (wins over the kind's default sheet). */
  sheet?: string;
  /** Overrides of the printed names, date, report number, signer, title. */
  settings?: Partial<PrintSettings>;
  /** The plan: its year and province name the date line and the parent agency. */
  plan?: Pick<Plan, "year" | "province">;
  /** The registry: the issuing agency (Sở Nội vụ, code "SNV") as it spells it. */
  registry?: Registry;
  /** Year for titles and the date line; default the plan's, else found on the sheet. */
  year?: number;
  lang?: Lang;
}

export interface PreparePrintResult {
  /** The sheet that prints (for the tracking sheet, its print copy). */
  sheet: string;
  /** The printed table, header row(s) included, e.g. "A9:G41". */
  table: string;
  /** What was set up, then any rule of the decree the layout breaks (none when all is well). */
  report: string[];
}

const SUMMARY_PREFIX = "tổng hợp";

/** The kind of one of our sheets by its name ("Tổng hợp 2020-H1", …); a user's sheet has none. */
function kindOfSheet(name: string): PrintKind | undefined {
  const n = sheetKey(name).trim();
  if (new RegExp(`^${SUMMARY_PREFIX} \\d{4}-[a-z0-9]+$`).test(n)) return "summary";
  if (isMatrixSheet(name)) return "matrix";
  if (same(name, TRACKING_SHEET) || same(name, TRACKING_PRINT_SHEET)) return "tracking";
  return undefined;
}

export async function preparePrint(
  port: WorkbookPort,
  options: PreparePrintOptions,
): Promise<PreparePrintResult> {
  const lang = options.lang ?? "vi";
  const domainOptions = { ...options, lang, given: options.settings };
  let kind = options.kind ?? (options.sheet ? kindOfSheet(options.sheet) : undefined);
  let named = options.sheet;

  let source: SheetData | undefined;
  let prepared: PreparedSheet | undefined;
  // One batch: the sheet list, one read, one write (three syncs in Excel).
  await port.update(
    (info) => {
      if (!kind && !named) {
        // Neither kind nor sheet (the ribbon button): the sheet the user is on.
        named = info.sheets.find((s) => s.active)?.name;
        if (!named) throw new PreparePrintError("print.prepare.noTarget", lang);
        kind = kindOfSheet(named);
      }
      const sheet = targetSheet(info.sheets, kind, named, lang);
      const requests = [{ sheet, formulas: true }];
      // The tracking copy replaces its sheet: read it too, to be sure it is ours.
      const copy = info.sheets.find((s) => same(s.name, TRACKING_PRINT_SHEET));
      if (kind === "tracking" && copy) requests.push({ sheet: copy.name, formulas: false });
      return requests;
    },
    ({ data }) => {
      source = data[0];
      if (kind === "tracking" && data[1] && !isTrackingCopy(data[1])) {
        throw new PreparePrintError("print.prepare.copyTaken", lang, { sheet: data[1].name });
      }
      prepared =
        kind === "tracking"
          ? trackingCopy(source, domainOptions)
          : prepareInPlace(source, kind, domainOptions);
      return { sheets: [prepared.edit] };
    },
  );
  if (!source || !prepared) throw new Error("preparePrint: the workbook was not read");

  const { edit, table, columns } = prepared;
  const report = [translate(lang, "print.prepare.done", { sheet: edit.name, table, columns })];
  if (kind === "tracking") {
    report.push(translate(lang, "print.prepare.copy", { source: source.name, sheet: edit.name }));
  }
  if (edit.pageLayout) report.push(...printReport(edit.pageLayout, lang));
  return { sheet: edit.name, table, report };
}

/** The sheet to read, as the workbook spells it; a missing one is said in the user's words. */
function targetSheet(
  sheets: SheetInfo[],
  kind: PrintKind | undefined,
  name: string | undefined,
  lang: Lang,
): string {
  if (kind === "summary" && !name) {
    const found = sheets.find((s) => sheetKey(s.name).startsWith(SUMMARY_PREFIX));
    if (!found) throw new PreparePrintError("print.prepare.noSummary", lang);
    return found.name;
  }
  let wanted = name ?? (kind === "matrix" ? MATRIX_SHEET : TRACKING_SHEET);
  // The tracking sheet prints through its copy, which is made from the tracking sheet.
  if (kind === "tracking" && (!name || same(name, TRACKING_PRINT_SHEET))) wanted = TRACKING_SHEET;
  const found =
    kind === "matrix" && !name
      ? sheets.find((s) => isMatrixSheet(s.name))
      : sheets.find((s) => same(s.name, wanted));
  if (!found) throw new PreparePrintError("print.prepare.noSheet", lang, { sheet: wanted });
  return found.name;
}
