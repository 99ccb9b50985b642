/** Excel (ExcelApi 1.8): a made workbook opens in a new, unsaved Excel window. */

/** Base64 of bytes, in slices so large workbooks don't overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const step = 0x8000;
  for (let i = 0; i < bytes.length; i += step) {
    binary += String.fromCharCode(...bytes.subarray(i, i + step));
  }
  return btoa(binary);
}

export async function openNewWorkbook(bytes: Uint8Array): Promise<void> {
  try {
    await Excel.createWorkbook(toBase64(bytes));
  } catch (err) {
    throw new Error(
      `Excel could not open the workbook in a new window: ${(err as Error).message}`,
      {
        cause: err,
      },
    );
  }
}
