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

/** What a page can see of the window that says an Office host opened it (read as office.js does). */
export interface HostScope {
  location?: { search?: string; hash?: string };
  name?: string;
  sessionStorage?: { getItem(key: string): string | null };
  external?: { GetHostInfo?: () => string };
  agaveHost?: { GetHostInfo?: () => string };
}

/**
 * Does anything show an Office host opened this page? The same places office.js looks: the
 * desktop bridge (window.external or agaveHost), the "_host_Info" query, window.name, the
 * session's "hostInfoValue". None of them says "slow"; their absence says "plain browser".
 */
export function officeHostEvident(scope: HostScope): boolean {
  const guard = (f: () => unknown) => {
    try {
      return Boolean(f());
    } catch {
      // A foreign window.external may throw on access: that is no evidence of Office.
      return false;
    }
  };
  return (
    guard(() => scope.external?.GetHostInfo?.()) ||
    guard(() => scope.agaveHost?.GetHostInfo?.()) ||
    /[?&#]_host_Info=/i.test(`${scope.location?.search ?? ""}${scope.location?.hash ?? ""}`) ||
    guard(() => (JSON.parse(scope.name || "null") as { hostInfo?: string } | null)?.hostInfo) ||
    guard(() => scope.sessionStorage?.getItem("hostInfoValue"))
  );
}

/**
 * Resolves once Office.js has answered. Inside an Office host it waits for Office.onReady
 * however long the first load takes (Excel on the web can take more than 3 s); only a page
 * with no sign of a host gives up after `browserWaitMs` and runs in browser mode.
 */
export async function detectHost(
  browserWaitMs = 3000,
  scope: HostScope = globalThis as unknown as HostScope,
): Promise<HostInfo> {
  const browserLang = langFromLocale(typeof navigator !== "undefined" ? navigator.language : "vi");
  const browser = (): HostInfo => ({
    mode: "browser",
    lang: browserLang === "en" ? "en" : "vi",
    dark: false,
  });
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return browser();
  const info = officeHostEvident(scope)
    ? await Office.onReady()
    : await Promise.race([
        Office.onReady(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), browserWaitMs)),
      ]);
  if (!info || info.host !== Office.HostType.Excel) {
    quietOfficeTelemetry(globalThis as unknown as OfficeInternals);
    return browser();
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
