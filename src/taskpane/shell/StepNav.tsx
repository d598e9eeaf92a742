import { Tab, TabList } from "@fluentui/react-components";
import { type Locale, t } from "../i18n/strings";
import type { StepDefinition } from "./stepComponent";

export interface StepNavProps {
  readonly locale: Locale;
  readonly steps: readonly StepDefinition[];
  readonly active: string;
  readonly onSelect: (stepId: string) => void;
  /** Prefix of the tab and panel ids (tab: `${idPrefix}-tab-${id}`). */
  readonly idPrefix: string;
}

export const tabId = (idPrefix: string, stepId: string) => `${idPrefix}-tab-${stepId}`;
export const panelId = (idPrefix: string, stepId: string) => `${idPrefix}-panel-${stepId}`;

/** The step tabs (arrow keys move between tabs, Enter/Space opens one). Only the open step's panel exists, so only its tab has aria-controls. */
export function StepNav({ locale, steps, active, onSelect, idPrefix }: StepNavProps) {
  return (
    <nav aria-label={t(locale, "nav.label")}>
      <TabList selectedValue={active} onTabSelect={(_, data) => onSelect(String(data.value))} size="small">
        {steps.map((step) => (
          <Tab key={step.id} value={step.id} id={tabId(idPrefix, step.id)} aria-controls={step.id === active ? panelId(idPrefix, step.id) : undefined}>
            {t(locale, step.labelId)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
