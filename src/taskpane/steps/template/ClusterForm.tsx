import { Body1, Field, Input, MessageBar, MessageBarBody, MessageBarTitle, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { type Dispatch, useState } from "react";
import { message } from "../../../messages/message";
import { type Locale, type StringId, t, tm } from "../../i18n/strings";
import type { PaneAction, PaneState } from "../../shell/paneState";
import { NameHygieneNotices } from "./NameHygieneNotices";
import type { UnitListAnalysis, UnitPair } from "./unitList";

const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface ClusterFormProps {
  readonly locale: Locale;
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly units: UnitListAnalysis;
}

function PairList({ locale, intent, titleId, item, pairs }: {
  locale: Locale;
  intent: "error" | "warning";
  titleId: StringId;
  item: (p: UnitPair) => string;
  pairs: readonly UnitPair[];
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t(locale, titleId)}</MessageBarTitle>
        <ul className={styles.list}>
          {pairs.map((p) => (
            <li key={`${p.index}-${p.firstIndex}`}>{item(p)}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

const pairParams = (p: UnitPair) => ({ name: p.name, second: p.index, other: p.other, first: p.firstIndex });

/** "Unit 5 … is nearly the same as unit 4 …: why." */
function nearText(locale: Locale, p: UnitPair): string {
  if (!p.reason) return t(locale, "cluster.near", pairParams(p));
  return tm(locale, message("hygiene.near.item", { ...pairParams(p), reason: message(`hygiene.near.${p.reason}`) }));
}

/** Cluster name, period and the unit list, with repeated, look-alike and legacy-font names pointed out. */
export function ClusterForm({ locale, state, dispatch, units }: ClusterFormProps) {
  const [converted, setConverted] = useState<number | null>(null);
  const setUnitsText = (unitsText: string) => {
    setConverted(null);
    dispatch({ type: "setUnitsText", unitsText });
  };
  const convert = (unitsText: string) => {
    dispatch({ type: "setUnitsText", unitsText });
    setConverted(units.legacy.length);
  };
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
          onChange={(_, d) => setUnitsText(d.value)}
        />
      </Field>
      <Body1 aria-live="polite">
        {t(locale, "cluster.unitCount", { count: units.unique.length })}
        {converted !== null && ` ${tm(locale, message("hygiene.pane.converted", { count: converted }))}`}
      </Body1>
      <NameHygieneNotices locale={locale} unitsText={state.unitsText} units={units} onConvert={convert} />
      {units.duplicates.length > 0 && (
        <PairList locale={locale} intent="error" titleId="cluster.duplicatesTitle" item={(p) => t(locale, "cluster.duplicate", pairParams(p))} pairs={units.duplicates} />
      )}
      {units.nearDuplicates.length > 0 && (
        <PairList locale={locale} intent="warning" titleId="cluster.nearTitle" item={(p) => nearText(locale, p)} pairs={units.nearDuplicates} />
      )}
    </>
  );
}
