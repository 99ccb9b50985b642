import { useState } from "react";
import {
  FluentProvider,
  webLightTheme,
  webDarkTheme,
  Tab,
  TabList,
  Text,
  Title2,
  Caption1,
  Dropdown,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { translator, type Lang } from "../i18n";
import type { HostInfo } from "./host";
import { PAGES, type PageId, pageComponent } from "./pages";

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
  lang: { minWidth: "96px" },
});

export function App({ host, initialPage }: { host: HostInfo; initialPage?: string }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(host.lang);
  const [page, setPage] = useState<PageId>(
    PAGES.includes(initialPage as PageId) ? (initialPage as PageId) : "plan",
  );
  const t = translator(lang);
  const Page = pageComponent(page);
  return (
    <FluentProvider
      theme={host.dark ? webDarkTheme : webLightTheme}
      lang={lang === "vi" ? "vi-VN" : "en-US"}
    >
      <main className={styles.shell}>
        <header className={styles.header}>
          <div>
            <Title2 as="h1">{t("taskpane.title")}</Title2>
            <div>
              <Caption1>
                {t(host.mode === "office" ? "taskpane.mode.office" : "taskpane.mode.browser")}
              </Caption1>
            </div>
          </div>
          <Dropdown
            className={styles.lang}
            aria-label={t("taskpane.language")}
            value={lang === "vi" ? "Tiếng Việt" : "English"}
            selectedOptions={[lang]}
            onOptionSelect={(_, d) => setLang(d.optionValue === "en" ? "en" : "vi")}
          >
            <Option value="vi">Tiếng Việt</Option>
            <Option value="en">English</Option>
          </Dropdown>
        </header>
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
        <section aria-labelledby="page-title">
          <Page t={t} lang={lang} mode={host.mode} />
        </section>
        <Text size={200}>{t("taskpane.privacy")}</Text>
      </main>
    </FluentProvider>
  );
}
