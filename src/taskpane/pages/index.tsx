import type { ComponentType } from "react";
import { Subtitle2, Body1 } from "@fluentui/react-components";
import type { Lang, T } from "../../i18n";
import type { Mode } from "../host";

export const PAGES = ["plan", "check", "report", "merge", "print"] as const;
export type PageId = (typeof PAGES)[number];

export interface PageProps {
  t: T;
  lang: Lang;
  mode: Mode;
}

/** A page not built yet: its title and what it will do. */
function placeholder(id: PageId): ComponentType<PageProps> {
  return function Placeholder({ t }: PageProps) {
    return (
      <div>
        <Subtitle2 as="h2" id="page-title">
          {t(`taskpane.page.${id}`)}
        </Subtitle2>
        <Body1 as="p">{t(`taskpane.page.${id}.description`)}</Body1>
      </div>
    );
  };
}

const pages: Record<PageId, ComponentType<PageProps>> = {
  plan: placeholder("plan"),
  check: placeholder("check"),
  report: placeholder("report"),
  merge: placeholder("merge"),
  print: placeholder("print"),
};

export const pageComponent = (id: PageId): ComponentType<PageProps> => pages[id];
