/**
 * What importing the chosen earlier files would write into Lịch sử (HistoryImport.tsx): the periods, whether the sheet
 * is added, units matched by an earlier name, results no unit matches (each with a choice of the unit it is now, the
 * pane's "--renamed"), typed results kept over the file's, and periods without room.
 */
import { Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { HistoryImportPreview as Preview, KeptTyped } from "../../../excel/actions/historyImportTypes";
import { labelsOfPeriod } from "../../../domain/history/samePeriod";
import type { PastResult } from "../../../domain/history/types";
import { message, render, type Params } from "../../../messages/message";
import type { historyImportTexts } from "../../../messages/historyImportTexts";
import { catalogueLocale, type Locale } from "../../i18n/strings";

type TextId = keyof typeof historyImportTexts;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  sub: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface HistoryImportPreviewProps {
  readonly preview: Preview;
  readonly locale: Locale;
  /** Earlier name → the unit it is now ("" when not mapped). */
  readonly mapping: Readonly<Record<string, string>>;
  readonly onMap: (was: string, now: string) => void;
  readonly disabled: boolean;
}

/** Unmatched results by name, with the periods they are in and the near unit, if any. */
function unmatchedByName(p: Preview): { name: string; periods: string[]; near: string | null }[] {
  const byName = new Map<string, { name: string; periods: string[]; near: string | null }>();
  for (const u of p.unmatched) {
    const e = byName.get(u.name) ?? { name: u.name, periods: [], near: u.near };
    e.periods.push(u.period);
    byName.set(u.name, e);
  }
  return [...byName.values()];
}

export function HistoryImportPreview({ preview: p, locale, mapping, onMap, disabled }: HistoryImportPreviewProps) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  const tx = (id: TextId, params: Params = {}) => render(message(`history.${id}`, params), loc);
  const result = (r: PastResult) => [r.total, r.rank, r.band, r.award].filter((v) => v !== null).join(" · ") || tx("import.blank");
  const keptLine = (k: KeptTyped) => tx("import.kept", { unit: k.unit, period: k.period, typed: result(k.typed), imported: result(k.imported) });
  const unmatched = unmatchedByName(p);
  return (
    <>
      <p>{tx("import.periods", { periods: p.periods.join(", "), filled: p.filled.join(", ") || tx("import.nothingFilled") })}</p>
      {p.createsSheet && <p className={styles.hint}>{tx("import.createsSheet")}</p>}
      {p.filled.length > 0 && <p className={styles.hint}>{tx("import.awardIsProposal")}</p>}
      {labelsOfPeriod(p.filled, p.current).length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{tx("import.samePeriod", { period: p.current })}</MessageBarBody>
        </MessageBar>
      )}
      {p.dropped.length > 0 && <p className={styles.hint}>{tx("import.dropped", { room: p.room, periods: p.dropped.join(", ") })}</p>}
      {p.renamed.length > 0 && (
        <>
          <h4 className={styles.sub}>{tx("import.renamedHeading")}</h4>
          <ul className={styles.list}>{p.renamed.map((r, i) => <li key={i}>{tx("import.renamed", { unit: r.unit, period: r.period, was: r.was })}</li>)}</ul>
        </>
      )}
      {unmatched.length > 0 && (
        <>
          <h4 className={styles.sub}>{tx("import.unmatchedHeading")}</h4>
          <p className={styles.hint}>{tx("import.unmatchedHint")}</p>
          {unmatched.map((u) => (
            <Field key={u.name} label={tx("import.unmatched", { name: u.name, periods: u.periods.join(", ") })} hint={u.near ? tx("import.near", { near: u.near }) : undefined}>
              <Select value={mapping[u.name] ?? ""} disabled={disabled} onChange={(_, d) => onMap(u.name, d.value)}>
                <option value="">{tx("import.noUnit")}</option>
                {p.units.map((name) => <option key={name} value={name}>{name}</option>)}
              </Select>
            </Field>
          ))}
        </>
      )}
      {p.kept.length > 0 && (
        <>
          <h4 className={styles.sub}>{tx("import.keptHeading")}</h4>
          <ul className={styles.list}>{p.kept.map((k, i) => <li key={i}>{keptLine(k)}</li>)}</ul>
        </>
      )}
    </>
  );
}
