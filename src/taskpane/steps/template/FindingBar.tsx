import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface FindingBarProps {
  readonly intent: "error" | "warning";
  readonly title: string;
  /** The findings, one <li> each. */
  readonly children: ReactNode;
}

/** A titled message bar listing findings (template problems, design sheet findings). */
export function FindingBar({ intent, title, children }: FindingBarProps) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.list}>{children}</ul>
      </MessageBarBody>
    </MessageBar>
  );
}
