import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from "@fluentui/react-components";
import { t, type Locale } from "../../i18n/strings";
import type { CellRef } from "./cells";
import { FindingItem } from "./FindingItem";
import type { UnitGroup } from "./groupFindings";

const useStyles = makeStyles({
  criterion: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

export interface FindingGroupsProps {
  readonly groups: readonly UnitGroup[];
  readonly locale: Locale;
  readonly onSelect: (ref: CellRef) => void;
}

/**
 * Findings by unit (collapsible sections, headings level 4) and criterion (level 5 headings).
 * Units with errors start open; when none has errors, the first unit does.
 */
export function FindingGroups({ groups, locale, onSelect }: FindingGroupsProps) {
  const styles = useStyles();
  const withErrors = groups.filter((g) => g.errors > 0).map((g) => g.key);
  const open = withErrors.length > 0 ? withErrors : groups.slice(0, 1).map((g) => g.key);
  return (
    <Accordion multiple collapsible defaultOpenItems={open}>
      {groups.map((g) => (
        <AccordionItem key={g.key} value={g.key}>
          <AccordionHeader as="h4" size="medium">
            {g.unit === null ? t(locale, "check.group.general", { count: g.count }) : t(locale, "check.group.unit", { unit: g.unit, count: g.count })}
          </AccordionHeader>
          <AccordionPanel>
            {g.criteria.map((c) => (
              <section key={c.criterion ?? ""}>
                {(c.criterion !== null || g.unit !== null) && (
                  <h5 className={styles.criterion}>
                    {c.criterion === null ? t(locale, "check.group.wholeUnit") : t(locale, "check.group.criterion", { criterion: c.criterion })}
                  </h5>
                )}
                <ul className={styles.list}>
                  {c.findings.map((f, i) => (
                    <li key={i}>
                      <FindingItem finding={f} locale={locale} onSelect={onSelect} />
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
