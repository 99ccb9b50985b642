/** What every page shares: the services, the language, the settings and (browser mode) the open file. */
import { createContext, useContext } from "react";
import type { Lang, T } from "../i18n";
import type { Mode } from "./host";
import type { OpenFile, PaneSettings, Services } from "./services";
import type { PaneStore } from "./components/paneState";

export interface Pane {
  services: Services;
  mode: Mode;
  lang: Lang;
  t: T;
  settings: PaneSettings;
  /** Changes settings and keeps them (document settings in Excel, localStorage in a browser). */
  updateSettings(change: (s: PaneSettings) => PaneSettings): void;
  /** Browser mode: the workbook the pages work on, and whether it changed since it was opened. */
  file: OpenFile | null;
  fileChanged: boolean;
  setFile(file: OpenFile | null): void;
  markFileChanged(): void;
  /** What pages keep across tabs (components/paneState.ts). */
  store: PaneStore;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane: no PaneContext above this component");
  return pane;
}
