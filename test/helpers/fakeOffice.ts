/**
 * A fake `Excel.run` for tests: a small in-memory workbook behind proxy objects that behave
 * like Office.js where it matters to the adapter:
 *
 * - writes and loads are queued and happen at `context.sync()`; sync calls are counted;
 * - reading a property that was not loaded and synced throws "PropertyNotLoaded";
 * - values and formulas are taken like typed input: "=x" becomes a formula, "'x" stays text,
 *   "12" becomes a number, "#REF!" an error; `null` in a 2-D array leaves the cell alone and
 *   "" clears it; Date objects are refused (Office.js can't take them);
 * - a very hidden sheet can't be deleted, the last visible sheet can't be hidden, names and
 *   tables must be unique.
 *
 * Like Excel.run, a batch left with queued operations is synced once more at the end (counted).
 * Formulas are not calculated: a formula cell's value reads as "".
 *
 * As strict as Excel (on the web) where the adapter could go wrong: an object is dead once its
 * Excel.run has ended; freeze panes need a visible sheet; a sheet position must exist;
 * conditional-format formulas and list sources are parsed (quoting, 255 characters); number
 * formats and enum strings are checked; each sync's request and response are measured and one
 * over 5 MB is refused (fakeExcelRules.ts).
 */
import { cellAddress, columnIndex, parseCell } from "../../src/domain/address";
import {
  checkColor,
  checkEnum,
  checkFormula,
  checkListSource,
  checkNumberFormat,
  checkTableStyle,
  jsonBytes,
  PAYLOAD_LIMIT,
  RuleError,
  utf8Length,
} from "./fakeExcelRules";

/* ------------------------------------------------------------------ model */

export type FakeScalar = string | number | boolean;
export type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface FakeFormat {
  fontName?: string;
  fontSize?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  numberFormat?: string;
  borders?: Partial<Record<Edge, { style: string; weight?: string; color?: string }>>;
  locked?: boolean;
}

export interface FakeCell {
  value: FakeScalar | null;
  formula: string | null;
  error?: string;
  quotePrefix?: boolean;
  format: FakeFormat;
}

export interface FakeValidation {
  range: string;
  rule: Record<string, unknown>;
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks?: boolean;
}

export interface FakeConditionalFormat {
  range: string;
  type: string;
  formula?: string;
  format: { fill?: string; fontColor?: string; bold?: boolean };
}

export interface FakeHeaderFooter {
  leftHeader?: string;
  centerHeader?: string;
  rightHeader?: string;
  leftFooter?: string;
  centerFooter?: string;
  rightFooter?: string;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  margins: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  centerHorizontally?: boolean;
  printTitleRows?: string;
  printTitleColumns?: string;
  printArea?: string;
  /** Manual page breaks: the 1-based rows that start a page. */
  rowBreaks?: number[];
  headersFooters: {
    state?: string;
    defaultForAllPages: FakeHeaderFooter;
    firstPage: FakeHeaderFooter;
  };
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  validations: FakeValidation[];
  conditionalFormats: FakeConditionalFormat[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  /** Points, by 1-based row. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; columns: number } | null;
  pageLayout: FakePageLayout;
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  range: string;
  style: string;
}

export interface FakeModel {
  sheets: FakeSheet[];
  tables: FakeTable[];
  names: { name: string; formula: string }[];
  activeSheet: string | null;
  selection: string | null;
  /** How many times suspendApiCalculationUntilNextSync was called. */
  calculationSuspended: number;
}

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    rowHeights: new Map(),
    freeze: null,
    pageLayout: { margins: {}, headersFooters: { defaultForAllPages: {}, firstPage: {} } },
  };
}

/* ----------------------------------------------------------------- errors */

export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(
    readonly code: string,
    message: string,
    errorLocation = "",
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

const notLoaded = (prop: string) =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

/* ---------------------------------------------------------------- ranges */

const MAX_ROW = 1048575;
const MAX_COL = 16383;

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1", "A1:B2", "B:D", "6:8", "" (whole sheet); a "Sheet!" prefix is ignored. */
export function parseAddress(address: string): Box {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const a = local.replace(/\$/g, "").trim();
  if (a === "") return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const [p, q = p] = a.split(":");
  if (/^[A-Z]+$/i.test(p) && /^[A-Z]+$/i.test(q)) {
    const l = columnIndex(p);
    const r = columnIndex(q);
    return { top: 0, bottom: MAX_ROW, left: Math.min(l, r), right: Math.max(l, r) };
  }
  if (/^\d+$/.test(p) && /^\d+$/.test(q)) {
    return { left: 0, right: MAX_COL, top: Number(p) - 1, bottom: Number(q) - 1 };
  }
  const s = parseCell(p);
  const e = parseCell(q);
  const box = {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
  // Excel has 1,048,576 rows and 16,384 columns (XFD): it refuses a range past them.
  if (box.bottom > MAX_ROW || box.right > MAX_COL) {
    throw new FakeOfficeError("InvalidArgument", `The range ${a} is outside the sheet.`);
  }
  return box;
}

export function boxAddress(b: Box): string {
  const a = cellAddress(b.top, b.left);
  const z = cellAddress(b.bottom, b.right);
  return a === z ? a : `${a}:${z}`;
}

const inBox = (b: Box, r: number, c: number) =>
  r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
const overlaps = (a: Box, b: Box) =>
  a.top <= b.bottom && a.bottom >= b.top && a.left <= b.right && a.right >= b.left;
const isWhole = (b: Box) => b.bottom - b.top >= MAX_ROW || b.right - b.left >= MAX_COL;

function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];

/** What Excel makes of one typed input. */
function typeIn(
  input: unknown,
  format: FakeFormat,
  where: string,
): Omit<FakeCell, "format"> | "unchanged" {
  if (input === null) return "unchanged";
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      throw new FakeOfficeError("InvalidArgument", `${where}: not a number`);
    return { value: input, formula: null };
  }
  if (typeof input === "boolean") return { value: input, formula: null };
  if (typeof input !== "string") {
    throw new FakeOfficeError(
      "InvalidArgument",
      `${where}: Office.js takes only strings, numbers and booleans`,
    );
  }
  const s = input;
  if (s === "") return { value: null, formula: null };
  if (format.numberFormat === "@") return { value: s, formula: null };
  if (s.startsWith("'")) return { value: s.slice(1), formula: null, quotePrefix: true };
  if (s.startsWith("=")) return { value: null, formula: s };
  if (ERRORS.includes(s.toUpperCase()))
    return { value: s.toUpperCase(), formula: null, error: s.toUpperCase() };
  const numeric = /^\s*[+-]?(?:\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?\s*(%?)\s*$/i.exec(s);
  if (numeric) {
    const n = Number(s.replace(/[,%\s]/g, ""));
    return { value: numeric[1] ? n / 100 : n, formula: null };
  }
  if (/^[+\-@]/.test(s)) return { value: null, formula: `=${s}` };
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true", formula: null };
  const date = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2,4}))?$/.exec(s);
  if (date) return { value: 40000 + Number(date[1]) + Number(date[2]) * 31, formula: null };
  return { value: s, formula: null };
}

