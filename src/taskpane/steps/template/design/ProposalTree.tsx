import { makeStyles, tokens } from "@fluentui/react-components";
import type { Criterion, Template } from "../../../../domain/template/model";
import { type Locale, t } from "../../../i18n/strings";
import { kindWords, methodWords } from "./methodWords";

const useStyles = makeStyles({
  tree: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  method: { color: tokens.colorNeutralForeground2 },
});

export interface ProposalTreeProps {
  readonly locale: Locale;
  readonly template: Template;
}

/** The proposed criteria as a nested list: code, title, maximum, kind, and for leaves the proposed method. */
export function ProposalTree({ locale, template }: ProposalTreeProps) {
  const styles = useStyles();
  const items = (nodes: readonly Criterion[], parent: Criterion | null, label?: string) => (
    <ul className={styles.tree} aria-label={label}>
      {nodes.map((c) => {
        const kind = kindWords(locale, c, parent);
        return (
          <li key={c.key}>
            {t(locale, "design.node", { code: c.code, title: c.title.split("\n")[0]!, max: c.max })}
            {kind && ` [${kind}]`}
            {c.children.length === 0 && <span className={styles.method}> — {methodWords(locale, c)}</span>}
            {c.children.length > 0 && items(c.children, c)}
          </li>
        );
      })}
    </ul>
  );
  return items(template.criteria, null, t(locale, "design.table.treeLabel"));
}
