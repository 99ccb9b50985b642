/**
 * Tổng hợp: pick the received forms (and in Excel, the report sheets copied into the
 * workbook), choose the period, merge, then see who was accepted, rejected, duplicated or
 * missing, and save the summary and the JSON report.
 */
import { memo, useEffect, useState, type ReactNode } from "react";
import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePane } from "../context";
import { ActionStatus } from "../components/ActionStatus";
import { FilePicker, readPicked } from "../components/FilePicker";
import { PageHeading, Section } from "../components/Section";
import { WorkingFile } from "../components/WorkingFile";
import { useAction } from "../components/useAction";
import { usePaneState, type SetState } from "../components/paneState";
import type { MergeOutcome } from "../services";
import { useDeliver } from "../components/useDeliver";
import { PeriodPicker } from "./PeriodPicker";
import { useBasics } from "./useBasics";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  files: { margin: 0, paddingLeft: "0", listStyleType: "none" },
  file: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: "4px" },
  name: { overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: "20px" },
  group: { margin: 0 },
});

export function MergePage() {
  const styles = useStyles();
  const { t, lang, mode, services, settings } = usePane();
  const browser = mode === "browser";
  const { basics, error } = useBasics();
  // Kept across tabs: a merge goes on while the user looks elsewhere.
  const [files, setFiles] = usePaneState<File[]>("merge.files", []);
  const [useSheets, setUseSheets] = usePaneState("merge.useSheets", false);
  const [period, setPeriod] = usePaneState("merge.period", "");
  const [outcome, setOutcome] = usePaneState<MergeOutcome | null>("merge.outcome", null);
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction(t, "merge");

  useEffect(() => {
    if (basics && !period) setPeriod(basics.current);
  }, [basics, period, setPeriod]);

  const add = (picked: File[]) => {
    setNotice(null);
    setFiles((old) => {
      // The same name twice is the same file picked again: keep the newer pick.
      const names = new Set(picked.map((f) => f.name));
      return [...old.filter((f) => !names.has(f.name)), ...picked];
    });
  };

  const run = () =>
    action.run(async (onProgress, signal) => {
      setOutcome(null);
      const picked = await readPicked(files);
      const out = await services.merge({
        files: picked,
        useSheets,
        period,
        lang,
        print: settings.print,
        onProgress,
        signal,
      });
      setOutcome(out);
      return {
        intent:
          out.rejected.length || out.missing.length || out.expected === 0 ? "warning" : "success",
        title: t("taskpane.merge.done.title"),
        text: t("taskpane.merge.done", {
          accepted: out.accepted.length,
          expected: out.expected,
          rejected: out.rejected.length,
          duplicates: out.duplicates.length,
          missing: out.missing.length,
        }),
        lines: out.notes ?? [],
      };
    });

  const canRun = period && (files.length > 0 || useSheets) && !action.running;

  return (
    <div className={styles.page}>
      <PageHeading
        title={t("taskpane.page.merge")}
        description={t("taskpane.page.merge.description")}
      />
      {error && <Text role="alert">{error}</Text>}
      {browser && <WorkingFile purpose={t("taskpane.merge.filePurpose")} />}
      <Section
        title={t("taskpane.merge.files.title")}
        description={t("taskpane.merge.files.description")}
      >
        <FilePicker
          multiple
          kind="forms"
          label={t("taskpane.merge.files.pick")}
          hint={t("taskpane.file.dropHintMany")}
          onFiles={add}
          onRejected={(names) => setNotice(t("taskpane.file.notForm", { names: names.join(", ") }))}
        />
        <div aria-live="polite">{notice && <Text size={200}>{notice}</Text>}</div>
        <PickedFiles files={files} setFiles={setFiles} />
        {!browser && (
          <Checkbox
            label={t("taskpane.merge.useSheets")}
            checked={useSheets}
            onChange={(_, d) => setUseSheets(d.checked === true)}
          />
        )}
        <PeriodPicker
          periods={basics?.periods ?? []}
          value={period}
          onChange={setPeriod}
          disabled={!basics}
        />
        <div>
          <Button appearance="primary" onClick={run} disabled={!canRun}>
            {t("taskpane.merge.run")}
          </Button>
        </div>
      </Section>
      <ActionStatus
        action={action}
        busyText={t("taskpane.merge.busy")}
        cancelText={{ text: t("taskpane.cancel"), label: t("taskpane.cancelLabel") }}
        progressText={(done, total, item) =>
          t("taskpane.merge.progress", { done, total, file: item ?? "" })
        }
      />
      {outcome && <MergeResultView outcome={outcome} />}
      {outcome?.result && outcome.formUnits && outcome.formUnits.length > 0 && (
        <UnitFormSection outcome={outcome} />
      )}
    </div>
  );
}

/**
 * "Tạo báo cáo của đơn vị từ kết quả tổng hợp": the chosen unit's own form (a district's, from
 * its communes' reports) filled with the merged totals, to send on to the province.
 */
