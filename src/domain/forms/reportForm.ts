/**
 * The report form of contract 5.1 (version 1) as a WorkbookEdit: one unit, one period.
 *
 * Layout decisions:
 * - The task title is written on the first row of each task only, like the grouped rows of a
 *   printed report table; the codes are on every row, which is what the merge reads.
 * - No frozen panes: the header block is eight rows tall, and freezing it would leave little
 *   room on a laptop screen. Excel shows the table's header texts in place of the column
 *   letters once the header row scrolls away, and the header row repeats on printed pages.
 * - Column widths are fitted to landscape A4 under a Times New Roman 12 Normal style, so the
 *   form prints at 100 % (src/app/forms.ts gives the file that Normal style); row heights are
 *   estimated because Excel does not autofit merged or freshly written wrapped cells.
 * - Figure cells of yes/no indicators accept only the whole numbers 0 and 1 (so Excel refuses
 *   11); the checker and the merge report anything else.
 */
import { translate, type Lang } from "../../i18n";
import { cellAddress, columnLetter } from "../address";
import type { Indicator, Plan, Task } from "../plan/types";
import { rowsForUnit, type ReporterUnit } from "../plan/reporters";
import type { Agency } from "../registry/types";
import { parsePeriod } from "../rollup/period";
import { findPeriod, formatVi } from "../schedule";
import { PRINT_FONT, fitColumns, officialPageLayout, rowHeightFor, wrappedLines } from "../print";
import type { Cell, RangeFormat, SheetEdit, ValidationSpec, WorkbookEdit } from "../sheet";
import {
  FORM_COLUMNS,
  FORM_FORMAT,
  FORM_HEADERS,
  FORM_ROWS,
  FORM_SHEET,
  FORM_TABLE,
  FORM_TITLE,
  LISTS_SHEET,
  META_SHEET,
  NO,
  PERIOD_LABEL,
  ROW_STATUSES,
  UNIT_LABEL,
  YES,
  columnOf,
  formNames,
  statusListSource,
} from "./layout";

/** One line of a form: a task with one of its indicators, or a topic task (no indicator). */
export interface FormLine {
  task: Task;
  indicator: Indicator | null;
  /** The unit may leave it empty (districts on II.2.b–d). */
  optional: boolean;
}

/** The lines of a unit's form, in plan order: one per (task, indicator), one per topic. */
export function formLines(plan: Plan, unit: ReporterUnit): FormLine[] {
  return rowsForUnit(plan, unit).flatMap(({ task, optional }): FormLine[] =>
    task.indicators.length === 0
      ? [{ task, indicator: null, optional }]
      : task.indicators.map((indicator) => ({ task, indicator, optional })),
  );
}

export interface ReportFormOptions {
  plan: Plan;
  unit: Agency;
  /** Period code, e.g. "2020-H1". */
  period: string;
  /** Shown beside the code; defaults to the schedule's name ("6 tháng đầu năm 2020"). */
  periodName?: string;
  /** ISO time written to `_cchc`; defaults to now. */
  created?: string;
  /** Language of the prose (instructions, hints); headers and labels are always Vietnamese. */
  lang?: Lang;
}

const FONT_SIZE = 12;
const HEADER_FILL = "#DDEBF7";
/** Cells the unit fills in: light yellow, unlocked. */
export const INPUT_FILL = "#FFF2CC";
/** Figure cells of topic rows, which take no figure. */
const NOT_APPLICABLE_FILL = "#F2F2F2";
/** Contiguous runs of 1-based rows where `pick` gives the same non-null value. */
function runs<T>(
  rows: number[],
  pick: (row: number) => T | null,
): { from: number; to: number; value: T }[] {
  const out: { from: number; to: number; value: T }[] = [];
  for (const row of rows) {
    const value = pick(row);
    const last = out[out.length - 1];
    if (value === null) continue;
    if (last && last.value === value && last.to === row - 1) last.to = row;
    else out.push({ from: row, to: row, value });
  }
  return out;
}

const indicatorLabel = (i: Indicator) =>
  i.target === undefined ? i.name : `${i.name} (kế hoạch: tối thiểu ${i.target})`;