/* ---------------------------------------------------------------- context */

/** `run` returns the bytes it adds to the response (loads); `bytes` is its share of the request. */
type Op = { label: string; run: () => unknown; write: boolean; bytes: number };

/** Per-operation overhead of the request (object path, method name), roughly as Office.js sends it. */
const OP_BYTES = 60;

export class FakeContext {
  readonly workbook: FakeWorkbook;
  readonly application: { suspendApiCalculationUntilNextSync(): void };
  queue: Op[] = [];
  constructor(readonly host: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        this.enqueue("Application.suspendApiCalculationUntilNextSync()", () => {
          host.model.calculationSuspended++;
        });
      },
    };
  }

  /** Set when the Excel.run that made this context has ended: its objects are dead. */
  closed = false;

  private alive(what: string): void {
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        `${what}: the object belongs to an Excel.run that has ended; objects can't be used after their batch.`,
      );
    }
  }

  /** `payload` is the data sent with the operation (values, formats), counted in the request. */
  enqueue(label: string, run: () => unknown, write = true, payload?: unknown): void {
    this.alive(label);
    this.host.log.push(label);
    const bytes = OP_BYTES + utf8Length(label) + (payload === undefined ? 0 : jsonBytes(payload));
    this.queue.push({ label, run, write, bytes });
  }

  async sync(): Promise<void> {
    this.alive("context.sync()");
    this.host.syncs++;
    this.host.log.push(`sync #${this.host.syncs}`);
    const ops = this.queue;
    this.queue = [];
    const request = ops.reduce((n, op) => n + op.bytes, 0);
    const sizes = { request, response: 0 };
    this.host.payloads.push(sizes);
    if (request > this.host.payloadLimit) {
      // Refused whole: nothing in the batch runs.
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size has exceeded the limit (${request} bytes).`,
      );
    }
    for (const op of ops) {
      try {
        const loaded = op.run();
        if (!op.write && typeof loaded === "number") sizes.response += loaded;
      } catch (err) {
        if (err instanceof FakeOfficeError) {
          if (!err.debugInfo.errorLocation) err.debugInfo.errorLocation = op.label;
          throw err;
        }
        if (err instanceof RuleError) throw new FakeOfficeError(err.code, err.message, op.label);
        throw new FakeOfficeError(
          "GeneralException",
          `${op.label}: ${(err as Error).message}`,
          op.label,
        );
      }
    }
    if (sizes.response > this.host.payloadLimit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size has exceeded the limit (${sizes.response} bytes).`,
      );
    }
  }

  get model(): FakeModel {
    return this.host.model;
  }

  sheetByName(name: string): FakeSheet | undefined {
    const key = name.toLocaleLowerCase("vi");
    return this.model.sheets.find((s) => s.name.toLocaleLowerCase("vi") === key);
  }
}

/** Base for proxies: loaded properties, and the PropertyNotLoaded rule. */
abstract class FakeObject {
  protected loaded = new Map<string, unknown>();
  constructor(readonly context: FakeContext) {}

  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Read one property from the model (called at sync). */
  protected abstract snapshot(prop: string): unknown;

  /** Navigation properties that can be loaded through ("worksheet/name"). */
  protected navigate(_prop: string): FakeObject | undefined {
    return undefined;
  }

  protected abstract defaultProps(): string[];

  /** Fill `loaded` now (inside a sync); returns the bytes of what was loaded. */
  applyLoad(paths: string[]): number {
    const own = paths.length ? paths : this.defaultProps();
    const nested = new Map<string, string[]>();
    let bytes = 0;
    for (const p of own) {
      const [head, ...rest] = p.split("/");
      if (rest.length) nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
      else {
        const value = this.snapshot(head);
        bytes += utf8Length(head) + 3 + jsonBytes(value);
        this.loaded.set(head, value);
      }
    }
    for (const [head, sub] of nested) {
      const nav = this.navigate(head);
      if (!nav) throw new FakeOfficeError("InvalidArgument", `Cannot load '${head}/…'`);
      bytes += nav.applyLoad(sub);
      this.loaded.set(head, nav);
    }
    return bytes;
  }

  load(props?: string | string[]): this {
    const paths = parseProps(props);
    this.context.enqueue(
      `${this.constructor.name}.load(${paths.join(",")})`,
      () => this.applyLoad(paths),
      false,
    );
    return this;
  }
}

function parseProps(props?: string | string[]): string[] {
  if (!props) return [];
  const list = Array.isArray(props) ? props : props.split(",");
  return list.map((p) => p.trim()).filter(Boolean);
}

/* --------------------------------------------------------------- workbook */

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  constructor(readonly context: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, null);
    this.names = new FakeNamedItemCollection(context);
  }
}

/** A collection whose `items` load through to each item ("items/name"). */
abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  protected abstract itemsNow(): T[];
  protected abstract readonly kind: string;
  protected snapshot(prop: string): unknown {
    if (prop !== "items") throw new FakeOfficeError("InvalidArgument", `${this.kind}.${prop}`);
    return this.itemsNow();
  }
  protected defaultProps(): string[] {
    return ["items"];
  }
  override applyLoad(paths: string[]): number {
    const itemProps = paths
      .filter((p) => p.startsWith("items"))
      .map((p) => p.replace(/^items\/?/, ""))
      .filter(Boolean);
    const items = this.itemsNow();
    const bytes = items.reduce((n, i) => n + i.applyLoad(itemProps), 0);
    this.loaded.set("items", items);
    return bytes;
  }
  get items(): T[] {
    return this.get("items");
  }
}

class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly kind = "WorksheetCollection";
  protected itemsNow(): FakeWorksheet[] {
    return this.context.model.sheets.map((s) => new FakeWorksheet(this.context, () => s));
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.context.enqueue(`Worksheets.add(${name})`, () => {
      if (this.context.sheetByName(name)) {
        throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
      }
      if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) {
        throw new FakeOfficeError("InvalidArgument", `Invalid sheet name "${name}".`);
      }
      created = newSheet(name);
      this.context.model.sheets.push(created);
    });
    return new FakeWorksheet(this.context, () => {
      if (!created)
        throw new FakeOfficeError("InvalidObjectPath", `Sheet "${name}" was not created`);
      return created;
    });
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.sheetByName(name);
      if (!s) throw new FakeOfficeError("ItemNotFound", `Sheet "${name}" not found.`);
      return s;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.sheetByName(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      // Excel always has an active sheet: after the active one is deleted, another takes over.
      const m = this.context.model;
      const s =
        (m.activeSheet ? this.context.sheetByName(m.activeSheet) : undefined) ??
        m.sheets.find((x) => x.visibility === "Visible");
      if (!s) throw new FakeOfficeError("ItemNotFound", "No active sheet.");
      return s;
    });
  }
}

