/**
 * Picks workbook files: a labelled button opening the file dialog, and a zone files can be
 * dropped on. Files are read here, in the page; nothing is uploaded anywhere. The working file
 * is an .xlsx (the pages write it back); report forms may also be .xlsm, .ods or .xls.
 */
import { useId, useRef, useState } from "react";
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { FORM_FILE_ACCEPT, isFormFileName } from "../../domain/forms/fileName";
import type { PickedFile } from "../services";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  over: {
    border: `2px dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  input: {
    // Visually hidden, still reachable by the button and by tests.
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

const KINDS = {
  workbook: {
    accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    takes: (name: string) => /\.xlsx$/i.test(name),
  },
  forms: { accept: FORM_FILE_ACCEPT, takes: isFormFileName },
};

/** The bytes of a File, also where Blob.arrayBuffer is missing (older webviews, jsdom). */
export function readFileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") {
    return file.arrayBuffer().then((b) => new Uint8Array(b));
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`Cannot read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

export async function readPicked(files: File[]): Promise<PickedFile[]> {
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      bytes: await readFileBytes(f),
      mtime: f.lastModified ? new Date(f.lastModified) : undefined,
    })),
  );
}

export function FilePicker({
  label,
  hint,
  multiple,
  onFiles,
  onRejected,
  disabled,
  kind = "workbook",
}: {
  /** Text of the button, also the input's accessible name. */
  label: string;
  /** Line in the drop zone ("hoặc kéo thả tệp vào đây"). */
  hint: string;
  multiple?: boolean;
  onFiles(files: File[]): void;
  /** Names of dropped files that are not of the `kind` asked for. */
  onRejected?(names: string[]): void;
  disabled?: boolean;
  /** "workbook": .xlsx only; "forms": any report form (.xlsx, .xlsm, .ods, .xls). */
  kind?: keyof typeof KINDS;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [over, setOver] = useState(false);

  const take = (list: FileList | null) => {
    const all = Array.from(list ?? []);
    const { takes } = KINDS[kind];
    const ok = all.filter((f) => takes(f.name));
    const bad = all.filter((f) => !takes(f.name)).map((f) => f.name);
    if (bad.length && onRejected) onRejected(bad);
    if (ok.length) onFiles(multiple ? ok : ok.slice(0, 1));
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(e) => {
        e.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) take(e.dataTransfer.files);
      }}
      data-testid="drop-zone"
    >
      <input
        ref={input}
        id={id}
        className={styles.input}
        type="file"
        accept={KINDS[kind].accept}
        multiple={multiple}
        aria-label={label}
        tabIndex={-1}
        disabled={disabled}
        onChange={(e) => {
          take(e.target.files);
          // Picking the same file again must fire onChange again.
          e.target.value = "";
        }}
      />
      <Button appearance="secondary" disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <Text size={200}>{hint}</Text>
    </div>
  );
}
