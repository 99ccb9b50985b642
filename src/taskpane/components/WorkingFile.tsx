/**
 * Browser mode: the .xlsx file the page works on. Opening reads it into memory; changes made by
 * the pages stay in memory until the user saves the file with "Tải tệp đã sửa".
 */
import { useState } from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { usePane } from "../context";
import { FilePicker, readFileBytes } from "./FilePicker";
import { errorText } from "./useAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export function WorkingFile({ purpose }: { purpose: string }) {
  const styles = useStyles();
  const { t, services, file, setFile, fileChanged } = usePane();
  const [message, setMessage] = useState<string | null>(null);

  const open = async (files: File[]) => {
    const f = files[0];
    setMessage(t("taskpane.file.opening", { name: f.name }));
    try {
      const opened = await services.openFile(f.name, await readFileBytes(f));
      setFile(opened);
      setMessage(t("taskpane.file.opened", { name: opened.name, sheets: opened.sheets.length }));
    } catch (err) {
      setMessage(t("taskpane.file.openFailed", { name: f.name, error: errorText(t, err) }));
    }
  };

  const save = async () => {
    try {
      services.download(await services.saveFile());
    } catch (err) {
      setMessage(errorText(t, err));
    }
  };

  return (
    <div className={styles.root}>
      <Text size={200}>{purpose}</Text>
      <FilePicker
        label={file ? t("taskpane.file.openOther") : t("taskpane.file.open")}
        hint={t("taskpane.file.dropHint")}
        onFiles={open}
        onRejected={(names) => setMessage(t("taskpane.file.notXlsx", { names: names.join(", ") }))}
      />
      <div className={styles.row}>
        <Text weight="semibold">
          {file ? t("taskpane.file.current", { name: file.name }) : t("taskpane.file.none")}
        </Text>
        {file && (
          <Button appearance={fileChanged ? "primary" : "secondary"} onClick={save}>
            {fileChanged ? t("taskpane.file.saveChanged") : t("taskpane.file.save")}
          </Button>
        )}
      </div>
      <div aria-live="polite">{message && <Text size={200}>{message}</Text>}</div>
    </div>
  );
}
