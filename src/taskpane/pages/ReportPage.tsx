/**
 * Báo cáo: a report form for one unit and period, every form as a .zip, the tracking sheet
 * with its deadline rules, and the units overdue for the current period.
 */
import { useEffect, useState } from "react";
import {
  Button,
  Dropdown,
  Field,
  Option,
  Switch,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePane } from "../context";
import { ActionStatus } from "../components/ActionStatus";
import { PageHeading, Section } from "../components/Section";
import { WorkingFile } from "../components/WorkingFile";
import { useDeliver } from "../components/useDeliver";
import { useAction, type ActionResult } from "../components/useAction";
import { isDownload, type OverdueView } from "../services";
import { PeriodPicker, dmy } from "./PeriodPicker";
import { useBasics } from "./useBasics";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: "20px" },
});

export function ReportPage() {
  const styles = useStyles();
  const pane = usePane();
  const { t, lang, mode, services, settings, updateSettings, file, markFileChanged } = pane;
  const browser = mode === "browser";
  const { basics, error } = useBasics();
  const [unit, setUnit] = useState("");
  const [period, setPeriod] = useState("");
  const [overdue, setOverdue] = useState<OverdueView | null>(null);
  // Kept across tabs: making every form goes on while the user looks elsewhere.
  const forms = useAction(t, "report.forms");
  const tracking = useAction(t);
  const late = useAction(t);
  const rules = settings.deadlines;

  useEffect(() => {
    if (basics && !period) setPeriod(basics.current);
  }, [basics, period]);

  const deliver = useDeliver();

  const oneForm = () =>
    forms.run(async () => {
      const f = await services.reportForm(unit, period, lang);
      return { intent: "success", text: await deliver(f) };
    });

  const allForms = () =>
    forms.run(async (onProgress, signal) => {
      const f = await services.allForms(period, lang, onProgress, signal);
      services.download(f);
      return { intent: "success", text: t("taskpane.download.done", { name: f.name }) };
    });

  const makeTracking = () =>
    tracking.run(async () => {
      const out = await services.tracking(rules, lang);
      if (isDownload(out)) {
        services.download(out);
        return { intent: "success", text: t("taskpane.download.done", { name: out.name }) };
      }
      return { intent: "success", text: out.message, lines: out.lines };
    });

  /** What the overdue list says, for the result message. */
  const describe = (view: OverdueView): ActionResult => {
    if (!view.period) return { intent: "info", text: t("taskpane.report.overdue.noPeriod") };
    const params = {
      period: view.period.name,
      today: dmy(view.today),
      count: view.units.length,
    };
    return view.units.length === 0
      ? { intent: "success", text: t("taskpane.report.overdue.none", params) }
      : { intent: "warning", text: t("taskpane.report.overdue.count", params) };
  };

  const showOverdue = () =>
    late.run(async () => {
      const view = await services.overdue();
      setOverdue(view);
      return describe(view);
    });

  const highlight = () =>
    late.run(async () => {
      const view = await services.highlightOverdue();
      setOverdue(view);
      if (browser) markFileChanged();
      const said = describe(view);
      const done = t("taskpane.report.highlighted", { count: view.units.length });
      return {
        ...said,
        text: `${said.text} ${done}${browser ? ` ${t("taskpane.file.saveHint")}` : ""}`,
      };
    });

  const selectedUnit = basics?.reporters.find((r) => r.name === unit);
  const needFile = browser && !file;

  return (
    <div className={styles.page}>
      <PageHeading
        title={t("taskpane.page.report")}
        description={t("taskpane.page.report.description")}
      />
      {error && <Text role="alert">{error}</Text>}
      <Section
        title={t("taskpane.report.form.title")}
        description={t("taskpane.report.form.description")}
      >
        <Field label={t("taskpane.report.unit")}>
          <Dropdown
            value={selectedUnit?.name ?? ""}
            selectedOptions={selectedUnit ? [selectedUnit.name] : []}
            onOptionSelect={(_, d) => d.optionValue && setUnit(d.optionValue)}
            placeholder={t("taskpane.report.unit.placeholder")}
            disabled={!basics}
          >
            {(basics?.reporters ?? []).map((r) => (
              <Option key={r.code} value={r.name}>
                {r.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <PeriodPicker
          periods={basics?.periods ?? []}
          value={period}
          onChange={setPeriod}
          disabled={!basics}
        />
        <div className={styles.row}>
          <Button
            appearance="primary"
            onClick={oneForm}
            disabled={forms.running || !unit || !period}
          >
            {t("taskpane.report.form.button")}
          </Button>
          <Button onClick={allForms} disabled={forms.running || !period}>
            {t("taskpane.report.all.button")}
          </Button>
        </div>
        <ActionStatus
          action={forms}
          busyText={t("taskpane.busy")}
          progressText={(done, total, item) =>
            t("taskpane.report.all.progress", { done, total, unit: item ?? "" })
          }
          cancelText={{ text: t("taskpane.cancel"), label: t("taskpane.cancelLabel") }}
        />
      </Section>
      <Section
        title={t("taskpane.report.tracking.title")}
        description={t(
          browser
            ? "taskpane.report.tracking.description.browser"
            : "taskpane.report.tracking.description",
        )}
      >
        <Switch
          label={t("taskpane.settings.fifthOnTime")}
          checked={rules.fifthOnTime}
          onChange={(_, d) =>
            updateSettings((s) => ({ ...s, deadlines: { ...s.deadlines, fifthOnTime: d.checked } }))
          }
        />
        <Switch
          label={t("taskpane.settings.shiftOffDays")}
          checked={rules.shiftOffDays}
          onChange={(_, d) =>
            updateSettings((s) => ({
              ...s,
              deadlines: { ...s.deadlines, shiftOffDays: d.checked },
            }))
          }
        />
        <div>
          <Button appearance="primary" onClick={makeTracking} disabled={tracking.running}>
            {t("taskpane.report.tracking.button")}
          </Button>
        </div>
        <ActionStatus action={tracking} busyText={t("taskpane.busy")} />
      </Section>
      <Section
        title={t("taskpane.report.overdue.title")}
        description={t("taskpane.report.overdue.description")}
      >
        {browser && <WorkingFile purpose={t("taskpane.report.filePurpose")} />}
        <div className={styles.row}>
          <Button onClick={showOverdue} disabled={late.running || needFile}>
            {t("taskpane.report.overdue.button")}
          </Button>
          <Button appearance="primary" onClick={highlight} disabled={late.running || needFile}>
            {t("taskpane.report.highlight.button")}
          </Button>
        </div>
        <ActionStatus action={late} busyText={t("taskpane.busy")} />
        {overdue && overdue.units.length > 0 && (
          <ul className={styles.list} aria-label={t("taskpane.report.overdue.list")}>
            {overdue.units.map((u) => (
              <li key={u.unit}>
                {t("taskpane.report.overdue.item", { unit: u.unit, days: u.daysOverdue })}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </div>
  );
}
