/** Kế hoạch: insert the plan's task matrix and the agency registry, or download them as a file. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../context";
import { ActionStatus } from "../components/ActionStatus";
import { PageHeading, Section } from "../components/Section";
import { WorkingFile } from "../components/WorkingFile";
import { useAction } from "../components/useAction";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function PlanPage() {
  const styles = useStyles();
  const { t, lang, mode, services, file, markFileChanged } = usePane();
  const action = useAction(t);
  const browser = mode === "browser";

  const insert = () =>
    action.run(async () => {
      const out = await services.insertMatrix(lang);
      if (browser) markFileChanged();
      return {
        intent: out.lines?.length ? "warning" : "success",
        text: browser ? `${out.message} ${t("taskpane.file.saveHint")}` : out.message,
        lines: out.lines,
      };
    });

  const download = () =>
    action.run(async () => {
      const f = await services.matrixFile(lang);
      services.download(f);
      return { intent: "success", text: t("taskpane.download.done", { name: f.name }) };
    });

  return (
    <div className={styles.page}>
      <PageHeading
        title={t("taskpane.page.plan")}
        description={t("taskpane.page.plan.description")}
      />
      {browser && <WorkingFile purpose={t("taskpane.plan.filePurpose")} />}
      <Section
        title={t("taskpane.plan.insert.title")}
        description={t("taskpane.plan.insert.description")}
      >
        <div>
          <Button
            appearance="primary"
            onClick={insert}
            disabled={action.running || (browser && !file)}
          >
            {t("taskpane.plan.insert.button")}
          </Button>
        </div>
      </Section>
      <Section
        title={t("taskpane.plan.file.title")}
        description={t("taskpane.plan.file.description")}
      >
        <div>
          <Button onClick={download} disabled={action.running}>
            {t("taskpane.plan.file.button")}
          </Button>
        </div>
      </Section>
      <ActionStatus action={action} busyText={t("taskpane.busy")} />
    </div>
  );
}
