/**
 * In: "Chuẩn bị in" lays out the summary, the task matrix or the tracking sheet as an official
 * appendix (Nghị định 30/2020): header block, signature, A4, repeated header rows. The agency
 * names and signer are kept in the settings.
 */
import { useState } from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { usePane } from "../context";
import { ActionStatus } from "../components/ActionStatus";
import { PageHeading, Section } from "../components/Section";
import { WorkingFile } from "../components/WorkingFile";
import { useAction } from "../components/useAction";
import type { PrintFields, PrintKind } from "../services";
import { formatVi, isIsoDate, parseDateCell } from "../../domain/schedule/dates";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  input: { minWidth: 0, width: "100%" },
});

/** "2020-06-05" -> "05/06/2020" (how dates are written in Vietnam); "" when not a date. */
const toDmy = (iso: string) => (isIsoDate(iso) ? formatVi(iso) : "");

/** "5/6/2020" or "05/06/2020" -> "2020-06-05"; "" stays ""; null when not a real date. */
const parseDmy = (text: string): string | null =>
  text.trim() === "" ? "" : parseDateCell(text.trim());

const KINDS: PrintKind[] = ["summary", "matrix", "tracking"];
/** The text fields, in reading order; the date has its own field. */
const FIELDS: Exclude<keyof PrintFields, "date">[] = [
  "parentAgency",
  "agency",
  "place",
  "reportNumber",
  "reportSymbol",
  "signerTitle",
  "signerName",
];

export function PrintPage() {
  const styles = useStyles();
  const { t, lang, mode, services, settings, updateSettings, file, markFileChanged } = usePane();
  const browser = mode === "browser";
  const [kind, setKind] = useState<PrintKind>("summary");
  const [fields, setFields] = useState<PrintFields>(settings.print);
  const [dateText, setDateText] = useState(toDmy(settings.print.date));
  const date = parseDmy(dateText);
  const action = useAction(t);

  /** The fields with the typed date, when it is one. */
  const current = (): PrintFields => ({ ...fields, date: date ?? fields.date });
  const keep = () => updateSettings((s) => ({ ...s, print: current() }));

  const textField = (key: (typeof FIELDS)[number]) => (
    <Field key={key} label={t(`taskpane.print.field.${key}`)}>
      <Input
        className={styles.input}
        value={fields[key]}
        onChange={(_, d) => setFields((f) => ({ ...f, [key]: d.value }))}
        onBlur={keep}
      />
    </Field>
  );

  const prepare = () =>
    action.run(async () => {
      const chosen = current();
      keep();
      const out = await services.preparePrint(kind, chosen, lang);
      if (browser) markFileChanged();
      return {
        intent: "success",
        text: t(browser ? "taskpane.print.done.browser" : "taskpane.print.done", {
          sheet: out.sheet,
        }),
        lines: out.lines,
      };
    });

  return (
    <div className={styles.page}>
      <PageHeading
        title={t("taskpane.page.print")}
        description={t("taskpane.page.print.description")}
      />
      {browser && <WorkingFile purpose={t("taskpane.print.filePurpose")} />}
      <Section title={t("taskpane.print.what")}>
        <RadioGroup
          aria-label={t("taskpane.print.what")}
          value={kind}
          onChange={(_, d) => setKind(d.value as PrintKind)}
        >
          {KINDS.map((k) => (
            <Radio key={k} value={k} label={t(`taskpane.print.kind.${k}`)} />
          ))}
        </RadioGroup>
      </Section>
      <Section
        title={t("taskpane.print.settings.title")}
        description={t("taskpane.print.settings.description")}
      >
        <div className={styles.grid}>
          {FIELDS.slice(0, 5).map(textField)}
          <Field
            label={t("taskpane.print.field.date")}
            validationState={date === null ? "error" : "none"}
            validationMessage={date === null ? t("taskpane.print.dateInvalid") : undefined}
          >
            <Input
              className={styles.input}
              value={dateText}
              placeholder={t("taskpane.print.datePlaceholder")}
              onChange={(_, d) => setDateText(d.value)}
              onBlur={() => date !== null && keep()}
            />
          </Field>
          {FIELDS.slice(5).map(textField)}
        </div>
      </Section>
      <div>
        <Button
          appearance="primary"
          onClick={prepare}
          disabled={action.running || (browser && !file) || date === null}
        >
          {t("taskpane.print.button")}
        </Button>
      </div>
      <ActionStatus action={action} busyText={t("taskpane.busy")} />
    </div>
  );
}
