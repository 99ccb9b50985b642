/** Where the task pane runs: inside Excel, or in a plain browser on .xlsx files. */
import { langFromLocale, type Lang } from "../i18n";

export type Mode = "office" | "browser";

export interface HostInfo {
  mode: Mode;
  lang: Lang;
  /** Office theme's body background, to pick a light or dark Fluent theme. */
  dark: boolean;
}

/** Resolves once Office.js has answered, or at once when office.js is absent (browser mode). */
export async function detectHost(timeoutMs = 3000): Promise<HostInfo> {
  const browserLang = langFromLocale(typeof navigator !== "undefined" ? navigator.language : "vi");
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return { mode: "browser", lang: browserLang === "en" ? "en" : "vi", dark: false };
  }
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || info.host !== Office.HostType.Excel) {
    return { mode: "browser", lang: "vi", dark: false };
  }
  const theme = Office.context.officeTheme;
  const dark = theme ? isDark(theme.bodyBackgroundColor) : false;
  return { mode: "office", lang: langFromLocale(Office.context.displayLanguage), dark };
}

function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const luminance = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 128;
}
