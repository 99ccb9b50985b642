import type { ComponentType } from "react";
import { PlanPage } from "./PlanPage";
import { CheckPage } from "./CheckPage";
import { ReportPage } from "./ReportPage";
import { MergePage } from "./MergePage";
import { PrintPage } from "./PrintPage";

export const PAGES = ["plan", "check", "report", "merge", "print"] as const;
export type PageId = (typeof PAGES)[number];

const pages: Record<PageId, ComponentType> = {
  plan: PlanPage,
  check: CheckPage,
  report: ReportPage,
  merge: MergePage,
  print: PrintPage,
};

export const pageComponent = (id: PageId): ComponentType => pages[id];
