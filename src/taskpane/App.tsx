import { useCallback, useMemo, useRef, useState } from "react";
import {
  MessageBar,
  MessageBarBody,
  FluentProvider,
  webLightTheme,
  webDarkTheme,
  Tab,
  TabList,
  Text,
  Subtitle2,
  Caption1,
  Dropdown,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translator, type Lang } from "../i18n";
import type { HostInfo } from "./host";
import { PAGES, type PageId, pageComponent } from "./pages";
import { PaneContext, type Pane } from "./context";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { createPaneStore } from "./components/paneState";
import type { OpenFile, PaneSettings, Services } from "./services";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: "12px",
  },
  header: {
    display: "flex",
    justifyContent: "space-between",
    alignItems: "flex-start",
    gap: "8px",
  },
  title: { margin: 0 },
  lang: { minWidth: "120px" },
});

export function App({
  host,
  services,
  initialPage,
}: {
  host: HostInfo;
  services: Services;
  initialPage?: string;
}) {
  const styles = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(() => services.settings.load());
  // The latest settings, so a change builds on the one before even within one render.
  const current = useRef(settings);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const lang: Lang = settings.lang ?? host.lang;
  const [page, setPage] = useState<PageId>(
    PAGES.includes(initialPage as PageId) ? (initialPage as PageId) : "plan",
  );
  const [file, setFileState] = useState<OpenFile | null>(null);
  const [fileChanged, setFileChanged] = useState(false);
  const t = useMemo(() => translator(lang), [lang]);
  // What pages keep while the user is on another tab (a running merge, its result).
  const [store] = useState(createPaneStore);

  const updateSettings = useCallback(
    (change: (s: PaneSettings) => PaneSettings) => {
      const next = change(current.current);
      current.current = next;
      setSettings(next);
      services.settings.save(next).then(
        () => setSettingsError(null),
        (err: Error) => setSettingsError(err.message),
      );
    },
    [services],
  );
  const setFile = useCallback((f: OpenFile | null) => {
    setFileState(f);
    setFileChanged(false);
  }, []);
  const markFileChanged = useCallback(() => setFileChanged(true), []);

  const pane: Pane = {
    services,
    mode: host.mode,
    lang,
    t,
    settings,
    updateSettings,
    file,
    fileChanged,
    setFile,
    markFileChanged,
    store,
  };
  const Page = pageComponent(page);
  return (
    <FluentProvider
      theme={host.dark ? webDarkTheme : webLightTheme}
      lang={lang === "vi" ? "vi-VN" : "en-US"}
    >
      <PaneContext.Provider value={pane}>
        <main className={styles.shell} lang={lang}>
          <header className={styles.header}>
            <div>
              <Subtitle2 as="h1" block className={styles.title}>
                {t("taskpane.title")}
              </Subtitle2>
              <Caption1 block>
                {t(host.mode === "office" ? "taskpane.mode.office" : "taskpane.mode.browser")}
              </Caption1>
            </div>
            <Dropdown
              className={styles.lang}
              aria-label={t("taskpane.language")}
              value={lang === "vi" ? "Tiếng Việt" : "English"}
              selectedOptions={[lang]}
              onOptionSelect={(_, d) =>
                updateSettings((s) => ({ ...s, lang: d.optionValue === "en" ? "en" : "vi" }))
              }
            >
              <Option value="vi">Tiếng Việt</Option>
              <Option value="en">English</Option>
            </Dropdown>
          </header>
          {host.missingSets && host.missingSets.length > 0 && (
            <MessageBar intent="warning" role="alert">
              <MessageBarBody>
                {t("taskpane.requirements.missing", { sets: host.missingSets.join(", ") })}
              </MessageBarBody>
            </MessageBar>
          )}
          <nav aria-label={t("taskpane.pages")}>
            <TabList
              selectedValue={page}
              onTabSelect={(_, d) => setPage(d.value as PageId)}
              aria-label={t("taskpane.pages")}
              size="small"
            >
              {PAGES.map((p) => (
                <Tab key={p} value={p}>
                  {t(`taskpane.page.${p}`)}
                </Tab>
              ))}
            </TabList>
          </nav>
          {settingsError && (
            <Text role="alert" size={200}>
              {t("taskpane.settings.saveFailed", { error: settingsError })}
            </Text>
          )}
          <section aria-labelledby="page-title">
            <ErrorBoundary lang={lang} resetKey={page}>
              <Page />
            </ErrorBoundary>
          </section>
          <Text size={200}>{t("taskpane.privacy")}</Text>
        </main>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
