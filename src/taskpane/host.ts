/** Where the task pane runs: inside Excel, or in a plain browser on .xlsx files. */
import { langFromLocale, type Lang } from "../i18n";
import { requirementSetsSupported } from "../workbook/office/requirements";

export type Mode = "office" | "browser";

export interface HostInfo {
  mode: Mode;
  lang: Lang;
  /** Office theme's body background, to pick a light or dark Fluent theme. */
  dark: boolean;
  /** In Excel: the API requirement sets this Excel lacks ("ExcelApi 1.9"); empty when all is there. */
  missingSets?: string[];
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
    quietOfficeTelemetry(globalThis as unknown as OfficeInternals);
    return { mode: "browser", lang: browserLang === "en" ? "en" : "vi", dark: false };
  }
  const theme = Office.context.officeTheme;
  const dark = theme ? isDark(theme.bodyBackgroundColor) : false;
  const { missing } = requirementSetsSupported();
  return {
    mode: "office",
    lang: langFromLocale(Office.context.displayLanguage),
    dark,
    missingSets: missing,
  };
}

function isDark(hex: string): boolean {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return false;
  const n = parseInt(m[1], 16);
  const luminance = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminance < 128;
}

/** The parts of office.js's internals that send telemetry outside a host. */
export interface OfficeInternals {
  OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } };
  OSFAppTelemetry?: { enableTelemetry?: boolean };
}

/**
 * Outside Office, office.js still starts its logger, which frames Microsoft's telemetry service
 * three seconds after loading. The page's CSP blocks that frame anyway (F13: nothing leaves the
 * machine); this stops office.js from trying, so the browser reports no blocked request.
 * Guarded: if office.js changes these internals, the CSP still does the blocking.
 */
export function quietOfficeTelemetry(scope: OfficeInternals): void {
  const uls = scope.OSF?.Logger?.ulsEndpoint;
  if (uls && typeof uls.loadProxyFrame === "function") uls.loadProxyFrame = () => undefined;
  if (scope.OSFAppTelemetry) scope.OSFAppTelemetry.enableTelemetry = false;
}
