/** Where the pane keeps its settings: the document in Excel, localStorage in a browser. */
import {
  SETTINGS_KEY,
  documentSettings,
  localSettings,
  sanitizeSettings,
  type DocumentSettings,
} from "../../src/taskpane/settingsStore";
import { DEFAULT_SETTINGS, type PaneSettings } from "../../src/taskpane/services";

const changed: PaneSettings = {
  lang: "en",
  deadlines: { fifthOnTime: true, shiftOffDays: false },
  print: { ...DEFAULT_SETTINGS.print, signerName: "Nguyễn Văn A", date: "2020-06-05" },
};

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    map,
  };
}

describe("browser mode: localStorage", () => {
  test("starts from the defaults and keeps what is saved", async () => {
    const storage = memoryStorage();
    const store = localSettings(storage);
    expect(store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save(changed);
    expect(localSettings(storage).load()).toEqual(changed);
  });

  test("a damaged entry falls back to the defaults field by field", () => {
    const storage = memoryStorage();
    storage.setItem(SETTINGS_KEY, "{not json");
    expect(localSettings(storage).load()).toEqual(DEFAULT_SETTINGS);
    storage.setItem(
      SETTINGS_KEY,
      JSON.stringify({
        lang: "fr",
        deadlines: { fifthOnTime: "yes" },
        print: { agency: 5, place: "Lào Cai" },
      }),
    );
    const loaded = localSettings(storage).load();
    expect(loaded.lang).toBeUndefined();
    expect(loaded.deadlines).toEqual(DEFAULT_SETTINGS.deadlines);
    expect(loaded.print).toEqual({ ...DEFAULT_SETTINGS.print, place: "Lào Cai" });
  });
});

describe("Excel: the document's settings", () => {
  function fakeDocumentSettings(result: "succeeded" | "failed") {
    const values = new Map<string, unknown>();
    const settings: DocumentSettings & { saved: number } = {
      saved: 0,
      get: (name) => values.get(name),
      set: (name, value) => void values.set(name, value),
      saveAsync(callback) {
        if (result === "succeeded") settings.saved++;
        callback?.({
          status: result,
          error: result === "failed" ? { message: "Sổ làm việc chỉ đọc" } : undefined,
        } as unknown as Office.AsyncResult<void>);
      },
    };
    return settings;
  }

  test("saves into the workbook and reads back", async () => {
    const doc = fakeDocumentSettings("succeeded");
    await documentSettings(doc).save(changed);
    expect(doc.saved).toBe(1);
    expect(documentSettings(doc).load()).toEqual(changed);
  });

  test("a failed save is reported, not swallowed", async () => {
    const doc = fakeDocumentSettings("failed");
    await expect(documentSettings(doc).save(changed)).rejects.toThrow("Sổ làm việc chỉ đọc");
  });

  test("an empty document has the defaults", () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
