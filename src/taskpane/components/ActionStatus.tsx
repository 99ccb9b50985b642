/** Progress of a running action and its result, announced to screen readers. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Action } from "./useAction";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  lines: { margin: 0, paddingLeft: "20px" },
});

export function ActionStatus({
  action,
  progressText,
  busyText,
  cancelText,
}: {
  action: Action;
  /** Label of the progress bar from (done, total, item). */
  progressText?: (done: number, total: number, item?: string) => string;
  /** Shown while running before any progress arrives. */
  busyText: string;
  /** The Cancel button's text and accessible name; no button without it. */
  cancelText?: { text: string; label: string };
}) {
  const styles = useStyles();
  const { running, progress, result } = action;
  const label =
    progress && progressText
      ? progressText(progress.done, progress.total, progress.item)
      : busyText;
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite">
        {running && (
          <div>
            <Text size={200} block>
              {label}
            </Text>
            <ProgressBar
              aria-label={label}
              value={progress && progress.total > 0 ? progress.done / progress.total : undefined}
              max={1}
              thickness="large"
            />
          </div>
        )}
      </div>
      {running && cancelText && (
        <div>
          <Button size="small" aria-label={cancelText.label} onClick={action.cancel}>
            {cancelText.text}
          </Button>
        </div>
      )}
      <div aria-live="polite">
        {result && (
          <MessageBar intent={result.intent} layout="multiline">
            <MessageBarBody>
              {result.title && <MessageBarTitle>{result.title}</MessageBarTitle>}
              {result.text}
              {result.lines && result.lines.length > 0 && (
                <ul className={styles.lines}>
                  {result.lines.map((l, i) => (
                    <li key={i}>{l}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
