/** Hand a made workbook to the user: Excel opens it in a new window, a browser saves it. */
import { usePane } from "../context";
import type { Download } from "../services";

/** The returned function resolves to the sentence saying what happened. */
export function useDeliver(): (f: Download) => Promise<string> {
  const { t, mode, services } = usePane();
  return async (f) => {
    if (mode !== "browser" && services.openInExcel) {
      await services.openInExcel(f);
      return t("taskpane.report.openedInExcel", { name: f.name });
    }
    services.download(f);
    return t("taskpane.download.done", { name: f.name });
  };
}