export class FakeWorksheet extends FakeObject {
  readonly tables: FakeTableCollection;
  readonly freezePanes: {
    freezeRows(n: number): void;
    freezeColumns(n: number): void;
    freezeAt(range: FakeRange | string): void;
    unfreeze(): void;
  };
  readonly pageLayout: FakePageLayoutProxy;
  readonly horizontalPageBreaks: FakePageBreaks;

  constructor(
    context: FakeContext,
    readonly resolveOrNull: () => FakeSheet | null,
  ) {
    super(context);
    this.tables = new FakeTableCollection(context, this);
    // Excel refuses to freeze or unfreeze the panes of a sheet that is not visible.
    const set = (label: string, f: (s: FakeSheet) => void) =>
      this.context.enqueue(`Worksheet.freezePanes.${label}`, () => {
        const s = this.resolve();
        if (s.visibility !== "Visible") {
          throw new FakeOfficeError(
            "InvalidOperation",
            `freezePanes.${label}: the sheet "${s.name}" is hidden.`,
          );
        }
        f(s);
      });
    this.freezePanes = {
      freezeRows: (n) => set(`freezeRows(${n})`, (s) => (s.freeze = { rows: n, columns: 0 })),
      freezeColumns: (n) => set(`freezeColumns(${n})`, (s) => (s.freeze = { rows: 0, columns: n })),
      freezeAt: (range) =>
        set(`freezeAt(${typeof range === "string" ? range : range.addressText})`, (s) => {
          const b = parseAddress(typeof range === "string" ? range : range.addressText);
          s.freeze = { rows: b.bottom + 1, columns: b.right + 1 };
        }),
      unfreeze: () => set("unfreeze()", (s) => (s.freeze = null)),
    };
    this.pageLayout = new FakePageLayoutProxy(context, () => this.resolve());
    this.horizontalPageBreaks = new FakePageBreaks(context, () => this.resolve());
  }

  resolve(): FakeSheet {
    const s = this.resolveOrNull();
    if (!s) throw new FakeOfficeError("ItemNotFound", "The worksheet does not exist.");
    return s;
  }

  protected snapshot(prop: string): unknown {
    if (prop === "isNullObject") return this.resolveOrNull() === null;
    const s = this.resolve();
    switch (prop) {
      case "name":
        return s.name;
      case "visibility":
        return s.visibility;
      case "position":
        return this.context.model.sheets.indexOf(s);
      case "tabColor":
        return s.tabColor;
      default:
        throw new FakeOfficeError("InvalidArgument", `Worksheet.${prop} is not in the fake`);
    }
  }
  protected defaultProps(): string[] {
    return ["name", "visibility", "position", "tabColor"];
  }

  get name(): string {
    return this.get("name");
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(v: string) {
    this.context.enqueue(`Worksheet.visibility=${v}`, () => {
      const s = this.resolve();
      if (!["Visible", "Hidden", "VeryHidden"].includes(v)) {
        throw new FakeOfficeError("InvalidArgument", `Bad visibility ${v}`);
      }
      const visible = this.context.model.sheets.filter(
        (x) => x.visibility === "Visible" && x !== s,
      );
      if (v !== "Visible" && visible.length === 0) {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A workbook must keep at least one visible sheet.",
        );
      }
      s.visibility = v as FakeSheet["visibility"];
    });
  }
  get position(): number {
    return this.get("position");
  }
  set position(p: number) {
    this.context.enqueue(`Worksheet.position=${p}`, () => {
      const s = this.resolve();
      const count = this.context.model.sheets.length;
      if (!Number.isInteger(p) || p < 0 || p >= count) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `Worksheet.position=${p}: the workbook has ${count} sheets (0 to ${count - 1}).`,
        );
      }
      const list = this.context.model.sheets.filter((x) => x !== s);
      list.splice(p, 0, s);
      this.context.model.sheets = list;
    });
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  set tabColor(c: string) {
    checkColor(c, "Worksheet.tabColor");
    this.context.enqueue(`Worksheet.tabColor=${c}`, () => (this.resolve().tabColor = c));
  }

  getRange(address = ""): FakeRange {
    return new FakeRange(
      this.context,
      () => this.resolve(),
      () => address,
    );
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => this.resolve(),
      () => {
        const s = this.resolve();
        let box: Box | undefined;
        for (const [key, cell] of s.cells) {
          const used =
            cell.value !== null ||
            cell.formula !== null ||
            (!valuesOnly && Object.keys(cell.format).length > 0);
          if (!used) continue;
          const { row, col } = parseCell(key);
          box = box
            ? {
                top: Math.min(box.top, row),
                left: Math.min(box.left, col),
                bottom: Math.max(box.bottom, row),
                right: Math.max(box.right, col),
              }
            : { top: row, left: col, bottom: row, right: col };
        }
        return boxAddress(box ?? { top: 0, left: 0, bottom: 0, right: 0 });
      },
    );
  }

  activate(): void {
    this.context.enqueue("Worksheet.activate()", () => {
      const s = this.resolve();
      if (s.visibility !== "Visible")
        throw new FakeOfficeError("InvalidOperation", "Cannot activate a hidden sheet.");
      this.context.model.activeSheet = s.name;
    });
  }

  delete(): void {
    this.context.enqueue("Worksheet.delete()", () => {
      const s = this.resolve();
      if (s.visibility === "VeryHidden") {
        throw new FakeOfficeError(
          "InvalidOperation",
          "A very hidden sheet cannot be deleted; unhide it first.",
        );
      }
      const m = this.context.model;
      if (
        s.visibility === "Visible" &&
        m.sheets.filter((x) => x.visibility === "Visible").length === 1
      ) {
        throw new FakeOfficeError("InvalidOperation", "Cannot delete the last visible sheet.");
      }
      m.sheets = m.sheets.filter((x) => x !== s);
      m.tables = m.tables.filter((t) => t.sheet !== s);
      if (m.activeSheet === s.name) m.activeSheet = null;
    });
  }
}

