import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { awardSteps } from "../../../domain/ranking/awardNotes";
import { roundTo } from "../../../domain/round";
import { formatNumber } from "../../../messages/format";
import { message, render } from "../../../messages/message";
import { catalogueLocale, t, type Locale } from "../../i18n/strings";
import type { RankingRow } from "./rankingView";
import { VISUALLY_HIDDEN } from "../../components/visuallyHidden";

export interface RankingTableProps {
  readonly rows: readonly RankingRow[];
  readonly percent: boolean;
  /** False when the template has no bands: the band column says "not set" rather than "unclassified". */
  readonly hasBands: boolean;
  readonly precision: number;
  readonly locale: Locale;
  /** id of the heading that names the table. */
  readonly labelledBy: string;
}

function awardText(row: RankingRow, locale: Locale): string {
  const loc = catalogueLocale(locale);
  if (row.pending) return render(message("award.cell.pending"), loc);
  const a = row.award;
  if (a === null) return row.eligible ? "" : t(locale, "ranking.award.ineligible");
  const steps = awardSteps(a).map((s) => (s.slots === s.among ? s.title : t(locale, "ranking.award.vote", { award: s.title, slots: s.slots })));
  return steps.join(render(message("award.cell.otherwise"), loc));
}

/**
 * In a pane under 420 px the table becomes a list of cards (a container query, so it follows the pane): the
 * rank and the unit on the first line, then each value under its column's name. The element is still the same
 * table for a screen reader (rows, cells, headers); a browser without container queries keeps the table.
 */
const NARROW = "@container (max-width: 419px)";

const useStyles = makeStyles({
  frame: { containerType: "inline-size" },
  table: { [NARROW]: { display: "block" } },
  head: { [NARROW]: VISUALLY_HIDDEN },
  body: { [NARROW]: { display: "block" } },
  row: { [NARROW]: { display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS } },
  rank: { [NARROW]: { display: "block", height: "auto", fontWeight: tokens.fontWeightSemibold } },
  unit: { [NARROW]: { display: "block", height: "auto", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" } },
  value: {
    [NARROW]: {
      display: "block",
      height: "auto",
      paddingTop: 0,
      paddingBottom: 0,
      gridColumnStart: "2",
      "&:empty": { display: "none" },
      "&::before": { content: "attr(data-label) \": \"", color: tokens.colorNeutralForeground3 },
    },
  },
});

type ValueColumn = "ranking.col.total" | "ranking.col.percent" | "ranking.col.band" | "ranking.col.award";

/** Rank, unit, total (and % of own maximum), band, award: a table, or cards in a narrow pane. */
export function RankingTable({ rows, percent, hasBands, precision, locale, labelledBy }: RankingTableProps) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  const num = (v: number) => formatNumber(roundTo(v, precision), loc, precision);
  const value = (id: ValueColumn) => ({ className: styles.value, "data-label": t(locale, id) });
  return (
    <div className={styles.frame}>
      <Table size="small" aria-labelledby={labelledBy} className={styles.table}>
        <TableHeader className={styles.head}>
          <TableRow>
            <TableHeaderCell scope="col">{t(locale, "ranking.col.rank")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(locale, "ranking.col.unit")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(locale, "ranking.col.total")}</TableHeaderCell>
            {percent && <TableHeaderCell scope="col">{t(locale, "ranking.col.percent")}</TableHeaderCell>}
            <TableHeaderCell scope="col">{t(locale, "ranking.col.band")}</TableHeaderCell>
            <TableHeaderCell scope="col">{t(locale, "ranking.col.award")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody className={styles.body}>
          {rows.map((r) => (
            <TableRow key={r.unit} className={styles.row}>
              <TableCell className={styles.rank}>{r.rank}</TableCell>
              <TableCell className={styles.unit}>{r.unit}</TableCell>
              <TableCell {...value("ranking.col.total")}>{num(r.total)}</TableCell>
              {percent && <TableCell {...value("ranking.col.percent")}>{r.percent === null ? "" : formatNumber(r.percent, loc, r.decimals)}</TableCell>}
              <TableCell {...value("ranking.col.band")}>{r.band ?? (hasBands ? render(message("band.unclassified"), loc) : t(locale, "ranking.band.none"))}</TableCell>
              <TableCell {...value("ranking.col.award")}>{awardText(r, locale)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
