/** A titled block of a page: what the action does, in plain words, then its controls. */
import type { ReactNode } from "react";
import { Body1, Body1Strong, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function Section({
  title,
  description,
  children,
}: {
  title: string;
  description?: string;
  children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label={title}>
      <Body1Strong as="h3" block className={styles.title}>
        {title}
      </Body1Strong>
      {description && (
        <Body1 as="p" block className={styles.text}>
          {description}
        </Body1>
      )}
      {children}
    </section>
  );
}

/** The page heading and its one-line description. */
export function PageHeading({ title, description }: { title: string; description: string }) {
  const styles = useStyles();
  return (
    <div className={styles.heading}>
      <Subtitle1 as="h2" id="page-title" block className={styles.title}>
        {title}
      </Subtitle1>
      <Body1 as="p" block className={styles.text}>
        {description}
      </Body1>
    </div>
  );
}