class FakePageLayoutProxy {
  readonly headersFooters: {
    state: string;
    defaultForAllPages: FakeHeaderFooter;
    firstPage: FakeHeaderFooter;
  };
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    const hf = (which: "defaultForAllPages" | "firstPage"): FakeHeaderFooter =>
      setterObject<FakeHeaderFooter>(
        ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"],
        (k, v) =>
          this.set(
            `headersFooters.${which}.${k}`,
            (p) => (p.headersFooters[which][k] = v as string),
          ),
      );
    const state = setterObject<{ state: string }>(["state"], (_k, v) => {
      checkEnum("headerFooterState", v, "headersFooters.state");
      this.set("headersFooters.state", (p) => (p.headersFooters.state = String(v)));
    });
    this.headersFooters = Object.defineProperties(
      { defaultForAllPages: hf("defaultForAllPages"), firstPage: hf("firstPage") },
      { state: Object.getOwnPropertyDescriptor(state, "state")! },
    ) as FakePageLayoutProxy["headersFooters"];
  }
  private set(label: string, f: (p: FakePageLayout) => void): void {
    this.context.enqueue(`PageLayout.${label}`, () => f(this.sheet().pageLayout));
  }
  set orientation(v: string) {
    checkEnum("orientation", v, "PageLayout.orientation");
    this.set(`orientation=${v}`, (p) => (p.orientation = v));
  }
  set paperSize(v: string) {
    checkEnum("paperSize", v, "PageLayout.paperSize");
    this.set(`paperSize=${v}`, (p) => (p.paperSize = v));
  }
  set leftMargin(v: number) {
    this.set("leftMargin", (p) => (p.margins.left = v));
  }
  set rightMargin(v: number) {
    this.set("rightMargin", (p) => (p.margins.right = v));
  }
  set topMargin(v: number) {
    this.set("topMargin", (p) => (p.margins.top = v));
  }
  set bottomMargin(v: number) {
    this.set("bottomMargin", (p) => (p.margins.bottom = v));
  }
  set headerMargin(v: number) {
    this.set("headerMargin", (p) => (p.margins.header = v));
  }
  set footerMargin(v: number) {
    this.set("footerMargin", (p) => (p.margins.footer = v));
  }
  set zoom(v: FakePageLayout["zoom"]) {
    this.set("zoom", (p) => (p.zoom = { ...v }));
  }
  set centerHorizontally(v: boolean) {
    this.set("centerHorizontally", (p) => (p.centerHorizontally = v));
  }
  setPrintTitleRows(rows: string): void {
    this.set(`setPrintTitleRows(${rows})`, (p) => (p.printTitleRows = rows));
  }
  setPrintArea(area: string): void {
    this.set(`setPrintArea(${area})`, (p) => (p.printArea = area));
  }
  setPrintTitleColumns(columns: string): void {
    // Excel takes whole columns only ("$A:$B"); a cell range is an InvalidArgument.
    if (!/^\$?[A-Z]{1,3}:\$?[A-Z]{1,3}$/.test(columns))
      throw new FakeOfficeError("InvalidArgument", `Not whole columns: ${columns}`);
    this.set(`setPrintTitleColumns(${columns})`, (p) => (p.printTitleColumns = columns));
  }
}

/** Worksheet.horizontalPageBreaks: a page starts at each break's row. */
class FakePageBreaks {
  constructor(
    private readonly context: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  add(range: string | FakeRange): void {
    const address = typeof range === "string" ? range : range.addressText;
    const row = parseAddress(address).top + 1;
    if (row < 2) throw new FakeOfficeError("InvalidArgument", `No page break before row 1`);
    this.context.enqueue(`horizontalPageBreaks.add(${address})`, () => {
      const p = this.sheet().pageLayout;
      p.rowBreaks = [...(p.rowBreaks ?? []).filter((r) => r !== row), row];
    });
  }
  removePageBreaks(): void {
    this.context.enqueue("horizontalPageBreaks.removePageBreaks()", () => {
      this.sheet().pageLayout.rowBreaks = [];
    });
  }
}

/** An object whose listed properties can only be set (each set is queued); reads throw. */
function setterObject<T extends object>(
  keys: string[],
  onSet: (key: keyof T, value: unknown) => void,
): T {
  const o = {} as T;
  for (const k of keys) {
    Object.defineProperty(o, k, {
      get: () => {
        throw notLoaded(k);
      },
      set: (v: unknown) => onSet(k as keyof T, v),
      enumerable: true,
    });
  }
  return o;
}

/* ------------------------------------------------------------------ range */

class FakeClientResult<T> {
  private result: { v: T } | undefined;
  constructor(name: string) {
    this.name = name;
  }
  readonly name: string;
  set(v: T): void {
    this.result = { v };
  }
  get value(): T {
    if (!this.result) throw notLoaded(`${this.name}.value`);
    return this.result.v;
  }
}

export class FakeRange extends FakeObject {
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    context: FakeContext,
    readonly sheet: () => FakeSheet,
    readonly addressOf: () => string,
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }

  /** The address as given (usable before sync; not an Office.js member). */
  get addressText(): string {
    return this.addressOf();
  }

  box(): Box {
    return parseAddress(this.addressOf());
  }

  cell(r: number, c: number, create = true): FakeCell | undefined {
    const s = this.sheet();
    const key = cellAddress(r, c);
    let cell = s.cells.get(key);
    if (!cell && create) {
      cell = { value: null, formula: null, format: {} };
      s.cells.set(key, cell);
    }
    return cell;
  }

