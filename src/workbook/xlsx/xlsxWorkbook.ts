/**
 * The file adapter: the workbook port over an in-memory ExcelJS workbook.
 * No Node-only APIs here (the browser build uses it too); callers do the file I/O.
 */
import { sameSheet, sheetKey } from "../../domain/address";
import type * as ExcelJS from "exceljs";
import type { WorkbookPort } from "../port";
import type {
  DefinedName,
  ReadRequest,
  SheetData,
  SheetEdit,
  SheetInfo,
  SheetVisibility,
  WorkbookEdit,
  WorkbookInfo,
  WorkbookSnapshot,
} from "../../domain/sheet";
import { TEXT_FONT } from "../textFont";
import { excelFont } from "./excelStyle";
import { normalFontOf, setNormalFont, type NormalFont } from "./normalFont";
import { excelJs } from "./excelJs";
import { absolutePrintArea } from "./pageSetup";
import { readWorksheet } from "./readSheet";
import { checkNameReference } from "../shared/references";
import { applySheetEdit, internals, tableName, tableRange, type TableLike } from "./sheetEdit";
import { validateEdit, type WorkbookLayout } from "../shared/validateEdit";

interface NameModel {
  name: string;
  ranges: string[];
  localSheetId?: number;
}

/** Excel compares sheet names without regard to case. */
const sameName = sameSheet;

export interface XlsxWorkbookOptions {
  /** The Normal style's font (default: a new workbook Times New Roman 12, a loaded one its own). */
  normalFont?: NormalFont;
}

/**
 * The font of a cell we write that names none: Times New Roman (Nghị định 30/2020) at the Normal
 * size when the Normal style is Times New Roman too, else at 12.
 */
function textFontFor(normal: NormalFont): NormalFont {
  return normal.name === TEXT_FONT.name ? normal : TEXT_FONT;
}

