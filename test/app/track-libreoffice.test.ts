/**
 * The tracking sheet's formulas, computed by LibreOffice, agree with the domain: every deadline
 * with domain `deadline`, every status with `statusFor`, every rate with `ratesOf`.
 *
 * The workbook is written here with ExcelJS directly (values and formulas only, no formats), so
 * this checks the formulas themselves, independent of the xlsx adapter.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import * as XLSX from "@e965/xlsx";
import { TRACKING_SHEET, buildTrackingEdit, type TrackingOptions } from "../../src/domain/tracking";
import { parseCell } from "../../src/domain/address";
import {
  DEFAULT_HOLIDAYS,
  DEFAULT_SCHEDULE,
  STATUS_TEXT,
  addDays,
  deadline,
  excelSerial,
  periodsForYear,
  ratesOf,
  statusFor,
  type DeadlineSettings,
  type ReportStatus,
} from "../../src/domain/schedule";
import { isFormula, type WorkbookEdit } from "../../src/domain/sheet";

const REPORTERS = ["A", "B", "C", "D", "E"].map((c) => ({ code: c, name: `Đơn vị ${c}` }));
const SETTINGS: DeadlineSettings[] = [
  { fifthOnTime: false, shiftOffDays: true },
  { fifthOnTime: true, shiftOffDays: true },
  { fifthOnTime: false, shiftOffDays: false },
  { fifthOnTime: true, shiftOffDays: false },
];
/** Years with deadlines on weekends (2021, 2027) and on a day off in lieu (2023-09-04). */
const CASES: { year: number; today: string }[] = [
  { year: 2021, today: "2021-09-06" },
  { year: 2023, today: "2023-09-05" },
  { year: 2027, today: "2027-06-07" },
];

async function writeXlsx(edit: WorkbookEdit, file: string) {
  const wb = new ExcelJS.Workbook();
  for (const sheet of edit.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const block of sheet.blocks ?? []) {
      const at = parseCell(block.at);
      block.values.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return;
          const cell = ws.getCell(at.row + i + 1, at.col + j + 1);
          cell.value = isFormula(v) ? { formula: v.formula.slice(1) } : v;
        }),
      );
    }
  }
  await wb.xlsx.writeFile(file);
}

/** Received dates around each deadline: a day early, on the day, a day late, or none. */
function receivedFor(year: number, settings: DeadlineSettings) {
  const received: Record<string, Record<string, string>> = {};
  periodsForYear(year).forEach((p, pi) => {
    const due = deadline(p, settings, DEFAULT_HOLIDAYS);
    REPORTERS.forEach((u, ui) => {
      const offset = [-1, 0, 1, null, null][(ui + pi) % 5];
      if (offset !== null) (received[u.name] ??= {})[p.code] = addDays(due, offset);
    });
  });
  return received;
}

test("LibreOffice computes the domain's deadlines, statuses and rates", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cchc-track-"));
  try {
    const runs: { file: string; opts: TrackingOptions }[] = [];
    for (const { year, today } of CASES)
      for (const [si, settings] of SETTINGS.entries()) {
        const opts: TrackingOptions = {
          year,
          reporters: REPORTERS,
          schedule: DEFAULT_SCHEDULE,
          holidays: DEFAULT_HOLIDAYS,
          settings,
          today,
          received: receivedFor(year, settings),
        };
        const file = path.join(dir, `track-${year}-${si}.xlsx`);
        await writeXlsx(buildTrackingEdit(opts), file);
        runs.push({ file, opts });
      }

    const outDir = path.join(dir, "out");
    execFileSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${path.join(dir, "profile")}`,
        "--convert-to",
        "xlsx",
        "--outdir",
        outDir,
        ...runs.map((r) => r.file),
      ],
      { stdio: "pipe", timeout: 120_000 },
    );

    for (const { file, opts } of runs) {
      const wb = XLSX.readFile(path.join(outDir, path.basename(file)));
      const value = (sheet: string, addr: string) => wb.Sheets[sheet][addr]?.v;
      const label = `${opts.year} ${JSON.stringify(opts.settings)}`;
      periodsForYear(opts.year).forEach((p, pi) => {
        const due = deadline(p, opts.settings, DEFAULT_HOLIDAYS);
        expect([label, p.code, value("Lịch báo cáo", `G${pi + 2}`)]).toEqual([
          label,
          p.code,
          excelSerial(due),
        ]);
        const col = (k: number) => XLSX.utils.encode_col(3 + pi * 3 + k);
        const statuses: ReportStatus[] = REPORTERS.map((u, ui) => {
          const row = 9 + ui;
          const status = statusFor(due, opts.received?.[u.name]?.[p.code], opts.today!);
          expect([label, u.name, p.code, value(TRACKING_SHEET, `${col(0)}${row}`)]).toEqual([
            label,
            u.name,
            p.code,
            excelSerial(due),
          ]);
          expect([label, u.name, p.code, value(TRACKING_SHEET, `${col(2)}${row}`)]).toEqual([
            label,
            u.name,
            p.code,
            STATUS_TEXT[status],
          ]);
          return status;
        });
        const rates = ratesOf(statuses);
        const summaryRow = 9 + REPORTERS.length + 1;
        expect(value(TRACKING_SHEET, `${col(2)}${summaryRow}`)).toBeCloseTo(
          rates.reportingRate!,
          9,
        );
        expect(value(TRACKING_SHEET, `${col(2)}${summaryRow + 1}`)).toBeCloseTo(
          rates.onTimeRate!,
          9,
        );
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);