  /** Every cell of a finite range, or the existing cells of a whole-row/column range. */
  forEachCell(create: boolean, f: (cell: FakeCell, r: number, c: number) => void): void {
    const b = this.box();
    if (isWhole(b) || !create) {
      for (const [key, cell] of [...this.sheet().cells]) {
        const { row, col } = parseCell(key);
        if (inBox(b, row, col)) f(cell, row, col);
      }
      return;
    }
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= b.right; c++) f(this.cell(r, c)!, r, c);
  }

  op(label: string, f: () => void, payload?: unknown): void {
    this.context.enqueue(`Range(${this.where()}).${label}`, f, true, payload);
  }

  /** For the log only: sheet and address may not exist before the sync that makes them. */
  private where(): string {
    const attempt = (f: () => string) => {
      try {
        return f();
      } catch {
        return "?";
      }
    };
    return `${attempt(() => this.sheet().name)}!${attempt(() => this.addressOf())}`;
  }

  protected snapshot(prop: string): unknown {
    const s = this.sheet();
    const b = this.box();
    const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] => {
      if (isWhole(b)) throw new FakeOfficeError("InvalidArgument", "Range too large to load");
      const out: T[][] = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row: T[] = [];
        for (let c = b.left; c <= b.right; c++) row.push(f(s.cells.get(cellAddress(r, c))));
        out.push(row);
      }
      return out;
    };
    switch (prop) {
      case "address":
        return `${quoteSheet(s.name)}!${boxAddress(b)}`;
      case "values":
        return grid((c) => c?.error ?? c?.value ?? "");
      case "formulas":
        return grid((c) => c?.formula ?? c?.error ?? c?.value ?? "");
      case "numberFormat":
        return grid((c) => c?.format.numberFormat ?? "General");
      case "valueTypes":
        return grid((c) =>
          c?.error
            ? "Error"
            : c?.value === null || c?.value === undefined
              ? "Empty"
              : typeof c.value === "number"
                ? "Double"
                : typeof c.value === "boolean"
                  ? "Boolean"
                  : "String",
        );
      case "rowCount":
        return b.bottom - b.top + 1;
      case "columnCount":
        return b.right - b.left + 1;
      default:
        throw new FakeOfficeError("InvalidArgument", `Range.${prop} is not in the fake`);
    }
  }
  protected defaultProps(): string[] {
    return [
      "address",
      "values",
      "formulas",
      "numberFormat",
      "valueTypes",
      "rowCount",
      "columnCount",
    ];
  }

  get address(): string {
    return this.get("address");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(v: unknown[][]) {
    this.setGrid("values", v);
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(v: unknown[][]) {
    this.setGrid("formulas", v);
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(v: unknown[][]) {
    const codes = new Set(v.flat().filter((f) => f !== null && f !== ""));
    for (const code of codes) checkNumberFormat(String(code), "Range.numberFormat");
    this.op(
      "numberFormat=",
      () => {
        const b = this.box();
        this.checkShape(v, "numberFormat");
        v.forEach((row, i) =>
          row.forEach((f, j) => {
            if (f === null) return;
            this.cell(b.top + i, b.left + j)!.format.numberFormat =
              f === "" ? "General" : String(f);
          }),
        );
      },
      v,
    );
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }

  private checkShape(v: unknown[][], what: string): void {
    const b = this.box();
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    if (
      !Array.isArray(v) ||
      v.length !== rows ||
      v.some((r) => !Array.isArray(r) || r.length !== cols)
    ) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `Range(${this.addressOf()}).${what}: the number of rows or columns in the input array doesn't match the size of the range.`,
      );
    }
  }

  private setGrid(what: "values" | "formulas", v: unknown[][]): void {
    // Office.js serialises the request: a Date can't get there as a date.
    v.forEach((row) =>
      row.forEach((x) => {
        if (x instanceof Date || (typeof x === "object" && x !== null)) {
          throw new FakeOfficeError(
            "InvalidArgument",
            `Range.${what}: objects and Dates are not accepted`,
          );
        }
      }),
    );
    this.op(
      `${what}=`,
      () => {
        // Like Office, the shape is checked when the request runs (the range may not exist before).
        const b = this.box();
        this.checkShape(v, what);
        v.forEach((row, i) =>
          row.forEach((x, j) => {
            const cell = this.cell(b.top + i, b.left + j)!;
            const typed = typeIn(x, cell.format, `${cellAddress(b.top + i, b.left + j)}`);
            if (typed === "unchanged") return;
            cell.value = typed.value;
            cell.formula = typed.formula;
            cell.error = typed.error;
            cell.quotePrefix = typed.quotePrefix;
          }),
        );
      },
      v,
    );
  }

  set columnHidden(v: boolean) {
    this.op(`columnHidden=${v}`, () => {
      const b = this.box();
      const s = this.sheet();
      if (b.right - b.left >= MAX_COL) {
        if (!v) s.hiddenColumns.clear();
        else throw new FakeOfficeError("InvalidOperation", "Cannot hide every column");
        return;
      }
      for (let c = b.left; c <= b.right; c++) {
        if (v) s.hiddenColumns.add(c);
        else s.hiddenColumns.delete(c);
      }
    });
  }

  merge(across = false): void {
    this.op(`merge(${across})`, () => {
      const s = this.sheet();
      const b = this.box();
      if (s.merges.some((m) => overlaps(parseAddress(m), b))) {
        throw new FakeOfficeError(
          "InvalidOperation",
          `Cannot merge ${boxAddress(b)}: overlaps a merged area`,
        );
      }
      // Excel keeps only the top-left value.
      this.forEachCell(false, (cell, r, c) => {
        if (r !== b.top || c !== b.left) {
          cell.value = null;
          cell.formula = null;
        }
      });
      s.merges.push(boxAddress(b));
    });
  }

  unmerge(): void {
    this.op("unmerge()", () => {
      const s = this.sheet();
      const b = this.box();
      s.merges = s.merges.filter((m) => !overlaps(parseAddress(m), b));
    });
  }

  clear(applyTo: string = "All"): void {
    checkEnum("clear", applyTo, "Range.clear");
    this.op(`clear(${applyTo})`, () => {
      const s = this.sheet();
      this.forEachCell(false, (cell, r, c) => {
        if (applyTo === "All" || applyTo === "Contents") {
          cell.value = null;
          cell.formula = null;
          cell.error = undefined;
          cell.quotePrefix = undefined;
        }
        if (applyTo === "All" || applyTo === "Formats") cell.format = {};
        if (cell.value === null && cell.formula === null && Object.keys(cell.format).length === 0) {
          s.cells.delete(cellAddress(r, c));
        }
      });
    });
  }

  /** Row `i` of this range (0-based), as Range.getRow. */
  getRow(i: number): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const b = this.box();
      return boxAddress({ ...b, top: b.top + i, bottom: b.top + i });
    });
  }

  /** One cell at (row, column) from this range's top-left, as Range.getCell: it may lie outside the range, never outside the sheet. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const b = this.box();
      const r = b.top + row;
      const c = b.left + column;
      if (row < 0 || column < 0 || r > MAX_ROW || c > MAX_COL) {
        throw new FakeOfficeError("InvalidArgument", "The cell is outside the sheet.");
      }
      return boxAddress({ top: r, left: c, bottom: r, right: c });
    });
  }

  /** The smallest range holding this one and `other`, as Range.getBoundingRect. */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const a = this.box();
      const b = parseAddress(typeof other === "string" ? other : other.addressOf());
      return boxAddress({
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      });
    });
  }

  /** The cells this range shares with `other`, as Range.getIntersection: none is an error. */
  getIntersection(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const a = this.box();
      const b = parseAddress(typeof other === "string" ? other : other.addressOf());
      const out = {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
      if (out.top > out.bottom || out.left > out.right) {
        throw new FakeOfficeError("ItemNotFound", "The ranges do not intersect.");
      }
      return boxAddress(out);
    });
  }

  /** This range grown (or shrunk) from its bottom-right corner, as Range.getResizedRange. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, this.sheet, () => {
      const b = this.box();
      const out = { ...b, bottom: b.bottom + deltaRows, right: b.right + deltaColumns };
      if (
        out.bottom < out.top ||
        out.right < out.left ||
        out.bottom > MAX_ROW ||
        out.right > MAX_COL
      ) {
        throw new FakeOfficeError("InvalidArgument", "The resized range is outside the sheet.");
      }
      return boxAddress(out);
    });
  }

  select(): void {
    this.op("select()", () => {
      this.context.model.selection = `${this.sheet().name}!${this.addressOf()}`;
    });
  }

  getCellProperties(opts: {
    format?: { font?: { name?: boolean } };
  }): FakeClientResult<{ format: { font: { name?: string } } }[][]> {
    const result = new FakeClientResult<{ format: { font: { name?: string } } }[][]>(
      "getCellProperties",
    );
    this.context.enqueue(
      "Range.getCellProperties()",
      () => {
        const b = this.box();
        const s = this.sheet();
        const rows: { format: { font: { name?: string } } }[][] = [];
        for (let r = b.top; r <= b.bottom; r++) {
          const row: { format: { font: { name?: string } } }[] = [];
          for (let c = b.left; c <= b.right; c++) {
            const f = s.cells.get(cellAddress(r, c))?.format;
            row.push({
              format: { font: opts.format?.font?.name ? { name: f?.fontName ?? "Calibri" } : {} },
            });
          }
          rows.push(row);
        }
        result.set(rows);
        return jsonBytes(rows);
      },
      false,
    );
    return result;
  }
}

class FakeRangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: { color: string; clear(): void };
  readonly protection: { locked: boolean };
  readonly borders: { getItem(edge: string): { style: string; weight: string; color: string } };

  constructor(private readonly range: FakeRange) {
    const each = (label: string, f: (fmt: FakeFormat) => void) =>
      range.op(`format.${label}`, () => range.forEachCell(true, (cell) => f(cell.format)));
    this.font = setterObject<Record<string, unknown>>(
      ["name", "size", "bold", "italic", "underline", "color"],
      (k, v) => {
        if (k === "underline") checkEnum("underline", v, "font.underline");
        if (k === "color") checkColor(v, "font.color");
        each(`font.${String(k)}=${String(v)}`, (f) => {
          const map: Record<string, keyof FakeFormat> = {
            name: "fontName",
            size: "fontSize",
            bold: "bold",
            italic: "italic",
            underline: "underline",
            color: "fontColor",
          };
          (f as Record<string, unknown>)[map[k as string]] = v;
        });
      },
    );
    const fill = setterObject<{ color: string }>(["color"], (_k, v) => {
      checkColor(v, "fill.color");
      each(`fill.color=${String(v)}`, (f) => (f.fill = String(v)));
    }) as { color: string; clear(): void };
    fill.clear = () => each("fill.clear()", (f) => delete f.fill);
    this.fill = fill;
    this.protection = setterObject<{ locked: boolean }>(["locked"], (_k, v) =>
      each(`protection.locked=${String(v)}`, (f) => (f.locked = Boolean(v))),
    );
    this.borders = {
      getItem: (edge: string) => {
        checkEnum("borderEdge", edge, "borders.getItem");
        return setterObject<{ style: string; weight: string; color: string }>(
          ["style", "weight", "color"],
          (k, v) => {
            if (k === "style") checkEnum("borderStyle", v, "border.style");
            if (k === "weight") checkEnum("borderWeight", v, "border.weight");
            if (k === "color") checkColor(v, "border.color");
            range.op(`format.borders(${edge}).${String(k)}=${String(v)}`, () =>
              setBorder(range, edge, k as string, v),
            );
          },
        );
      },
    };
  }

  private each(label: string, f: (fmt: FakeFormat) => void): void {
    this.range.op(`format.${label}`, () => this.range.forEachCell(true, (cell) => f(cell.format)));
  }

  set horizontalAlignment(v: string) {
    checkEnum("horizontalAlignment", v, "format.horizontalAlignment");
    this.each(`horizontalAlignment=${v}`, (f) => (f.hAlign = v));
  }
  set verticalAlignment(v: string) {
    checkEnum("verticalAlignment", v, "format.verticalAlignment");
    this.each(`verticalAlignment=${v}`, (f) => (f.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.each(`wrapText=${v}`, (f) => (f.wrap = v));
  }
  set columnWidth(v: number) {
    this.range.op(`format.columnWidth=${v}`, () => {
      const b = this.range.box();
      for (let c = b.left; c <= b.right; c++) this.range.sheet().columnWidths.set(c, v);
    });
  }
  set rowHeight(v: number) {
    this.range.op(`format.rowHeight=${v}`, () => {
      const b = this.range.box();
      for (let r = b.top; r <= b.bottom; r++) this.range.sheet().rowHeights.set(r + 1, v);
    });
  }
  set useStandardWidth(v: boolean) {
    this.range.op(`format.useStandardWidth=${v}`, () => {
      if (!v) return;
      const b = this.range.box();
      const s = this.range.sheet();
      for (const c of [...s.columnWidths.keys()])
        if (c >= b.left && c <= b.right) s.columnWidths.delete(c);
    });
  }
  set useStandardHeight(v: boolean) {
    this.range.op(`format.useStandardHeight=${v}`, () => {
      if (!v) return;
      const b = this.range.box();
      const s = this.range.sheet();
      for (const r of [...s.rowHeights.keys()])
        if (r - 1 >= b.top && r - 1 <= b.bottom) s.rowHeights.delete(r);
    });
  }
}

function setBorder(range: FakeRange, edge: string, key: string, value: unknown): void {
  const b = range.box();
  const apply = (r: number, c: number, side: Edge) => {
    const cell = range.cell(r, c)!;
    const borders = (cell.format.borders ??= {});
    const current = borders[side] ?? { style: "None" };
    borders[side] = { ...current, [key]: String(value) };
  };
  for (let r = b.top; r <= b.bottom; r++) {
    for (let c = b.left; c <= b.right; c++) {
      if (edge === "EdgeTop" && r === b.top) apply(r, c, "EdgeTop");
      if (edge === "EdgeBottom" && r === b.bottom) apply(r, c, "EdgeBottom");
      if (edge === "EdgeLeft" && c === b.left) apply(r, c, "EdgeLeft");
      if (edge === "EdgeRight" && c === b.right) apply(r, c, "EdgeRight");
      if (edge === "InsideHorizontal") {
        if (b.top === b.bottom)
          throw new FakeOfficeError("InvalidArgument", "No inside horizontal border in one row");
        if (r < b.bottom) apply(r, c, "EdgeBottom");
        if (r > b.top) apply(r, c, "EdgeTop");
      }
      if (edge === "InsideVertical") {
        if (b.left === b.right)
          throw new FakeOfficeError("InvalidArgument", "No inside vertical border in one column");
        if (c < b.right) apply(r, c, "EdgeRight");
        if (c > b.left) apply(r, c, "EdgeLeft");
      }
    }
  }
}

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}
  private current(): FakeValidation {
    const s = this.range.sheet();
    const address = boxAddress(this.range.box());
    let v = s.validations.find((x) => x.range === address);
    if (!v) {
      v = { range: address, rule: {} };
      s.validations.push(v);
    }
    return v;
  }
  clear(): void {
    this.range.op("dataValidation.clear()", () => {
      const s = this.range.sheet();
      const b = this.range.box();
      s.validations = s.validations.filter((v) => !overlaps(parseAddress(v.range), b));
    });
  }
  set rule(rule: Record<string, unknown>) {
    const kinds = Object.keys(rule);
    if (kinds.length !== 1)
      throw new FakeOfficeError("InvalidArgument", "A validation rule has exactly one kind");
    const body = rule[kinds[0]] as { source?: unknown; operator?: unknown };
    if (kinds[0] !== "list" && body.operator !== undefined) {
      checkEnum("operator", body.operator, "dataValidation.rule.operator");
    }
    this.range.op(`dataValidation.rule=${JSON.stringify(rule)}`, () => {
      const s = this.range.sheet();
      if (kinds[0] === "list") {
        checkListSource(
          String(body.source ?? ""),
          this.range.context.model.sheets.map((x) => x.name),
          "dataValidation.rule.list.source",
        );
      }
      const b = this.range.box();
      // Excel: a new rule replaces what was on those cells.
      s.validations = s.validations.filter(
        (v) => v.range === boxAddress(b) || !overlaps(parseAddress(v.range), b),
      );
      this.current().rule = rule;
    });
  }
  set errorAlert(alert: FakeValidation["errorAlert"]) {
    if (alert) checkEnum("alertStyle", alert.style, "dataValidation.errorAlert.style");
    this.range.op("dataValidation.errorAlert=", () => (this.current().errorAlert = alert));
  }
  set ignoreBlanks(v: boolean) {
    this.range.op("dataValidation.ignoreBlanks=", () => (this.current().ignoreBlanks = v));
  }
}

class FakeConditionalFormats {
  constructor(private readonly range: FakeRange) {}
  add(type: string): {
    custom: {
      rule: { formula: string };
      format: { fill: { color: string }; font: { color: string; bold: boolean } };
    };
  } {
    let cf: FakeConditionalFormat | undefined;
    this.range.op(`conditionalFormats.add(${type})`, () => {
      cf = { range: boxAddress(this.range.box()), type, format: {} };
      this.range.sheet().conditionalFormats.push(cf);
    });
    const later = (label: string, f: (c: FakeConditionalFormat) => void) =>
      this.range.op(`conditionalFormat.${label}`, () => {
        if (!cf) throw new FakeOfficeError("InvalidObjectPath", "conditional format not created");
        f(cf);
      });
    checkEnum("conditionalFormatType", type, "conditionalFormats.add");
    if (type !== "Custom")
      throw new FakeOfficeError("InvalidArgument", `Only Custom in the fake, got ${type}`);
    return {
      custom: {
        rule: setterObject<{ formula: string }>(["formula"], (_k, v) =>
          later("rule.formula", (c) => {
            checkFormula(
              String(v),
              this.range.context.model.sheets.map((x) => x.name),
              "conditionalFormat.custom.rule.formula",
            );
            c.formula = String(v);
          }),
        ),
        format: {
          fill: setterObject<{ color: string }>(["color"], (_k, v) => {
            checkColor(v, "conditionalFormat fill.color");
            later("fill.color", (c) => (c.format.fill = String(v)));
          }),
          font: setterObject<{ color: string; bold: boolean }>(["color", "bold"], (k, v) =>
            later(`font.${String(k)}`, (c) => {
              if (k === "color") c.format.fontColor = String(v);
              else c.format.bold = Boolean(v);
            }),
          ),
        },
      },
    };
  }
  clearAll(): void {
    this.range.op("conditionalFormats.clearAll()", () => {
      const s = this.range.sheet();
      const b = this.range.box();
      s.conditionalFormats = s.conditionalFormats.filter(
        (c) => !overlaps(parseAddress(c.range), b),
      );
    });
  }
}

/* ----------------------------------------------------------------- tables */

