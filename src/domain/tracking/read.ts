/**
 * The tracking sheet read back: the one reader every use-case goes through (received dates
 * kept on rewrite, the merge's --received, overdue units, the print copy).
 *
 * Cells are found by the texts buildTrackingEdit writes (TRACKING_LABELS), not by fixed
 * positions, so a sheet where the user inserted rows above the table, a column before it or
 * a column inside a period's block still reads. A period header without the sub-header texts
 * still reads when it carries its code: deadline, received, status in that order, as written.
 */
import { parseDateCell } from "../schedule";
import type { Scalar, SheetData } from "../sheet";
import { isText, labelKey } from "../text";
import { TRACKING_LABELS, TRACKING_LAYOUT, TRACKING_YES } from "./sheet";

const L = TRACKING_LAYOUT;
const T = TRACKING_LABELS;

export interface TrackingPeriodColumns {
  /** The code from the header "Quý I năm 2020 (2020-Q1)"; null when the header has none. */
  code: string | null;
  /** The header text without the code. */
  name: string;
  /** 0-based columns; `deadline` is -1 when the block has no deadline column. */
  deadline: number;
  received: number;
  status: number;
}

export interface TrackingUnitRow {
  /** 0-based row. */
  row: number;
  code: string;
  name: string;
}

export interface TrackingTable {
  /** 0-based row of the header (period names); the sub-header is the row under it. */
  header: number;
  /** 0-based columns of "STT", "Mã đơn vị" and "Đơn vị". */
  columns: { stt: number; code: number; name: number };
  /** The header texts as the sheet has them. */
  labels: { stt: string; unit: string };
  periods: TrackingPeriodColumns[];
  /** One per row under the sub-header, down to the first row without a unit name. */
  units: TrackingUnitRow[];
  /** 0-based rows of the rates under the units ("Tỷ lệ ..."). */
  rates: number[];
  /** The settings cells above the table. */
  settings: { reference: Scalar; fifthOnTime: boolean; shiftOffDays: boolean };
}

const PERIOD_CODE = /\s*\((\d{4}-[A-Za-z0-9]+)\)\s*$/;

/** A settings cell: the row whose first text starts like the label, else the written place. */
function setting(data: SheetData, header: number, label: string, row: number): Scalar {
  const key = labelKey(label).split(" (")[0];
  for (let r = 0; r < header; r++) {
    const cells = data.values[r] ?? [];
    const c = cells.findIndex(isText);
    if (c >= 0 && labelKey(cells[c]).startsWith(key)) return cells[c + L.settingsCol] ?? null;
  }
  return data.values[row - 1]?.[L.settingsCol] ?? null;
}

function periodsOf(head: readonly Scalar[], sub: readonly Scalar[], after: number) {
  const starts: number[] = [];
  head.forEach((v, c) => {
    if (c > after && isText(v)) starts.push(c);
  });
  const periods: TrackingPeriodColumns[] = [];
  starts.forEach((start, i) => {
    const text = String(head[start]);
    const code = PERIOD_CODE.exec(text)?.[1] ?? null;
    const end = (starts[i + 1] ?? Math.max(sub.length, head.length)) - 1;
    const find = (label: string) => {
      for (let c = start; c <= end; c++) if (labelKey(sub[c]) === labelKey(label)) return c;
      return -1;
    };
    let [deadline, received, status] = [T.deadline, T.received, T.status].map(find);
    if (deadline < 0 && received < 0 && status < 0 && code)
      [deadline, received, status] = [start, start + 1, start + 2];
    if (received < 0 || status < 0) return;
    periods.push({ code, name: text.replace(PERIOD_CODE, ""), deadline, received, status });
  });
  return periods;
}

/**
 * Where things are on a tracking sheet, or null when it has no table header (a row with
 * "STT" and "Đơn vị").
 */
export function readTrackingSheet(data: SheetData): TrackingTable | null {
  const values = data.values;
  let header = -1;
  let stt = -1;
  let name = -1;
  for (let r = 0; r < values.length && header < 0; r++) {
    const row = values[r] ?? [];
    stt = row.findIndex((v) => labelKey(v) === labelKey(T.stt));
    if (stt < 0) continue;
    name = row.findIndex((v, c) => c > stt && labelKey(v) === labelKey(T.unit));
    if (name >= 0) header = r;
  }
  if (header < 0) return null;
  const head = values[header] ?? [];
  const codeAt = head.findIndex((v, c) => c > stt && labelKey(v) === labelKey(T.unitCode));
  const code = codeAt >= 0 ? codeAt : name - 1;
  const periods = periodsOf(head, values[header + 1] ?? [], name);

  const units: TrackingUnitRow[] = [];
  let r = header + 2;
  for (; r < values.length; r++) {
    const unit = values[r]?.[name];
    if (!isText(unit)) break;
    units.push({ row: r, code: String(values[r]?.[code] ?? ""), name: unit });
  }
  const rates: number[] = [];
  for (let blank = 0; r < values.length && blank <= 2; r++) {
    const v = values[r]?.[name];
    if (/^t[ỷỉ] lệ/.test(labelKey(v))) rates.push(r);
    else if (rates.length) break;
    else if (!isText(v)) blank++;
    else break;
  }
  return {
    header,
    columns: { stt, code, name },
    labels: { stt: String(head[stt]), unit: String(head[name]) },
    periods,
    units,
    rates,
    settings: {
      reference: setting(data, header, T.reference, L.referenceRow),
      fifthOnTime: setting(data, header, T.fifth, L.fifthRow) === TRACKING_YES,
      shiftOffDays: setting(data, header, T.shift, L.shiftRow) === TRACKING_YES,
    },
  };
}

/**
 * Received dates typed into an existing tracking sheet (unit name -> period code -> ISO date),
 * so that writing the sheet again keeps them.
 */
export function receivedFromTracking(data: SheetData): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const table = readTrackingSheet(data);
  if (!table) return out;
  for (const unit of table.units) {
    for (const p of table.periods) {
      const iso = p.code ? parseDateCell(data.values[unit.row]?.[p.received] ?? null) : null;
      if (iso) (out[unit.name] ??= {})[p.code!] = iso;
    }
  }
  return out;
}