export class XlsxWorkbook implements WorkbookPort {
  /** Cells written without a font of their own get this one. */
  private readonly textFont: Partial<ExcelJS.Font>;

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    /** Written as the Normal style on every save: ExcelJS itself always writes Calibri 11. */
    readonly normalFont: NormalFont,
  ) {
    this.textFont = excelFont(textFontFor(normalFont));
  }

  static create(options: XlsxWorkbookOptions = {}): XlsxWorkbook {
    const wb = new (excelJs().Workbook)();
    wb.creator = "cchc";
    wb.created = new Date();
    return new XlsxWorkbook(wb, options.normalFont ?? TEXT_FONT);
  }

  static async load(
    buffer: Uint8Array | ArrayBuffer,
    options: XlsxWorkbookOptions = {},
  ): Promise<XlsxWorkbook> {
    const wb = new (excelJs().Workbook)();
    // ExcelJS's typings want a Node Buffer; at run time it takes any binary (JSZip underneath).
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    const normal = options.normalFont ?? normalFontOf(bytes) ?? TEXT_FONT;
    return new XlsxWorkbook(wb, normal);
  }

  async toBuffer(): Promise<Uint8Array> {
    const wb = this.workbook;
    for (const ws of wb.worksheets) {
      if (ws.pageSetup?.printArea)
        ws.pageSetup.printArea = absolutePrintArea(ws.pageSetup.printArea);
    }
    this.keepActiveSheetVisible();
    // ExcelJS writes formulas without cached results: ask Excel to calculate on open.
    wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
    wb.modified = new Date();
    // Stored, not deflated: setNormalFont rewrites the package and compresses it once.
    const out = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } });
    return setNormalFont(new Uint8Array(out as ArrayBuffer), this.normalFont);
  }

  async sheets(): Promise<SheetInfo[]> {
    const activeTab = this.workbook.views?.[0]?.activeTab ?? 0;
    return this.workbook.worksheets.map((ws, i) => ({
      name: ws.name,
      visibility: ws.state ?? "visible",
      ...(i === activeTab ? { active: true } : {}),
    }));
  }

  async read(requests: ReadRequest[]): Promise<SheetData[]> {
    return requests.map((req) => {
      const ws = this.find(req.sheet);
      if (!ws) throw new Error(`Sheet "${req.sheet}" not found`);
      return readWorksheet(ws, req, this.normalFont.name);
    });
  }

  async names(): Promise<DefinedName[]> {
    return this.nameModel()
      .filter((n) => n.localSheetId === undefined && !n.name.startsWith("_xlnm."))
      .map((n) => ({ name: n.name, refersTo: `=${n.ranges.join(",")}` }));
  }

  async update(
    plan: (info: WorkbookInfo) => ReadRequest[],
    make: (snapshot: WorkbookSnapshot) => WorkbookEdit | null,
  ): Promise<WorkbookSnapshot> {
    const info = { sheets: await this.sheets(), names: await this.names() };
    const snapshot = { ...info, data: await this.read(plan(info)) };
    const edit = make(snapshot);
    if (edit) await this.apply(edit);
    return snapshot;
  }

  async select(): Promise<void> {
    // No UI behind a file.
  }

  async apply(edit: WorkbookEdit): Promise<void> {
    const wb = this.workbook;
    // The same check as in Excel, before anything changes (shared/validateEdit.ts).
    validateEdit(this.layout(), edit);
    // Same order as the Office adapter: a sheet both deleted and edited is deleted first,
    // the other deletions come after the edits.
    const edited = new Set(edit.sheets.map((s) => sheetKey(s.name)));
    const remove = (name: string) => {
      const ws = this.find(name);
      if (ws) wb.removeWorksheet(ws.id);
    };
    const deletions = edit.deleteSheets ?? [];
    const isEdited = (n: string) => edited.has(sheetKey(n));
    deletions.filter(isEdited).forEach(remove);
    for (const sheetEdit of edit.sheets) {
      try {
        const ws = this.sheetFor(sheetEdit);
        applySheetEdit(wb, ws, sheetEdit, this.textFont);
        if (sheetEdit.position !== undefined) this.move(ws, sheetEdit.position);
      } catch (err) {
        const message = (err as Error).message;
        if (message.includes(`"${sheetEdit.name}"`)) throw err;
        throw new Error(`Sheet "${sheetEdit.name}" (${sheetEdit.mode}): ${message}`, {
          cause: err,
        });
      }
    }
    if (edit.names?.length) this.setNames(edit.names);
    deletions.filter((n) => !isEdited(n)).forEach(remove);
    const all = wb.worksheets;
    if (all.length > 0 && !all.some((ws) => ws.state === "visible")) {
      throw new Error("A workbook must keep at least one visible sheet");
    }
    const active = [...edit.sheets].reverse().find((s) => s.activate);
    if (active) this.activate(active.name);
  }

  /** Sheets, tables (with ranges) and names as they are now, for validateEdit. */
  private layout(): WorkbookLayout {
    return {
      sheets: this.workbook.worksheets.map((ws) => ({
        name: ws.name,
        visibility: (ws.state ?? "visible") as SheetVisibility,
      })),
      tables: this.workbook.worksheets.flatMap((ws) =>
        (ws.getTables() as unknown as TableLike[]).map((t) => ({
          name: tableName(t),
          sheet: ws.name,
          range: tableRange(t) || undefined,
        })),
      ),
      names: this.nameModel().map((n) => ({ name: n.name })),
    };
  }

  private find(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((ws) => sameName(ws.name, name));
  }

  private sheetFor(edit: SheetEdit): ExcelJS.Worksheet {
    const wb = this.workbook;
    const existing = this.find(edit.name);
    switch (edit.mode) {
      case "create":
        if (existing) throw new Error(`Sheet "${edit.name}" already exists`);
        return wb.addWorksheet(edit.name);
      case "update":
        return existing ?? wb.addWorksheet(edit.name);
      case "replace": {
        if (!existing) return wb.addWorksheet(edit.name);
        // A fresh sheet in the same place clears values, formats, merges, tables, validations
        // and conditional formats at once; visibility and tab colour stay.
        const { state, name } = existing;
        const { orderNo } = internals(existing);
        const tabColor = existing.properties?.tabColor;
        wb.removeWorksheet(existing.id);
        const ws = wb.addWorksheet(name, { state, properties: tabColor ? { tabColor } : {} });
        internals(ws).orderNo = orderNo;
        return ws;
      }
    }
  }

  private move(ws: ExcelJS.Worksheet, position: number): void {
    const order = this.workbook.worksheets.filter((w) => w !== ws);
    const at = Math.max(0, Math.min(position, order.length));
    order.splice(at, 0, ws);
    order.forEach((w, i) => (internals(w).orderNo = i + 1));
  }

  private nameModel(): NameModel[] {
    return (this.workbook.definedNames as unknown as { model: NameModel[] }).model;
  }

  private setNames(names: DefinedName[]): void {
    const replaced = new Set(names.map((n) => n.name.toLowerCase()));
    const model = this.nameModel().filter((n) => !replaced.has(n.name.toLowerCase()));
    for (const n of names)
      model.push({ name: n.name, ranges: [checkNameReference(n.name, n.refersTo)] });
    (this.workbook.definedNames as unknown as { model: NameModel[] }).model = model;
  }

  private activate(name: string): void {
    const sheets = this.workbook.worksheets;
    const index = sheets.findIndex((ws) => sameName(ws.name, name));
    if (index < 0) throw new Error(`Sheet "${name}" not found to activate`);
    if (sheets[index].state !== "visible") {
      throw new Error(`Sheet "${name}" is hidden and cannot be the active sheet`);
    }
    this.setActiveTab(index);
  }

  private setActiveTab(index: number): void {
    const wb = this.workbook;
    const view = wb.views?.[0] ?? { x: 0, y: 0, width: 12000, height: 8000, visibility: "visible" };
    wb.views = [{ ...view, firstSheet: 0, activeTab: index }];
    wb.worksheets.forEach((ws, i) => {
      // A sheet read from a file may have no views at all.
      const views = ws.views ?? [];
      const view = { ...views[0], tabSelected: i === index } as unknown as ExcelJS.WorksheetView;
      ws.views = [view, ...views.slice(1)];
    });
  }

  /** Excel opens on the active tab; a hidden one would leave the user on an invisible sheet. */
  private keepActiveSheetVisible(): void {
    const sheets = this.workbook.worksheets;
    if (sheets.length === 0) return;
    const current = this.workbook.views?.[0]?.activeTab ?? 0;
    if (sheets[current]?.state === "visible") return;
    const firstVisible = sheets.findIndex((ws) => ws.state === "visible");
    if (firstVisible >= 0) this.setActiveTab(firstVisible);
  }
}
