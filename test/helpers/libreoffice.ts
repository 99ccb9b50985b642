/**
 * LibreOffice and poppler as test oracles: does another program open our files, print them the
 * way we meant, and calculate our formulas? Every soffice run gets its own fresh profile
 * (-env:UserInstallation) so parallel test files don't fight over one.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const SOFFICE = process.env.SOFFICE ?? "soffice";
const TIMEOUT_MS = 180_000;

let available: boolean | undefined;

/** Is `soffice` on the PATH and runnable? */
export function libreOfficeAvailable(): boolean {
  if (available === undefined) {
    const r = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 60_000 });
    available = r.status === 0 && /LibreOffice/i.test(r.stdout ?? "");
  }
  return available;
}

/**
 * Calc settings for the fresh profile. OOXMLRecalcMode/ODFRecalcMode 0 = "always recalculate"
 * on load (the default, 1, trusts the cached values in the file).
 */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

async function withProfile<T>(fn: (profileUrl: string) => Promise<T>): Promise<T> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "cchc-lo-profile-"));
  try {
    await mkdir(path.join(profile, "user"), { recursive: true });
    await writeFile(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY, "utf8");
    return await fn(pathToFileURL(profile).href);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

async function convert(input: string, outDir: string, target: string): Promise<string> {
  return (await convertAll([input], outDir, target))[0];
}

/** Several files in one soffice run (each start costs seconds); outputs in input order. */
async function convertAll(inputs: string[], outDir: string, target: string): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const { stdout, stderr } = await withProfile((profileUrl) =>
    run(
      SOFFICE,
      [
        `-env:UserInstallation=${profileUrl}`,
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        target,
        "--outdir",
        outDir,
        ...inputs,
      ],
      { timeout: TIMEOUT_MS, maxBuffer: 10 * 1024 * 1024 },
    ),
  );
  const ext = target.split(":")[0];
  const outs: string[] = [];
  for (const input of inputs) {
    const out = path.join(outDir, `${path.parse(input).name}.${ext}`);
    // soffice exits 0 even when it could not load the file: the output file is the proof.
    const made = await stat(out).catch(() => undefined);
    if (!made || made.size === 0) {
      throw new Error(`LibreOffice did not convert ${input} to ${ext}.\n${stdout}\n${stderr}`);
    }
    outs.push(out);
  }
  return outs;
}

/**
 * Save a workbook in another format with LibreOffice, as a unit without Microsoft 365 would:
 * "ods" (LibreOffice's default) or "xls" (Excel 97–2003). Returns the new file's path.
 */
export async function convertTo(input: string, outDir: string, format: "ods" | "xls" | "xlsx") {
  return convert(input, outDir, format === "xls" ? "xls:MS Excel 97" : format);
}

/** Print a workbook to PDF with LibreOffice; returns the PDF's path in `outDir`. */
export async function convertToPdf(xlsxPath: string, outDir: string): Promise<string> {
  return convert(xlsxPath, outDir, "pdf");
}

/** Print several workbooks to PDF in one LibreOffice run; PDF paths in input order. */
export async function convertAllToPdf(xlsxPaths: string[], outDir: string): Promise<string[]> {
  return convertAll(xlsxPaths, outDir, "pdf");
}

/**
 * Open the workbook in LibreOffice, recalculate every formula, and save it as .xlsx again so the
 * results are cached in the file. Returns "<name>.recalc.xlsx" next to the input.
 */
export async function recalculate(xlsxPath: string): Promise<string> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), "cchc-lo-out-"));
  try {
    const out = await convert(xlsxPath, scratch, "xlsx:Calc MS Excel 2007 XML");
    const parsed = path.parse(xlsxPath);
    const dest = path.join(parsed.dir, `${parsed.name}.recalc.xlsx`);
    await rename(out, dest).catch(async (err: NodeJS.ErrnoException) => {
      if (err.code !== "EXDEV") throw err;
      const { copyFile } = await import("node:fs/promises");
      await copyFile(out, dest);
    });
    return dest;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

export interface PdfInfo {
  pages: number;
  /** First page size in points. */
  width: number;
  height: number;
  /** poppler's name for the size, e.g. "A4", when it recognises it. */
  paper?: string;
  /** Size of every page, in points. */
  pageSizes: { width: number; height: number }[];
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const { stdout } = await run("pdfinfo", [pdf]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const sizes = await run("pdfinfo", ["-f", "1", "-l", String(pages), pdf]);
  const pageSizes = [
    ...sizes.stdout.matchAll(/^Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts/gm),
  ].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  const first = /^Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/m.exec(stdout);
  if (!first || !Number.isFinite(pages)) throw new Error(`pdfinfo: unexpected output\n${stdout}`);
  return {
    pages,
    width: Number(first[1]),
    height: Number(first[2]),
    paper: first[3],
    pageSizes: pageSizes.length
      ? pageSizes
      : [{ width: Number(first[1]), height: Number(first[2]) }],
  };
}

/** Text of the PDF (or of one 1-based page), layout kept. */
export async function pdfText(pdf: string, page?: number): Promise<string> {
  const range = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  const { stdout } = await run("pdftotext", ["-layout", ...range, pdf, "-"], {
    maxBuffer: 20 * 1024 * 1024,
  });
  return stdout;
}

/** Files in a directory (handy when checking that a conversion left nothing else behind). */
export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}
