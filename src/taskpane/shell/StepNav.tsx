import { Tab, TabList, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type Locale, t } from "../i18n/strings";
import type { StepDefinition } from "./stepComponent";
import { VISUALLY_HIDDEN } from "../components/visuallyHidden";

/**
 * A numbered step list on one line at any pane width: each tab shows its number (✓ once the step is done);
 * the open step also shows its name, and all names show when the pane is wide enough (a container query,
 * so it follows the pane, not the screen; a browser without container queries keeps the narrow form).
 * Every tab's accessible name is the step's name; "done" is its description. Fluent's arrow keys move
 * between tabs in DOM order, Enter/Space opens one.
 */
const WIDE_PANE = "@container (min-width: 520px)";

const useStyles = makeStyles({
  nav: { containerType: "inline-size" },
  list: { flexWrap: "nowrap", maxWidth: "100%", columnGap: tokens.spacingHorizontalXXS },
  tab: { minWidth: 0, flexShrink: 0, paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  // The open step's tab takes what is left; its name is cut with "…" rather than push the list past the pane.
  openTab: { flexShrink: 1, overflow: "hidden" },
  content: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, whiteSpace: "nowrap", minWidth: 0, overflow: "hidden" },
  openLabel: { overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
  badge: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    flexShrink: 0,
    width: "20px",
    height: "20px",
    borderRadius: tokens.borderRadiusCircular,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: "1",
  },
  badgeDone: { backgroundColor: tokens.colorPaletteGreenBackground3, border: `1px solid ${tokens.colorPaletteGreenBorder2}`, color: tokens.colorNeutralForegroundOnBrand },
  badgeActive: { backgroundColor: tokens.colorBrandBackground, border: `1px solid ${tokens.colorBrandBackground}`, color: tokens.colorNeutralForegroundOnBrand },
  // Off screen but read: the name of a step that is not open, in a narrow pane.
  hiddenLabel: {
    ...VISUALLY_HIDDEN,
    whiteSpace: "nowrap",
    [WIDE_PANE]: { position: "static", width: "auto", height: "auto", overflow: "visible", clip: "auto" },
  },
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
  /** Steps that say they are done (a ✓ instead of the number). */
  readonly done?: { has(stepId: string): boolean };
}

export const tabId = (idPrefix: string, stepId: string) => `${idPrefix}-tab-${stepId}`;
export const panelId = (idPrefix: string, stepId: string) => `${idPrefix}-panel-${stepId}`;

const NONE_DONE = { has: () => false };

/** The step tabs on one line: number or ✓, the open step's name (every name in a wide pane). */
export function StepNav({ locale, steps, active, onSelect, idPrefix, mounted, done = NONE_DONE }: StepNavProps) {
  const styles = useStyles();
  return (
    <nav aria-label={t(locale, "nav.label")} className={styles.nav}>
      <TabList className={styles.list} selectedValue={active} onTabSelect={(_, data) => onSelect(String(data.value))} size="small">
        {steps.map((step, i) => {
          const isDone = done.has(step.id);
          const open = step.id === active;
          return (
            <Tab
              key={step.id}
              className={mergeClasses(styles.tab, open && styles.openTab)}
              value={step.id}
              id={tabId(idPrefix, step.id)}
              aria-controls={mounted.has(step.id) ? panelId(idPrefix, step.id) : undefined}
              aria-description={isDone ? t(locale, "nav.done") : undefined}
              data-done={isDone ? "" : undefined}
            >
              <span className={styles.content}>
                <span aria-hidden="true" className={mergeClasses(styles.badge, isDone && styles.badgeDone, open && styles.badgeActive)}>
                  {isDone ? "✓" : t(locale, "nav.number", { n: i + 1 })}
                </span>
                <span className={open ? styles.openLabel : styles.hiddenLabel}>{t(locale, step.labelId)}</span>
              </span>
            </Tab>
          );
        })}
      </TabList>
    </nav>
  );
}
