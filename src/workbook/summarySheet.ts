/**
 * The Tổng hợp sheet (docs/export.md): the cluster summary as LIVE formulas over Xếp hạng, printable
 * on A4 portrait — cluster, period, the table in rank order (INDEX over Xếp hạng by the unit of each line of
 * its ranked list, found there once), award proposals per award rule (quota applied, units to vote on),
 * ineligible units with the reason, and input cells for next year's head/deputy and the meeting details
 * the biên bản needs. Running lists are built in helper columns right of the printed part (no TEXTJOIN:
 * Excel 2016 functions only). Every value equals src/export/clusterSummary.ts for the same scores
 * (test/integration/export-summary-sheet.test.ts recalculates with LibreOffice).
 */
import { EXTRA_DECIMALS } from "../domain/cluster";
import type { Template } from "../domain/template/model";
import { message, render } from "../messages/message";
import { gateFailedFormula, numberFormat, numberFormatUpTo, str } from "./formulas";
import type { WorkbookLayout } from "./layout";
import { AWARD_PROPOSED, ELIGIBLE_NO, SHEET } from "./names";
import { absAddr, addr, columnLetter, sheetRef, type SheetPlan } from "./plan";
import { historyColumnRange, previousColumns, previousValue } from "./previousColumns";
import { orderedUnitCell } from "./rankFormulas";
import { SheetBuilder } from "./sheetBuilder";
import { SUMMARY_MEETING_FIELDS, summarySheetLayout, type SummaryLayout } from "./summarySheetLayout";
import { WORKBOOK_LOCALE, wb } from "./text";

export { summarySheetLayout, SUMMARY_MEETING_FIELDS, type SummaryLayout, type SummaryMeetingField } from "./summarySheetLayout";

