import { Body1, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Dispatch } from "react";
import { type Locale, type StringId, t } from "../../i18n/strings";
import type { PaneAction, PaneState } from "../../shell/paneState";
import type { UnitListAnalysis, UnitPair } from "./unitList";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface ClusterFormProps {
  readonly locale: Locale;
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly units: UnitListAnalysis;
}

function PairList({ locale, intent, titleId, itemId, pairs }: {
  locale: Locale;
  intent: "error" | "warning";
  titleId: StringId;
  itemId: StringId;
  pairs: readonly UnitPair[];
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(locale, titleId)}</MessageBarTitle>
        <ul className={styles.list}>
          {pairs.map((p) => (
            <li key={`${p.index}-${p.firstIndex}`}>
              {t(locale, itemId, { name: p.name, second: p.index, other: p.other, first: p.firstIndex })}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Cluster name, period and the unit list, with repeated and look-alike names pointed out. */
export function ClusterForm({ locale, state, dispatch, units }: ClusterFormProps) {
  return (
    <>
      <Field label={t(locale, "cluster.name")}>
        <Input value={state.cluster} onChange={(_, d) => dispatch({ type: "setCluster", cluster: d.value })} />
      </Field>
      <Field label={t(locale, "cluster.period")} hint={t(locale, "cluster.periodHint")}>
        <Input value={state.period} onChange={(_, d) => dispatch({ type: "setPeriod", period: d.value })} />
      </Field>
      <Field
        label={t(locale, "cluster.units")}
        hint={t(locale, "cluster.unitsHint")}
        validationState={units.duplicates.length > 0 ? "error" : "none"}
      >
        <Textarea
          resize="vertical"
          rows={8}
          value={state.unitsText}
          onChange={(_, d) => dispatch({ type: "setUnitsText", unitsText: d.value })}
        />
      </Field>
      <Body1 aria-live="polite">{t(locale, "cluster.unitCount", { count: units.unique.length })}</Body1>
      {units.duplicates.length > 0 && (
        <PairList locale={locale} intent="error" titleId="cluster.duplicatesTitle" itemId="cluster.duplicate" pairs={units.duplicates} />
      )}
      {units.nearDuplicates.length > 0 && (
        <PairList locale={locale} intent="warning" titleId="cluster.nearTitle" itemId="cluster.near" pairs={units.nearDuplicates} />
      )}
    </>
  );
}