class FakeTableCollection extends FakeCollection<FakeTableProxy> {
  constructor(
    context: FakeContext,
    private readonly owner: FakeWorksheet | null,
  ) {
    super(context);
  }
  private list(): FakeTable[] {
    const all = this.context.model.tables;
    if (!this.owner) return all;
    const s = this.owner.resolve();
    return all.filter((t) => t.sheet === s);
  }
  protected readonly kind = "TableCollection";
  protected itemsNow(): FakeTableProxy[] {
    return this.list().map((t) => new FakeTableProxy(this.context, () => t));
  }
  add(address: string, hasHeaders: boolean): FakeTableProxy {
    if (!this.owner)
      throw new FakeOfficeError("InvalidArgument", "Use worksheet.tables.add in the fake");
    const owner = this.owner;
    let made: FakeTable | undefined;
    this.context.enqueue(`Tables.add(${address},${hasHeaders})`, () => {
      const sheet = owner.resolve();
      const box = parseAddress(address);
      if (
        this.context.model.tables.some(
          (t) => t.sheet === sheet && overlaps(parseAddress(t.range), box),
        )
      ) {
        throw new FakeOfficeError("InvalidOperation", "A table can't overlap another table.");
      }
      const n = this.context.model.tables.length + 1;
      made = { name: `Table${n}`, sheet, range: boxAddress(box), style: "TableStyleMedium2" };
      // Header cells must be distinct text; Excel fills blanks with "ColumnN".
      for (let c = box.left; c <= box.right; c++) {
        const key = cellAddress(box.top, c);
        const cell = sheet.cells.get(key) ?? { value: null, formula: null, format: {} };
        if (cell.value === null || cell.value === "") cell.value = `Column${c - box.left + 1}`;
        sheet.cells.set(key, cell);
      }
      this.context.model.tables.push(made);
    });
    return new FakeTableProxy(this.context, () => {
      if (!made) throw new FakeOfficeError("InvalidObjectPath", "table not created");
      return made;
    });
  }
  getItem(name: string): FakeTableProxy {
    return new FakeTableProxy(this.context, () => {
      const t = this.context.model.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw new FakeOfficeError("ItemNotFound", `Table "${name}" not found.`);
      return t;
    });
  }
}

