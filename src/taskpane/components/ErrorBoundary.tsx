/**
 * Catches an error thrown while a part of the pane renders, so one failure shows a message in
 * the user's language instead of a blank pane. "Thử lại" renders that part again.
 */
import { Component, type ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import { translate, type Lang } from "../../i18n";

interface Props {
  lang: Lang;
  children: ReactNode;
  /** Shown again from scratch when this changes (another page chosen). */
  resetKey?: string;
}

interface State {
  error: Error | null;
  key?: string;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown): void {
    // Not swallowed: the message is on screen, the details go to the console for support.
    console.error(error);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = (key: string, params?: Record<string, string>) =>
      translate(this.props.lang, key, params);
    // Plain elements: the fallback must not depend on components that could fail the same way.
    return (
      <div
        role="alert"
        style={{ border: "1px solid #c50f1f", padding: "8px", borderRadius: "4px" }}
      >
        <strong>{t("taskpane.crash.title")}</strong>
        <p>{t("taskpane.crash.body", { message: error.message })}</p>
        <Button size="small" onClick={() => this.setState({ error: null })}>
          {t("taskpane.crash.retry")}
        </Button>
      </div>
    );
  }
}
