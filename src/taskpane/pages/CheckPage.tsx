/**
 * Kiểm tra: check every agency cell of the workbook against the registry, list what is wrong
 * with a suggestion and the reason, and fix one cell or all the safe ones.
 */
import { useState } from "react";
import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../context";
import { ActionStatus } from "../components/ActionStatus";
import { PageHeading, Section } from "../components/Section";
import { WorkingFile } from "../components/WorkingFile";
import { useAction } from "../components/useAction";
import type { AgencyProblem } from "../services";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "8px" },
  dl: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: "anywhere" },
});

const keyOf = (p: AgencyProblem) => `${p.sheet}!${p.cell}|${p.text}`;

/** 'Danh mục cơ quan'!C7 as Excel writes it; the sheet alone when the problem has no cell. */
export function cellRef(p: Pick<AgencyProblem, "sheet" | "cell">): string {
  const sheet = /^[\p{L}\d_]+$/u.test(p.sheet) ? p.sheet : `'${p.sheet.replace(/'/g, "''")}'`;
  return p.cell ? `${sheet}!${p.cell}` : sheet;
}

export function CheckPage() {
  const styles = useStyles();
  const { t, lang, mode, services, file, markFileChanged } = usePane();
  const action = useAction(t);
  const browser = mode === "browser";
  const [problems, setProblems] = useState<AgencyProblem[] | null>(null);
  const [where, setWhere] = useState<string | null>(null);
  const safe = (problems ?? []).filter((p) => p.safe && p.suggestion !== null);

  const check = () =>
    action.run(async () => {
      setWhere(null);
      const out = await services.checkAgencies(lang);
      // The check marks problem cells in the workbook: in a browser that is a change to save.
      if (browser) markFileChanged();
      const found = out.problems;
      setProblems(found);
      if (found.length === 0) return { intent: "success", text: out.message, lines: out.notes };
      const fixable = found.filter((p) => p.safe && p.suggestion !== null).length;
      return {
        intent: "warning",
        text: `${out.message} ${t("taskpane.check.found", { count: found.length, safe: fixable })}`,
        lines: out.notes,
      };
    });

  const fixOne = (p: AgencyProblem) =>
    action.run(async () => {
      await services.fixOne(p, lang);
      if (browser) markFileChanged();
      setProblems((list) => (list ?? []).filter((q) => keyOf(q) !== keyOf(p)));
      return {
        intent: "success",
        text: t("taskpane.check.fixed", { cell: cellRef(p), value: p.suggestion ?? "" }),
      };
    });

  const fixAll = () =>
    action.run(async () => {
      const chosen = safe;
      const changed = await services.fixAll(chosen, lang);
      if (browser) markFileChanged();
      const done = new Set(chosen.map(keyOf));
      const left = (problems ?? []).filter((q) => !done.has(keyOf(q)));
      setProblems(left);
      return {
        intent: "success",
        text: t("taskpane.check.fixedAll", { count: changed, left: left.length }),
      };
    });

  const go = async (p: AgencyProblem) => {
    if (browser || !p.cell) {
      // No Excel to move the selection in: say where the cell is.
      setWhere(
        p.cell
          ? t("taskpane.check.where", { sheet: p.sheet, cell: p.cell })
          : t("taskpane.check.whereSheet", { sheet: p.sheet }),
      );
      return;
    }
    try {
      await services.select(p.sheet, p.cell);
    } catch (err) {
      action.show({ intent: "error", text: (err as Error).message });
    }
  };

  return (
    <div className={styles.page}>
      <PageHeading
        title={t("taskpane.page.check")}
        description={t("taskpane.page.check.description")}
      />
      {browser && <WorkingFile purpose={t("taskpane.check.filePurpose")} />}
      <Section
        title={t("taskpane.check.run.title")}
        description={t("taskpane.check.run.description")}
      >
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={check}
            disabled={action.running || (browser && !file)}
          >
            {t("taskpane.check.run.button")}
          </Button>
          {problems && problems.length > 0 && (
            <Button onClick={fixAll} disabled={action.running || safe.length === 0}>
              {t("taskpane.check.fixAll", { count: safe.length })}
            </Button>
          )}
        </div>
      </Section>
      <ActionStatus action={action} busyText={t("taskpane.check.busy")} />
      <div aria-live="polite">{where && <Text weight="semibold">{where}</Text>}</div>
      {problems && problems.length > 0 && (
        <ul className={styles.list} aria-label={t("taskpane.check.list")}>
          {problems.map((p) => (
            <li key={keyOf(p)} className={styles.item}>
              <div className={styles.head}>
                <Button
                  appearance="transparent"
                  onClick={() => go(p)}
                  aria-label={t("taskpane.check.goTo", { sheet: p.sheet, cell: p.cell })}
                >
                  {cellRef(p)}
                </Button>
                <Badge
                  appearance="tint"
                  color={p.safe && p.suggestion !== null ? "success" : "warning"}
                >
                  {t(
                    p.safe && p.suggestion !== null
                      ? "taskpane.check.safe"
                      : "taskpane.check.review",
                  )}
                </Badge>
              </div>
              <dl className={styles.dl}>
                <dt className={styles.dt}>{t("taskpane.check.text")}</dt>
                <dd className={styles.dd}>{p.text}</dd>
                <dt className={styles.dt}>{t("taskpane.check.message")}</dt>
                <dd className={styles.dd}>{p.message}</dd>
                {p.suggestion !== null && (
                  <>
                    <dt className={styles.dt}>{t("taskpane.check.suggestion")}</dt>
                    <dd className={styles.dd}>{p.suggestion}</dd>
                  </>
                )}
                <dt className={styles.dt}>{t("taskpane.check.reason")}</dt>
                <dd className={styles.dd}>{p.reason}</dd>
              </dl>
              <div>
                <Button
                  size="small"
                  onClick={() => fixOne(p)}
                  disabled={action.running || p.suggestion === null || !p.cell}
                  aria-label={t("taskpane.check.fixOneLabel", { cell: cellRef(p) })}
                >
                  {t("taskpane.check.fixOne")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