class FakeTableProxy extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly table: () => FakeTable,
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    const t = this.table();
    if (prop === "name") return t.name;
    if (prop === "style") return t.style;
    throw new FakeOfficeError("InvalidArgument", `Table.${prop} is not in the fake`);
  }
  protected override navigate(prop: string): FakeObject | undefined {
    if (prop === "worksheet") return new FakeWorksheet(this.context, () => this.table().sheet);
    return undefined;
  }
  protected defaultProps(): string[] {
    return ["name", "style"];
  }
  get name(): string {
    return this.get("name");
  }
  set name(v: string) {
    this.context.enqueue(`Table.name=${v}`, () => {
      const t = this.table();
      const clash =
        this.context.model.tables.some(
          (x) => x !== t && x.name.toLowerCase() === v.toLowerCase(),
        ) || this.context.model.names.some((n) => n.name.toLowerCase() === v.toLowerCase());
      if (clash) throw new FakeOfficeError("InvalidArgument", `The name "${v}" is already in use.`);
      t.name = v;
    });
  }
  set style(v: string) {
    checkTableStyle(v, "Table.style");
    this.context.enqueue(`Table.style=${v}`, () => (this.table().style = v));
  }
  get worksheet(): FakeWorksheet {
    return this.get("worksheet");
  }
  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.table().sheet,
      () => this.table().range,
    );
  }
  getHeaderRowRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.table().sheet,
      () => {
        const b = parseAddress(this.table().range);
        return boxAddress({ ...b, bottom: b.top });
      },
    );
  }
  /** The table goes, its cells stay (Excel also keeps the table style as cell formats). */
  convertToRange(): FakeRange {
    this.context.enqueue("Table.convertToRange()", () => {
      const t = this.table();
      this.context.model.tables = this.context.model.tables.filter((x) => x !== t);
    });
    return new FakeRange(
      this.context,
      () => this.table().sheet,
      () => this.table().range,
    );
  }

  delete(): void {
    this.context.enqueue("Table.delete()", () => {
      const t = this.table();
      const m = this.context.model;
      m.tables = m.tables.filter((x) => x !== t);
      // Deleting a table removes its cells' contents too.
      const b = parseAddress(t.range);
      for (const key of [...t.sheet.cells.keys()]) {
        const { row, col } = parseCell(key);
        if (inBox(b, row, col)) t.sheet.cells.delete(key);
      }
    });
  }
}

