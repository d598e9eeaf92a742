/** The roll-up as the step shows it: counts, quotas (those exceeded with the units beyond), units in two clusters, the table's first rows. */
import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Rollup } from "../../../domain/rollup/types";
import { message, render, type Params } from "../../../messages/message";
import type { rollupPaneTexts } from "../../../messages/rollupPaneTexts";
import { catalogueLocale, type Locale } from "../../i18n/strings";
import { rollupView } from "./rollupView";

/** Rows shown in the pane; the downloaded table has them all. */
export const SHOWN_ROWS = 100;

const useStyles = makeStyles({
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, textAlign: "left", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

export function RollupResult({ rollup, locale }: { readonly rollup: Rollup; readonly locale: Locale }) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  const tx = (id: keyof typeof rollupPaneTexts, params: Params = {}) => render(message(`ui.${id}`, params), loc);
  const view = rollupView(rollup);
  const over = rollup.quotas.some((q) => q.excess > 0);
  const cols = ["rollup.col.cluster", "rollup.col.unit", "rollup.col.rank", "rollup.col.band", "rollup.col.award"] as const;
  return (
    <>
      <p className={styles.heading}>{render(view.summary, loc)}</p>
      {view.periods && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{render(view.periods, loc)}</MessageBarBody>
        </MessageBar>
      )}
      {view.quotas.length > 0 && (
        <>
          <h3 className={styles.heading}>{tx("rollup.quotasHeading")}</h3>
          <MessageBar intent={over ? "warning" : "success"} layout="multiline">
            <MessageBarBody>
              <ul className={styles.list}>{view.quotas.map((m, i) => <li key={i}>{render(m, loc)}</li>)}</ul>
            </MessageBarBody>
          </MessageBar>
        </>
      )}
      {view.duplicates.length > 0 && (
        <>
          <h3 className={styles.heading}>{tx("rollup.duplicatesHeading")}</h3>
          <ul className={styles.list}>{view.duplicates.map((m, i) => <li key={i}>{render(m, loc)}</li>)}</ul>
        </>
      )}
      {view.notCompared.map((m, i) => <p key={i} className={styles.heading}>{render(m, loc)}</p>)}
      <h3 className={styles.heading}>{tx("rollup.tableHeading")}</h3>
      <table className={styles.table}>
        <thead>
          <tr>{cols.map((c) => <th key={c} scope="col" className={styles.cell}>{tx(c)}</th>)}</tr>
        </thead>
        <tbody>
          {view.rows.slice(0, SHOWN_ROWS).map((r, i) => (
            <tr key={i}>
              <td className={styles.cell}>{r.cluster}</td>
              <td className={styles.cell}>{r.unit}</td>
              <td className={styles.cell}>{r.rank ?? ""}</td>
              <td className={styles.cell}>{r.band}</td>
              <td className={styles.cell}>{r.award}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.rows.length > SHOWN_ROWS && <p className={styles.heading}>{tx("rollup.tableMore", { count: view.rows.length - SHOWN_ROWS })}</p>}
    </>
  );
}
