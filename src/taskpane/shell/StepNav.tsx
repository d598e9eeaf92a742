import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { type Locale, t } from "../i18n/strings";
import type { StepDefinition } from "./stepComponent";

/**
 * Excel's task pane is about 350 px wide: six tab labels (longer in English) do not fit on one line, so
 * the tabs wrap onto more lines instead of being cut off. The order stays the DOM order, which is what
 * Fluent's arrow keys follow (Left/Right move to the previous/next tab, across lines, and wrap around).
 */
const useStyles = makeStyles({
  list: { flexWrap: "wrap", rowGap: tokens.spacingVerticalXXS, maxWidth: "100%" },
  tab: { minWidth: 0 },
});

export interface StepNavProps {
  readonly locale: Locale;
  readonly steps: readonly StepDefinition[];
  readonly active: string;
  readonly onSelect: (stepId: string) => void;
  /** Prefix of the tab and panel ids (tab: `${idPrefix}-tab-${id}`). */
  readonly idPrefix: string;
  /** Steps whose panel exists (opened at least once): only their tabs get aria-controls. */
  readonly mounted: { has(stepId: string): boolean };
}

export const tabId = (idPrefix: string, stepId: string) => `${idPrefix}-tab-${stepId}`;
export const panelId = (idPrefix: string, stepId: string) => `${idPrefix}-panel-${stepId}`;

/** The step tabs (arrow keys move between tabs, Enter/Space opens one), wrapping onto several lines in a narrow pane. */
export function StepNav({ locale, steps, active, onSelect, idPrefix, mounted }: StepNavProps) {
  const styles = useStyles();
  return (
    <nav aria-label={t(locale, "nav.label")}>
      <TabList className={styles.list} selectedValue={active} onTabSelect={(_, data) => onSelect(String(data.value))} size="small">
        {steps.map((step) => (
          <Tab
            key={step.id}
            className={styles.tab}
            value={step.id}
            id={tabId(idPrefix, step.id)}
            aria-controls={mounted.has(step.id) ? panelId(idPrefix, step.id) : undefined}
          >
            {t(locale, step.labelId)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