/* ------------------------------------------------------------------ names */

class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected readonly kind = "NamedItemCollection";
  protected itemsNow(): FakeNamedItem[] {
    return this.context.model.names.map((n) => new FakeNamedItem(this.context, () => n));
  }
  add(name: string, reference: string): FakeNamedItem {
    this.context.enqueue(`Names.add(${name},${reference})`, () => {
      const m = this.context.model;
      if (m.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
        throw new FakeOfficeError("ItemAlreadyExists", `The name "${name}" already exists.`);
      }
      if (!/^=/.test(reference))
        throw new FakeOfficeError("InvalidArgument", "A reference starts with =");
      m.names.push({ name, formula: reference });
    });
    return this.getItem(name);
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const n = this.context.model.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!n) throw new FakeOfficeError("ItemNotFound", `Name "${name}" not found.`);
      return n;
    });
  }
}

class FakeNamedItem extends FakeObject {
  constructor(
    context: FakeContext,
    private readonly item: () => { name: string; formula: string },
  ) {
    super(context);
  }
  protected snapshot(prop: string): unknown {
    const n = this.item();
    if (prop === "name") return n.name;
    if (prop === "formula") return n.formula;
    if (prop === "visible") return true;
    throw new FakeOfficeError("InvalidArgument", `NamedItem.${prop} is not in the fake`);
  }
  protected defaultProps(): string[] {
    return ["name", "formula", "visible"];
  }
  get name(): string {
    return this.get("name");
  }
  get formula(): string {
    return this.get("formula");
  }
  delete(): void {
    this.context.enqueue("NamedItem.delete()", () => {
      const n = this.item();
      this.context.model.names = this.context.model.names.filter((x) => x !== n);
    });
  }
}

/* ------------------------------------------------------------------- host */

export interface FakeExcel {
  /** Drop-in for Excel.run. */
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** context.sync() calls so far, over all runs (including the implicit one at a run's end). */
  syncCount(): number;
  model: FakeModel;
  /** Every queued operation and sync, in order. */
  log: string[];
  /** Internal counter, use syncCount(). */
  syncs: number;
  /** Excel.run calls so far (one per batch: what a user action should take). */
  runCount(): number;
  /** Internal counter, use runCount(). */
  runs: number;
  /** Request and response bytes of each sync, in order. */
  payloads: { request: number; response: number }[];
  /** Bytes over which a request or a response is refused (Excel on the web: 5 MB). */
  payloadLimit: number;
}

/** A fake Excel with one empty visible sheet, "Sheet1", like a new workbook. */
export function createFakeExcel(options: { sheets?: string[] } = {}): FakeExcel {
  const host: FakeExcel = {
    model: {
      sheets: (options.sheets ?? ["Sheet1"]).map(newSheet),
      tables: [],
      names: [],
      activeSheet: null,
      selection: null,
      calculationSuspended: 0,
    },
    log: [],
    syncs: 0,
    payloads: [],
    payloadLimit: PAYLOAD_LIMIT,
    syncCount: () => host.syncs,
    runs: 0,
    runCount: () => host.runs,
    run: async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      host.runs++;
      const ctx = new FakeContext(host);
      try {
        const result = await batch(ctx as unknown as Excel.RequestContext);
        if (ctx.queue.some((op) => op.write)) await ctx.sync();
        return result;
      } finally {
        ctx.closed = true;
      }
    },
  };
  host.model.activeSheet = host.model.sheets[0]?.name ?? null;
  return host;
}

/** The syncs since `from` (a syncCount()), with their bytes and the largest request or response. */
export function syncsSince(
  fake: FakeExcel,
  from = 0,
): { syncs: number; bytes: number; largest: number } {
  const p = fake.payloads.slice(from);
  return {
    syncs: p.length,
    bytes: p.reduce((n, x) => n + x.request + x.response, 0),
    largest: Math.max(0, ...p.map((x) => Math.max(x.request, x.response))),
  };
}

/** Test convenience: the cell of a sheet in the model (undefined when never touched). */
export function modelCell(model: FakeModel, sheet: string, address: string): FakeCell | undefined {
  return model.sheets.find((s) => s.name === sheet)?.cells.get(address);
}
