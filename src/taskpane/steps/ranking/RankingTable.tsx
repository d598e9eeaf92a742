import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { awardSteps } from "../../../domain/ranking/awardNotes";
import { roundTo } from "../../../domain/round";
import { formatNumber } from "../../../messages/format";
import { message, render } from "../../../messages/message";
import { catalogueLocale, t, type Locale } from "../../i18n/strings";
import type { RankingRow } from "./rankingView";

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

/** Rank, unit, total (and % of own maximum), band, award. */
export function RankingTable({ rows, percent, hasBands, precision, locale, labelledBy }: RankingTableProps) {
  const loc = catalogueLocale(locale);
  const num = (v: number) => formatNumber(roundTo(v, precision), loc, precision);
  return (
    <Table size="small" aria-labelledby={labelledBy}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t(locale, "ranking.col.rank")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t(locale, "ranking.col.unit")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t(locale, "ranking.col.total")}</TableHeaderCell>
          {percent && <TableHeaderCell scope="col">{t(locale, "ranking.col.percent")}</TableHeaderCell>}
          <TableHeaderCell scope="col">{t(locale, "ranking.col.band")}</TableHeaderCell>
          <TableHeaderCell scope="col">{t(locale, "ranking.col.award")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.unit}>
            <TableCell>{r.rank}</TableCell>
            <TableCell>{r.unit}</TableCell>
            <TableCell>{num(r.total)}</TableCell>
            {percent && <TableCell>{r.percent === null ? "" : formatNumber(r.percent, loc, r.decimals)}</TableCell>}
            <TableCell>{r.band ?? (hasBands ? render(message("band.unclassified"), loc) : t(locale, "ranking.band.none"))}</TableCell>
            <TableCell>{awardText(r, locale)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
