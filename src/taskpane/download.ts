/**
 * Handing files to the user without any server: a Blob, an object URL and a click on an
 * <a download>. In Excel, a made workbook can instead open in a new Excel window.
 */
import type { Download } from "./services";
import { openNewWorkbook } from "../workbook/office/newWorkbook";

export function saveDownload(file: Download, doc: Document = document): void {
  // Copy into a fresh ArrayBuffer-backed array: a Blob part must not be a view on shared memory.
  const blob = new Blob([file.bytes.slice()], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = file.name;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Excel: opens the workbook in a new window, unsaved, for the user to save. */
export async function openWorkbookInExcel(file: Download): Promise<void> {
  await openNewWorkbook(file.bytes);
}