export function buildReportFormEdit(opts: ReportFormOptions): WorkbookEdit {
  const lang = opts.lang ?? "vi";
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, key, params);
  // "2020-h1" and "Quý I năm 2020" name periods too; a custom suffix is looked up as given.
  const period = findPeriod(parsePeriod(opts.period) ?? opts.period.trim());
  if (!period && !opts.periodName) throw new Error(`Unknown period code: ${opts.period}`);
  const periodCode = period?.code ?? opts.period.trim();
  const periodName = opts.periodName ?? period!.name;
  const created = opts.created ?? new Date().toISOString();
  const lines = formLines(opts.plan, opts.unit);

  const R = FORM_ROWS;
  const lastCol = FORM_COLUMNS.length - 1;
  const L = columnLetter(lastCol);
  const firstData = R.firstData;
  // Excel needs one data row under a table's header, even an empty one.
  const lastRow = firstData + Math.max(lines.length, 1) - 1;
  const dataRows = lines.map((_, i) => firstData + i);
  const col = (key: Parameters<typeof columnOf>[0]) => columnLetter(columnOf(key));
  const widths = fitColumns(
    FORM_COLUMNS.map((c) => c.width),
    "landscape",
  );
  // Heights from the one wrapped-text estimate (domain/print/metrics), over `from`..`to`.
  const heightOf = (texts: { text: string; from: number; to?: number; bold?: boolean }[]) =>
    rowHeightFor(
      Math.max(
        1,
        ...texts.map((x) => wrappedLines(x.text, FONT_SIZE, !!x.bold, widths, x.from, x.to)),
      ),
      FONT_SIZE,
    );

  // Header block.
  const deadlineText = period
    ? t("forms.sheet.deadline", { date: formatVi(period.nominalDue) })
    : "";
  const instructions = t("forms.sheet.instructions");
  const head: Cell[][] = [
    [FORM_TITLE],
    [t("forms.sheet.planLine", { plan: opts.plan.title })],
    [UNIT_LABEL, null, opts.unit.name],
    [PERIOD_LABEL, null, periodCode, `(${periodName})`],
    [deadlineText],
    [instructions],
  ];
  const blocks: SheetEdit["blocks"] = [{ at: "A1", values: head }];
  const merges = [
    `A${R.title}:${L}${R.title}`,
    `A${R.plan}:${L}${R.plan}`,
    `A${R.unit}:B${R.unit}`,
    `C${R.unit}:${col("unit")}${R.unit}`,
    `A${R.period}:B${R.period}`,
    `D${R.period}:${col("unit")}${R.period}`,
    `A${R.deadline}:${L}${R.deadline}`,
    `A${R.instructions}:${L}${R.instructions}`,
  ];

  // The table.
  let taskNo = 0;
  const values: Cell[][] = lines.map((line, i) => {
    const first = i === 0 || lines[i - 1].task !== line.task;
    if (first) taskNo++;
    return [
      first ? taskNo : null,
      line.task.code,
      first ? line.task.title : null,
      line.indicator?.code ?? null,
      line.indicator ? indicatorLabel(line.indicator) : null,
      line.indicator?.unit ?? null,
      line.optional ? NO : YES,
      null,
      null,
      null,
      null,
    ];
  });
  blocks.push({ at: cellAddress(R.header - 1, 0), values: [FORM_HEADERS, ...values] });

  const formats: RangeFormat[] = [
    { range: `A1:${L}${lastRow}`, format: { fontName: PRINT_FONT, fontSize: FONT_SIZE } },
    {
      range: `A${R.title}`,
      format: { bold: true, fontSize: 14, hAlign: "center", vAlign: "middle" },
    },
    { range: `A${R.plan}`, format: { italic: true, hAlign: "center", wrap: true } },
    { range: `A${R.unit}:A${R.period}`, format: { bold: true } },
    { range: `C${R.unit}:C${R.period}`, format: { bold: true, hAlign: "left" } },
    { range: `A${R.deadline}`, format: { italic: true } },
    { range: `A${R.instructions}`, format: { wrap: true, vAlign: "top" } },
    {
      range: `A${R.header}:${L}${R.header}`,
      format: {
        bold: true,
        hAlign: "center",
        vAlign: "middle",
        wrap: true,
        fill: HEADER_FILL,
        border: true,
      },
    },
  ];
  if (lines.length > 0) {
    formats.push(
      {
        range: `A${firstData}:${L}${lastRow}`,
        format: { border: true, wrap: true, vAlign: "top" },
      },
      { range: `A${firstData}:B${lastRow}`, format: { hAlign: "center" } },
      {
        range: `${col("indicator")}${firstData}:${col("indicator")}${lastRow}`,
        format: { hAlign: "center" },
      },
      {
        range: `${col("unit")}${firstData}:${col("required")}${lastRow}`,
        format: { hAlign: "center" },
      },
      {
        range: `${col("status")}${firstData}:${col("note")}${lastRow}`,
        format: { fill: INPUT_FILL, unlocked: true },
      },
    );
    const figures = `${col("period")}$from:${col("cumulative")}$to`;
    for (const r of runs(dataRows, (row) => (lines[row - firstData].indicator ? "in" : "na"))) {
      const range = figures.replace("$from", String(r.from)).replace("$to", String(r.to));
      formats.push({
        range,
        format:
          r.value === "in"
            ? { fill: INPUT_FILL, unlocked: true, hAlign: "right" }
            : { fill: NOT_APPLICABLE_FILL },
      });
    }
  }

  // Validations: one per run of rows with the same rule, so ranges never overlap.
  const validations: ValidationSpec[] = [];
  for (const r of runs(dataRows, (row) =>
    lines[row - firstData].indicator?.kind === "flag" ? "flag" : "count",
  )) {
    const flag = r.value === "flag";
    validations.push({
      range: `${col("period")}${r.from}:${col("cumulative")}${r.to}`,
      rule: flag ? { kind: "whole", min: 0, max: 1 } : { kind: "decimal", min: 0 },
      errorTitle: t("forms.validation.numberTitle"),
      errorMessage: t(flag ? "forms.validation.flag" : "forms.validation.number"),
      errorStyle: "stop",
      allowBlank: true,
    });
  }
  if (lines.length > 0) {
    validations.push({
      range: `${col("status")}${firstData}:${col("status")}${lastRow}`,
      rule: { kind: "list", source: statusListSource() },
      errorTitle: t("forms.validation.statusTitle"),
      errorMessage: t("forms.validation.status"),
      errorStyle: "stop",
      allowBlank: true,
    });
  }

  // Row heights for wrapped text (Excel does not autofit merged cells).
  const rowHeights: Record<number, number> = {
    [R.title]: 24,
    [R.plan]: heightOf([{ text: head[1][0] as string, from: 0, to: lastCol }]),
    [R.instructions]: heightOf([{ text: instructions, from: 0, to: lastCol }]),
    [R.header]: heightOf(FORM_HEADERS.map((h, c) => ({ text: h, from: c, bold: true }))),
  };
  values.forEach((row, i) => {
    rowHeights[firstData + i] = heightOf(
      row.flatMap((v, c) => (typeof v === "string" ? [{ text: v, from: c }] : [])),
    );
  });

  const form: SheetEdit = {
    name: FORM_SHEET,
    mode: "replace",
    position: 0,
    blocks,
    formats,
    merges,
    columns: widths.map((width, index) => ({ index, width })),
    rowHeights,
    tables: [
      {
        name: FORM_TABLE,
        range: `A${R.header}:${L}${lastRow}`,
        style: "TableStyleLight1",
        columns: FORM_HEADERS,
      },
    ],
    validations,
    pageLayout: officialPageLayout({
      orientation: "landscape",
      titleRows: `$${R.header}:$${R.header}`,
      printArea: `A1:${L}${lastRow}`,
    }),
    activate: true,
  };
  const lists: SheetEdit = {
    name: LISTS_SHEET,
    mode: "replace",
    visibility: "hidden",
    blocks: [{ at: "A1", values: [["Tình trạng"], ...ROW_STATUSES.map((s) => [s])] }],
  };
  const meta: SheetEdit = {
    name: META_SHEET,
    mode: "replace",
    visibility: "veryHidden",
    blocks: [
      {
        at: "A1",
        values: [
          ["format", FORM_FORMAT],
          ["plan", opts.plan.id],
          ["unit", opts.unit.name],
          ["period", periodCode],
          ["created", created],
        ],
      },
    ],
  };
  return { sheets: [form, lists, meta], names: formNames() };
}