function UnitFormSection({ outcome }: { outcome: MergeOutcome }) {
  const { t, lang, services } = usePane();
  const deliver = useDeliver();
  const units = outcome.formUnits ?? [];
  const [unit, setUnit] = usePaneState("merge.formUnit", "");
  const action = useAction(t);
  const code = units.some((u) => u.code === unit) ? unit : (units[0]?.code ?? "");
  const chosen = units.find((u) => u.code === code);

  const make = () =>
    action.run(async () => {
      const out = await services.unitForm(outcome, code, lang);
      const text = await deliver(out.file);
      const lines = [t("taskpane.merge.unitForm.done", { count: out.reports })];
      if (out.notOnForm.length)
        lines.push(
          t("taskpane.merge.unitForm.notOnForm", {
            count: out.notOnForm.length,
            keys: out.notOnForm.join(", "),
          }),
        );
      return { intent: out.notOnForm.length ? "warning" : "success", text, lines };
    });

  return (
    <Section
      title={t("taskpane.merge.unitForm.title")}
      description={t("taskpane.merge.unitForm.description")}
    >
      <Field label={t("taskpane.merge.unitForm.unit")}>
        <Dropdown
          value={chosen?.name ?? ""}
          selectedOptions={code ? [code] : []}
          onOptionSelect={(_, d) => d.optionValue && setUnit(d.optionValue)}
        >
          {units.map((u) => (
            <Option key={u.code} value={u.code} text={u.name}>
              {u.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div>
        <Button appearance="primary" onClick={make} disabled={!code || action.running}>
          {t("taskpane.merge.unitForm.make")}
        </Button>
      </div>
      <ActionStatus action={action} busyText={t("taskpane.merge.unitForm.busy")} />
    </Section>
  );
}

/**
 * The picked files, each with its remove button. Memoised: while a merge runs, the progress
 * repaints the page, and 200 rows must not be drawn again each time.
 */
const PickedFiles = memo(function PickedFiles({
  files,
  setFiles,
}: {
  files: File[];
  setFiles: SetState<File[]>;
}) {
  const styles = useStyles();
  const { t } = usePane();
  if (files.length === 0) return null;
  return (
    <>
      <Text weight="semibold">{t("taskpane.merge.files.count", { count: files.length })}</Text>
      <ul className={styles.files} aria-label={t("taskpane.merge.files.list")}>
        {files.map((f) => (
          <li key={f.name} className={styles.file}>
            <Text size={200} className={styles.name}>
              {f.name}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              aria-label={t("taskpane.merge.files.removeLabel", { name: f.name })}
              onClick={() => setFiles((old) => old.filter((x) => x !== f))}
            >
              {t("taskpane.merge.files.remove")}
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
});

function MergeResultView({ outcome }: { outcome: MergeOutcome }) {
  const styles = useStyles();
  const { t, services } = usePane();
  return (
    <Section title={t("taskpane.merge.result.title")}>
      <div className={styles.row}>
        {outcome.summary && (
          <Button appearance="primary" onClick={() => services.download(outcome.summary!)}>
            {t("taskpane.merge.downloadSummary")}
          </Button>
        )}
        <Button onClick={() => services.download(outcome.json)}>
          {t("taskpane.merge.downloadJson")}
        </Button>
      </div>
      {outcome.sheets && outcome.sheets.length > 0 && (
        <Text>{t("taskpane.merge.sheets", { sheets: outcome.sheets.join(", ") })}</Text>
      )}
      <Group title={t("taskpane.merge.accepted", { count: outcome.accepted.length })}>
        {outcome.accepted.map((a) => (
          <li key={a.file}>
            {t("taskpane.merge.acceptedItem", { file: a.file, unit: a.unit })}
            {a.warnings.length + a.conflicts.length > 0 && (
              <ul className={styles.list}>
                {a.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
                {a.conflicts.map((c) => (
                  <li key={c.cell}>
                    {t("taskpane.merge.conflictItem", { ...c, value: String(c.value) })}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </Group>
      <Group title={t("taskpane.merge.rejected", { count: outcome.rejected.length })}>
        {outcome.rejected.map((r) => (
          <li key={r.file}>
            {t("taskpane.merge.rejectedItem", { file: r.file, reason: r.reason })}
          </li>
        ))}
      </Group>
      <Group title={t("taskpane.merge.duplicates", { count: outcome.duplicates.length })}>
        {outcome.duplicates.map((d) => (
          <li key={d.unit}>
            {t("taskpane.merge.duplicateItem", {
              unit: d.unit,
              kept: d.kept,
              ignored: d.ignored.join(", "),
            })}
          </li>
        ))}
      </Group>
      <Group title={t("taskpane.merge.missing", { count: outcome.missing.length })}>
        {outcome.missing.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </Group>
    </Section>
  );
}

function Group({ title, children }: { title: string; children: ReactNode[] }) {
  const styles = useStyles();
  return (
    <div>
      <Text as="h4" block weight="semibold" className={styles.group}>
        {title}
      </Text>
      {children.length > 0 && (
        <ul className={styles.list} aria-label={title}>
          {children}
        </ul>
      )}
    </div>
  );
}