export function buildSummarySheet(t: Template, L: WorkbookLayout, withHistory = false): SheetPlan {
  const n = L.unitCount;
  const S = summarySheetLayout(t, n, withHistory);
  const sh = new SheetBuilder(SHEET.summary);
  const fmt = numberFormat(t.precision);
  const X = sheetRef(SHEET.ranking);
  const P = sheetRef(SHEET.points);
  const R = L.rankingCols;
  const { cols: C, helpers: H } = S;
  const rankCol = (col: number) => `${X}$${columnLetter(col)}$2:$${columnLetter(col)}$${n + 1}`;
  const helperRange = (col: number) => `$${columnLetter(col)}$${S.line(1)}:$${columnLetter(col)}$${S.line(n)}`;
  const mergeRow = (row: number) => sh.merges.push(`${addr(S.valueCol, row)}:${addr(S.lastCol, row)}`);
  const none = str(wb("summary.none"));

  // Title, cluster, period.
  sh.label(1, 1, wb("summary.title"), { bold: true });
  sh.merges.push(`${addr(1, 1)}:${addr(S.lastCol, 1)}`);
  sh.label(S.labelCol, S.clusterRow, wb("summary.cluster"), { bold: true });
  sh.formula(S.valueCol, S.clusterRow, `${sheetRef(SHEET.units)}$E$1`);
  sh.label(S.labelCol, S.periodRow, wb("summary.period"), { bold: true });
  sh.formula(S.valueCol, S.periodRow, `${sheetRef(SHEET.units)}$E$2`);
  mergeRow(S.clusterRow);
  mergeRow(S.periodRow);

  // The table, in rank order.
  const columns: [number, string, number, string | undefined][] = [
    [C.unit, wb("head.unit"), R.unit, undefined],
    [C.self, wb("head.self"), R.selfTotal, fmt],
    [C.scored, wb("head.clusterScore"), R.scored, fmt],
    [C.bonus, wb("head.bonus"), R.bonus, fmt],
    [C.penalty, wb("head.penalty"), R.penalty, fmt],
    [C.total, wb("head.totalShort"), R.total, fmt],
    // The % with the extra decimals that separate units showing the same rounded % (as the CSV and the biên bản).
    ...(C.percent !== null && R.shownPercent !== null ? [[C.percent, wb("head.percent"), R.shownPercent, numberFormatUpTo(t.precision, EXTRA_DECIMALS)] as [number, string, number, string]] : []),
    [C.rank, wb("head.rank"), R.rank, "0"],
    [C.band, wb("head.band"), R.band, undefined],
    [C.award, wb("head.award"), R.award, undefined],
  ];
  sh.header(C.stt, S.headerRow, wb("head.index"));
  for (const [col, head] of columns) sh.header(col, S.headerRow, head);
  const matchLine = (k: number) => `${X}${orderedUnitCell(L, k)}`;
  for (let k = 1; k <= n; k++) {
    const r = S.line(k);
    sh.label(C.stt, r, k, { numFmt: "0" });
    for (const [col, , src, numFmt] of columns) sh.formula(col, r, `INDEX(${rankCol(src)},${matchLine(k)})`, numFmt ? { numFmt } : {});
  }
  if (C.previous) addPreviousColumns(sh, t, L, S, C.previous, matchLine);

  // Helpers: the reason per unit (input order), then per line (rank order) eligibility count, reason, award lists.
  const helperHead = (col: number, what: string) => sh.header(col, S.headerRow, wb("summary.helper", { what }));
  helperHead(H.reasonByUnit, wb("summary.helper.reason"));
  helperHead(H.ineligibleCount, wb("summary.helper.count"));
  helperHead(H.reasonByLine, wb("summary.helper.lineReason"));
  const gates = L.nodes.map((c, i) => ({ c, row: L.nodeRow(i) })).filter(({ c }) => c.children.length === 0 && c.kind === "gate");
  for (let u = 0; u < n; u++) {
    const failed = gates.map(({ row }) => `IF(${gateFailedFormula(`${P}${addr(L.finalEntryCol(u), row)}`)},1,0)`);
    const terms = gates.map(({ c }, g) => {
      const reason = str(render(message("award.gateFailed", { code: c.code }), WORKBOOK_LOCALE));
      const sep = g === 0 ? reason : `IF((${failed.slice(0, g).join("+")})>0,"; ","")&${reason}`;
      return `IF(${failed[g]}=1,${sep},"")`;
    });
    sh.formula(H.reasonByUnit, S.line(u + 1), terms.length === 0 ? '""' : terms.join("&"));
  }
  const reasonRange = helperRange(H.reasonByUnit);
  for (let k = 1; k <= n; k++) {
    const r = S.line(k);
    const prev = (col: number) => (k === 1 ? null : addr(col, r - 1));
    const inelig = `INDEX(${rankCol(R.eligible)},${matchLine(k)})=${str(ELIGIBLE_NO)}`;
    sh.formula(H.ineligibleCount, r, `IF(${inelig},1,0)${k === 1 ? "" : `+${prev(H.ineligibleCount)}`}`, { numFmt: "0" });
    sh.formula(H.reasonByLine, r, `INDEX(${reasonRange},${matchLine(k)})`);
  }
  t.awards.forEach((a, j) => {
    const h = H.awards[j]!;
    helperHead(h.outcome, wb("summary.helper.outcome", { award: a.title }));
    helperHead(h.proposed, wb("summary.helper.proposed", { award: a.title }));
    helperHead(h.vote, wb("summary.helper.vote", { award: a.title }));
    for (let k = 1; k <= n; k++) {
      const r = S.line(k);
      const o = addr(h.outcome, r);
      const name = addr(C.unit, r);
      const append = (col: number, cond: string) => {
        if (k === 1) return `IF(${cond},${name},"")`;
        const p = addr(col, r - 1);
        return `IF(${cond},IF(${p}="","",${p}&", ")&${name},${p})`;
      };
      sh.formula(h.outcome, r, `INDEX(${rankCol(R.awards[j]!.outcome)},${matchLine(k)})`);
      sh.formula(h.proposed, r, append(h.proposed, `${o}=${str(AWARD_PROPOSED)}`));
      sh.formula(h.vote, r, append(h.vote, `AND(${o}<>"",${o}<>${str(AWARD_PROPOSED)})`));
    }
  });

  // Award proposals by kind.
  sh.label(1, S.awardsTitleRow, wb("summary.awards"), { bold: true });
  t.awards.forEach((a, j) => {
    const rows = S.awardRows[j]!;
    const h = H.awards[j]!;
    const quota = `${X}${absAddr(R.bandsBlock + 1, L.awardsRow + j)}`;
    sh.label(S.labelCol, rows.title, a.title, { bold: true });
    sh.label(S.valueCol, rows.title, wb("summary.quota"));
    sh.formula(S.valueCol + 1, rows.title, quota, { numFmt: "0" });
    sh.label(S.labelCol, rows.proposed, wb("summary.proposed"));
    sh.label(S.labelCol, rows.vote, wb("summary.vote"));
    if (n === 0) {
      sh.label(S.valueCol, rows.proposed, wb("summary.none"));
      sh.label(S.valueCol, rows.vote, wb("summary.none"));
    } else {
      const lastP = addr(h.proposed, S.line(n));
      const lastV = addr(h.vote, S.line(n));
      sh.formula(S.valueCol, rows.proposed, `IF(${lastP}="",${none},${lastP})`, { wrap: true });
      // Places not proposed outright: those the vote(s) decide, including those kept for units not chosen in a vote above.
      const given = `MIN(${quota},COUNTIF(${rankCol(R.awards[j]!.demand)},1))`;
      const slots = `(${given}-COUNTIF(${helperRange(h.outcome)},${str(AWARD_PROPOSED)}))`;
      sh.formula(S.valueCol, rows.vote, `IF(${lastV}="",${none},${lastV}&${str(wb("summary.slotsPrefix"))}&${slots}&${str(wb("summary.slotsSuffix"))})`, { wrap: true });
    }
    mergeRow(rows.proposed);
    mergeRow(rows.vote);
  });

  // Ineligible units, compact, in rank order.
  sh.label(1, S.ineligibleTitleRow, wb("summary.ineligible"), { bold: true });
  for (let j = 1; j <= Math.max(n, 1); j++) {
    const r = S.ineligibleRow(j);
    if (n === 0) {
      sh.label(S.labelCol, r, wb("summary.none"));
      continue;
    }
    // The running count never decreases: the j-th ineligible line is the one after the last line counting j − 1
    // (binary search), and there is one only while j ≤ the last line's count.
    const count = helperRange(H.ineligibleCount);
    const at = j === 1 ? `IF(${addr(H.ineligibleCount, S.line(1))}=1,1,MATCH(0,${count},1)+1)` : `MATCH(${j - 1},${count},1)+1`;
    const exists = `${absAddr(H.ineligibleCount, S.line(n))}>=${j}`;
    sh.formula(S.labelCol, r, `IF(${exists},INDEX(${helperRange(C.unit)},${at}),${j === 1 ? none : '""'})`);
    sh.formula(S.valueCol, r, `IF(${exists},INDEX(${helperRange(H.reasonByLine)},${at}),"")`, { wrap: true });
    mergeRow(r);
  }

  // Inputs: next head and deputy, meeting details.
  sh.label(1, S.leadersTitleRow, wb("summary.leaders"), { bold: true });
  for (const [row, label] of [
    [S.headRow, wb("summary.head")],
    [S.deputyRow, wb("summary.deputy")],
  ] as const) {
    sh.label(S.labelCol, row, label);
    sh.input(S.valueCol, row);
    mergeRow(row);
  }
  sh.label(1, S.meetingTitleRow, wb("summary.meeting"), { bold: true });
  for (const f of SUMMARY_MEETING_FIELDS) {
    const row = S.meetingRow(f);
    sh.label(S.labelCol, row, wb(`summary.field.${f}`), { wrap: true });
    sh.input(S.valueCol, row);
    mergeRow(row);
  }

  sh.width(C.stt, 5);
  sh.width(C.unit, 30);
  for (const [col] of columns) if (col !== C.unit) sh.width(col, 9);
  sh.width(C.band, 12);
  sh.width(C.award, 24);
  if (C.previous) for (const col of [C.previous.total, C.previous.rank, C.previous.change]) sh.width(col, 9);
  for (let c = H.reasonByUnit; c <= H.reasonByLine + 3 * t.awards.length; c++) sh.width(c, 14);
  sh.print = { orientation: "portrait", repeatRows: `${S.headerRow}:${S.headerRow}`, area: `A1:${addr(S.lastCol, S.meetingRow("notes"))}` };
  return sh.build();
}


/** Last period's total and rank and the change, from Lịch sử (its rows are the units' order, like Xếp hạng's). */
function addPreviousColumns(sh: SheetBuilder, t: Template, L: WorkbookLayout, S: SummaryLayout, P: NonNullable<SummaryLayout["cols"]["previous"]>, matchLine: (k: number) => string): void {
  for (const { field, head, source, numFmt } of previousColumns(t, L.unitCount)) {
    sh.header(P[field], S.headerRow, head);
    const range = historyColumnRange(t, L.unitCount, source);
    for (let k = 1; k <= L.unitCount; k++) sh.formula(P[field], S.line(k), previousValue(`INDEX(${range},${matchLine(k)})`), { numFmt });
  }
}
