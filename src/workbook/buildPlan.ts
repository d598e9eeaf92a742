/**
 * The ThiDua scoring workbook as a plan (see plan.ts and docs/workbook-contract.md).
 * Every formula mirrors the domain (src/domain/scoring, src/domain/ranking) exactly; the
 * integration test test/integration/workbook-recalc.test.ts recalculates the rendered workbook
 * with LibreOffice and compares it with evaluateCluster.
 */
import type { Criterion, Template } from "../domain/template/model";
import { cleanText, compareVietnamese, identityKey } from "../domain/text/normalize";
import {
  absAddr,
  addr,
  columnLetter,
  sheetRef,
  WORKBOOK_FORMAT,
  WORKBOOK_FORMAT_VERSION,
  type CellPlan,
  type DefinedNamePlan,
  type WorkbookPlan,
} from "./plan";
import { workbookLayout } from "./layout";
import {
  KIND_LABEL,
  SHEET,
  UNCLASSIFIED,
  ELIGIBLE_YES,
  ELIGIBLE_NO,
  ELIGIBLE_PENDING,
  JSON_CHUNK,
} from "./names";
import { shareDecimals, shareScale } from "../domain/ranking/exactShare";
import { bandFormula, gateDecidedFormula, gateFailedFormula, invalidEntryFormula, leafPointsFormula, num, numberFormat, str, sumOf } from "./formulas";
import { leafValidation, markCountRow, methodText } from "./validation";
import { SheetBuilder } from "./sheetBuilder";
import { wb } from "./text";
import { buildSummarySheet } from "./summarySheet";
import { awardCells, shownPercentCells } from "./awardFormulas";

export * from "./names";
export { workbookLayout, type WorkbookLayout } from "./layout";
export { bandFormula, gateFailedFormula, leafPointsFormula } from "./formulas";

export interface ClusterInfo {
  /** Cluster name (tên cụm/khối thi đua). */
  readonly name: string;
  /** Period (kỳ/năm), e.g. "2025". */
  readonly period: string;
  /** Member units in the cluster's order. */
  readonly units: readonly string[];
}

/**
 * Builds the plan. Unit names are cleaned (NFC, trimmed, spaces collapsed); an empty name or two names
 * that are the same unit (identityKey) throw: the domain would drop the second one, the workbook cannot.
 */
export function buildPlan(t: Template, cluster: ClusterInfo): WorkbookPlan {
  const units = cluster.units.map(cleanText);
  const seen = new Map<string, string>();
  for (const u of units) {
    if (u === "") throw new Error(wb("error.emptyUnit"));
    const k = identityKey(u);
    const other = seen.get(k);
    if (other !== undefined) throw new Error(wb("error.duplicateUnit", { name: u, other }));
    seen.set(k, u);
  }
  const L = workbookLayout(t, units.length);
  const { nodes } = L;
  const n = units.length;
  const p = t.precision;
  const fmt = numberFormat(p);
  const rowOfNode = new Map<Criterion, number>(nodes.map((c, i) => [c, L.nodeRow(i)]));
  const parentOf = new Map<Criterion, Criterion | null>();
  for (const c of t.criteria) parentOf.set(c, null);
  for (const c of nodes) for (const ch of c.children) parentOf.set(ch, c);

  const S = (name: string) => sheetRef(name);
  const definedNames: DefinedNamePlan[] = [];

  // ---- Tiêu chí --------------------------------------------------------------------------------
  const crit = new SheetBuilder(SHEET.criteria);
  ([wb("head.code"), wb("head.criterion"), wb("head.kind"), wb("head.method"), wb("head.max"), wb("head.step"), wb("head.rule")] as const).forEach((h, i) => crit.header(i + 1, 1, h));
  nodes.forEach((c, i) => {
    const r = L.criteriaRow(i);
    const group = c.children.length > 0;
    const extra: Partial<CellPlan> = group ? { role: "group", bold: true } : {};
    crit.label(1, r, c.code, extra);
    crit.label(2, r, c.title, { ...extra, indent: c.depth, wrap: true });
    crit.label(3, r, KIND_LABEL[c.kind], extra);
    crit.label(4, r, methodText(c), { ...extra, wrap: true });
    crit.label(5, r, c.max, extra);
    crit.label(6, r, c.step, extra);
    crit.label(7, r, c.rule ?? null, { ...extra, wrap: true });
  });
  [10, 50, 12, 40, 8, 8, 50].forEach((w, i) => crit.width(i + 1, w));
  crit.freeze = { rows: 1, columns: 0 };
  crit.print = { orientation: "landscape", repeatRows: "1:1" };

  // ---- Đơn vị ----------------------------------------------------------------------------------
  const uns = new SheetBuilder(SHEET.units);
  uns.header(1, 1, wb("head.index"));
  uns.header(2, 1, wb("head.unit"));
  units.forEach((name, u) => {
    uns.label(1, 2 + u, u + 1);
    uns.input(2, 2 + u, name);
  });
  uns.label(4, 1, wb("head.cluster"), { bold: true });
  uns.label(5, 1, cleanText(cluster.name));
  uns.label(4, 2, wb("head.period"), { bold: true });
  uns.label(5, 2, cleanText(cluster.period));
  uns.label(4, 3, wb("head.template"), { bold: true });
  uns.label(5, 3, wb("head.templateName", { title: t.title, id: t.id, version: t.version }));
  uns.width(1, 6);
  uns.width(2, 40);
  uns.width(4, 16);
  uns.width(5, 50);
  uns.freeze = { rows: 1, columns: 0 };
  uns.print = { orientation: "portrait", repeatRows: "1:1" };
  if (n > 0) definedNames.push({ name: "DonVi", ref: `${S(SHEET.units)}$B$2:$B$${n + 1}`, comment: wb("name.units") });
  const unitNameRef = (u: number) => `${S(SHEET.units)}${absAddr(2, 2 + u)}`;

  // ---- Chấm điểm (inputs) ----------------------------------------------------------------------
  const entry = new SheetBuilder(SHEET.entry);
  const pts = new SheetBuilder(SHEET.points);
  for (const sh of [entry, pts]) {
    sh.header(1, 1, wb("head.code"));
    sh.header(2, 1, wb("head.criterion"));
    sh.header(3, 1, wb("head.max"));
    for (const c of [1, 2, 3]) {
      sh.header(c, 2, "");
      sh.merges.push(`${addr(c, 1)}:${addr(c, 2)}`);
    }
    sh.width(1, 8);
    sh.width(2, 45);
    sh.width(3, 8);
    sh.freeze = { rows: 2, columns: 3 };
    nodes.forEach((c, i) => {
      const r = L.nodeRow(i);
      const group = c.children.length > 0;
      const extra: Partial<CellPlan> = group ? { role: "group", bold: true } : {};
      sh.label(1, r, c.code, extra);
      sh.label(2, r, c.title, { ...extra, indent: c.depth });
      sh.label(3, r, c.max, extra);
    });
  }
  for (let u = 0; u < n; u++) {
    const s = L.selfEntryCol(u);
    const k = L.clusterEntryCol(u);
    entry.set(s, 1, { formula: unitNameRef(u), role: "header", locked: true, bold: true, wrap: true });
    entry.header(k, 1, "");
    entry.merges.push(`${addr(s, 1)}:${addr(k, 1)}`);
    entry.header(s, 2, wb("head.self"));
    entry.header(k, 2, wb("head.clusterScore"));
    entry.width(s, 11);
    entry.width(k, 11);
  }
  nodes.forEach((c, i) => {
    if (c.children.length > 0 || n === 0) return;
    const r = L.nodeRow(i);
    for (let u = 0; u < n; u++) {
      entry.input(L.selfEntryCol(u), r);
      entry.input(L.clusterEntryCol(u), r);
    }
    const range = `${addr(L.selfEntryCol(0), r)}:${addr(L.clusterEntryCol(n - 1), r)}`;
    entry.dataValidations.push(leafValidation(c, range, addr(L.selfEntryCol(0), r)));
    markCountRow(entry, c, r, 3, Array.from({ length: n }, (_, u) => [L.selfEntryCol(u), L.clusterEntryCol(u)]).flat());
  });

  // In-sheet highlights: entries the domain would not count (red), and self vs cluster gaps above the
  // template's threshold on points typed directly (amber). Rows that share a rule share one format.
  if (n > 0) {
    const first = (r: number) => addr(L.selfEntryCol(0), r);
    const rowRange = (r: number) => `${first(r)}:${addr(L.clusterEntryCol(n - 1), r)}`;
    const invalid = new Map<string, { formula: (r: number) => string; rows: number[] }>();
    const gapRows: number[] = [];
    nodes.forEach((c, i) => {
      if (c.children.length > 0) return;
      const r = L.nodeRow(i);
      const formula = (row: number) => invalidEntryFormula(c, first(row), `$C${row}`);
      const key = formula(0);
      const group = invalid.get(key) ?? { formula, rows: [] };
      group.rows.push(r);
      invalid.set(key, group);
      const typedPoints = c.method === null || c.method.type === "manual" || c.method.type === "levels";
      if (t.selfClusterGap !== null && typedPoints) gapRows.push(r);
    });
    for (const g of invalid.values()) {
      entry.conditionalFormats.push({ ranges: g.rows.map(rowRange), formula: g.formula(g.rows[0]!), style: "error" });
    }
    if (gapRows.length > 0) {
      const r = gapRows[0]!;
      const x = first(r);
      const left = addr(L.selfEntryCol(0) - 1, r);
      // A cluster column (every second column from the first self column) compared with the self score on its left.
      entry.conditionalFormats.push({
        ranges: gapRows.map(rowRange),
        formula: `IF(AND(MOD(COLUMN(${x})-${L.selfEntryCol(0)},2)=1,ISNUMBER(${left}),ISNUMBER(${x})),ABS(${x}-${left})>${num(t.selfClusterGap!)},FALSE)`,
        style: "warning",
      });
    }
  }
  entry.print = { orientation: "landscape", repeatRows: "1:2", repeatColumns: "A:C" };

  // ---- Điểm (calculation) ----------------------------------------------------------------------
  const E = S(SHEET.entry);
  for (let u = 0; u < n; u++) {
    const [sp, fe, fp] = [L.selfPointsCol(u), L.finalEntryCol(u), L.finalPointsCol(u)];
    pts.set(sp, 1, { formula: unitNameRef(u), role: "header", locked: true, bold: true, wrap: true });
    pts.header(fe, 1, "");
    pts.header(fp, 1, "");
    pts.merges.push(`${addr(sp, 1)}:${addr(fp, 1)}`);
    pts.header(sp, 2, wb("head.self"));
    pts.header(fe, 2, wb("head.finalEntry"));
    pts.header(fp, 2, wb("head.clusterScore"));
    pts.width(sp, 10);
    pts.width(fe, 10);
    pts.width(fp, 10);
  }
  pts.header(L.bestSelfCol, 1, wb("head.best"));
  pts.header(L.bestFinalCol, 1, "");
  pts.merges.push(`${addr(L.bestSelfCol, 1)}:${addr(L.bestFinalCol, 1)}`);
  pts.header(L.bestSelfCol, 2, wb("head.self"));
  pts.header(L.bestFinalCol, 2, wb("head.clusterScore"));
  pts.width(L.bestSelfCol, 12);
  pts.width(L.bestFinalCol, 12);

  nodes.forEach((c, i) => {
    const r = L.nodeRow(i);
    const m = `$C${r}`;
    if (c.children.length > 0) {
      const same = c.children.filter((ch) => ch.kind === c.kind).map((ch) => rowOfNode.get(ch)!);
      for (let u = 0; u < n; u++) {
        for (const col of [L.selfPointsCol(u), L.finalPointsCol(u)]) {
          const f = same.length === 0 ? "0" : `MIN(${m},${sumOf(col, same)})`;
          pts.set(col, r, { formula: f, role: "group", locked: true, bold: true, numFmt: fmt });
        }
      }
      return;
    }
    const relative = c.method?.type === "relativeToBest";
    if (relative && n > 0) {
      const selfCells = Array.from({ length: n }, (_, u) => `${E}${addr(L.selfEntryCol(u), r)}`);
      const finalCells = Array.from({ length: n }, (_, u) => addr(L.finalEntryCol(u), r));
      pts.formula(L.bestSelfCol, r, `MAX(0,${selfCells.join(",")})`);
      pts.formula(L.bestFinalCol, r, `MAX(0,${finalCells.join(",")})`);
    }
    for (let u = 0; u < n; u++) {
      const selfIn = `${E}${addr(L.selfEntryCol(u), r)}`;
      const clusterIn = `${E}${addr(L.clusterEntryCol(u), r)}`;
      const fe = addr(L.finalEntryCol(u), r);
      pts.formula(L.finalEntryCol(u), r, `IF(TRIM(${clusterIn})<>"",${clusterIn},IF(TRIM(${selfIn})<>"",${selfIn},""))`);
      pts.formula(L.selfPointsCol(u), r, leafPointsFormula(c, selfIn, m, `$${columnLetter(L.bestSelfCol)}${r}`), { numFmt: fmt });
      pts.formula(L.finalPointsCol(u), r, leafPointsFormula(c, fe, m, `$${columnLetter(L.bestFinalCol)}${r}`), { numFmt: fmt });
    }
  });

  // Summary rows: pools, caps, total, own maximum, failed gates.
  const R = L.rows;
  const poolRoots = (kind: Criterion["kind"]) =>
    nodes.filter((c) => c.kind === kind && (parentOf.get(c) === null || parentOf.get(c)!.kind !== kind)).map((c) => rowOfNode.get(c)!);
  const scoredRoots = poolRoots("scored");
  const bonusRoots = poolRoots("bonus");
  const penaltyRoots = poolRoots("penalty");
  const naScoredLeaves = nodes.filter((c) => c.children.length === 0 && c.kind === "scored" && c.naAllowed);
  const gateLeaves = nodes.filter((c) => c.children.length === 0 && c.kind === "gate");
  const labels: [number, string, number | null][] = [
    [R.scored, wb("head.scored"), null],
    [R.bonus, wb("head.bonusCapped"), t.bonusCap],
    [R.penalty, wb("head.penaltyCapped"), t.penaltyCap],
    [R.total, wb("head.total"), null],
    [R.ownMax, wb("head.ownMax"), t.total],
    [R.failedGates, wb("head.failedGates"), null],
    [R.pendingGates, wb("head.pendingGates"), null],
  ];
  for (const [r, text, c] of labels) {
    pts.label(2, r, text, { bold: true });
    if (c !== null) pts.label(3, r, c, { bold: true });
  }
  const capped = (cap: number | null, capRow: number, sum: string) => (cap === null || sum === "0" ? sum : `MIN($C$${capRow},${sum})`);
  for (let u = 0; u < n; u++) {
    for (const [col, entryRef] of [
      [L.selfPointsCol(u), (r: number) => `${E}${addr(L.selfEntryCol(u), r)}`],
      [L.finalPointsCol(u), (r: number) => addr(L.finalEntryCol(u), r)],
    ] as const) {
      const X = columnLetter(col);
      const bold = { numFmt: fmt, bold: true };
      pts.formula(col, R.scored, scoredRoots.length ? sumOf(col, scoredRoots) : "0", bold);
      pts.formula(col, R.bonus, capped(t.bonusCap, R.bonus, sumOf(col, bonusRoots)), bold);
      pts.formula(col, R.penalty, capped(t.penaltyCap, R.penalty, sumOf(col, penaltyRoots)), bold);
      pts.formula(col, R.total, `ROUND(${X}${R.scored}+${X}${R.bonus}-${X}${R.penalty},${p})`, bold);
      if (naScoredLeaves.length === 0) pts.formula(col, R.ownMax, `$C$${R.ownMax}`, bold);
      else {
        const na = naScoredLeaves.map((c) => `IF(${X}${rowOfNode.get(c)}="",$C${rowOfNode.get(c)},0)`).join(",");
        pts.formula(col, R.ownMax, `$C$${R.ownMax}-SUM(${na})`, bold);
      }
      const failed = gateLeaves.map((c) => `IF(${gateFailedFormula(entryRef(rowOfNode.get(c)!))},1,0)`);
      pts.formula(col, R.failedGates, failed.length ? failed.join("+") : "0", { numFmt: "0", bold: true });
      const pending = gateLeaves.map((c) => `IF(${gateDecidedFormula(c, entryRef(rowOfNode.get(c)!))},0,1)`);
      pts.formula(col, R.pendingGates, pending.length ? pending.join("+") : "0", { numFmt: "0", bold: true });
    }
  }

  // ---- Xếp hạng --------------------------------------------------------------------------------
  const rk = new SheetBuilder(SHEET.ranking);
  const C = L.rankingCols;
  const P = S(SHEET.points);
  const heads: [number, string][] = [
    [C.stt, wb("head.index")],
    [C.unit, wb("head.unit")],
    [C.selfTotal, wb("head.self")],
    [C.scored, wb("head.clusterScore")],
    [C.bonus, wb("head.bonus")],
    [C.penalty, wb("head.penalty")],
    [C.total, wb("head.totalShort")],
    [C.rank, wb("head.rank")],
    [C.band, wb("head.band")],
    [C.eligible, wb("head.eligible")],
    [C.award, wb("head.award")],
  ];
  if (C.percent !== null) heads.push([C.percent, wb("head.percent")]);
  for (const [c, h] of heads) rk.header(c, 1, h);
  t.tieBreak.forEach((tb, k) => {
    const what =
      tb.by === "criterion"
        ? wb("tie.criterion", { code: tb.code })
        : tb.by === "penalty"
          ? wb("tie.penalty")
          : tb.by === "bonus"
            ? wb("tie.bonus")
            : wb("tie.selfTotal");
    rk.header(C.tieKeys[k]!, 1, wb("head.tieKey", { n: k + 1, what }));
    rk.width(C.tieKeys[k]!, 14);
  });
  const last = 1 + n;
  const colRange = (col: number) => `${S(SHEET.ranking)}$${columnLetter(col)}$2:$${columnLetter(col)}$${last}`;
  if (n > 0) {
    definedNames.push({ name: "TongDiem", ref: colRange(C.total), comment: wb("name.total") });
    definedNames.push({ name: "DiemXepHang", ref: colRange(C.exactKey ?? C.value), comment: wb("name.rankValue") });
    C.tieKeys.forEach((col, k) => definedNames.push({ name: `TieuChiPhu${k + 1}`, ref: colRange(col), comment: wb("name.tieKey", { n: k + 1 }) }));
    if (t.awards.length > 0) definedNames.push({ name: "XepHang", ref: colRange(C.rank), comment: wb("name.rank") });
    C.awards.forEach((a, k) => definedNames.push({ name: `UngVien${k + 1}`, ref: colRange(a.candidate), comment: wb("name.candidate", { award: t.awards[k]!.title }) }));
  }
  if (C.exactKey !== null && C.shownPercent !== null) {
    rk.header(C.exactKey, 1, wb("head.exactShare"));
    rk.width(C.exactKey, 16);
    rk.header(C.shownPercent, 1, wb("head.shownPercent"));
    C.extraRounds.forEach((col, k) => rk.header(col, 1, wb("head.extraRound", { n: p + 1 + k })));
  }
  if (C.groupSize !== null && C.groupIndex !== null) {
    rk.header(C.groupSize, 1, wb("head.groupSize"));
    rk.header(C.groupIndex, 1, wb("head.groupIndex"));
  }
  t.awards.forEach((a, k) => {
    const cols = C.awards[k]!;
    rk.header(cols.candidate, 1, wb("head.candidate", { award: a.title }));
    rk.header(cols.demand, 1, wb("head.demand", { award: a.title }));
    rk.header(cols.taken, 1, wb("head.taken", { award: a.title }));
    rk.header(cols.outcome, 1, wb("head.outcome", { award: a.title }));
    for (const c of [cols.candidate, cols.demand, cols.taken]) rk.width(c, 10);
    rk.width(cols.outcome, 14);
  });

  // Bands block.
  const B0 = C.bandsBlock;
  [wb("head.band"), wb("head.from"), wb("head.to"), wb("head.upperBound")].forEach((h, i) => rk.header(B0 + i, 1, h));
  t.bands.forEach((b, i) => {
    rk.label(B0, 2 + i, b.label);
    rk.label(B0 + 1, 2 + i, b.min);
    rk.label(B0 + 2, 2 + i, b.max ?? null);
    rk.label(B0 + 3, 2 + i, b.max === undefined ? "" : b.maxExclusive ? wb("label.exclusive") : wb("label.inclusive"));
  });
  rk.width(B0, 16);
  // Awards block, below the bands: title, quota (a number of units), minimum ranking value, bands that qualify.
  const A0 = L.awardsRow;
  [wb("head.awards"), wb("head.quota"), wb("head.minScore"), wb("head.awardBands")].forEach((h, i) => rk.header(B0 + i, A0 - 1, h));
  const eligibleRange = n > 0 ? `${colRange(C.eligible)}` : "";
  t.awards.forEach((a, k) => {
    const r = A0 + k;
    rk.label(B0, r, a.title);
    const q = a.quota;
    if (q.count !== undefined) rk.label(B0 + 1, r, q.count);
    else {
      const base = q.base === "eligible" ? `COUNTIF(${eligibleRange},${str(ELIGIBLE_YES)})` : "ROWS(DonVi)";
      const raw = `${num(q.percent ?? 0)}*${base}/100`;
      const f = q.rounding === "ceil" ? `MAX(0,ROUNDUP(${raw}-1E-9,0))` : q.rounding === "round" ? `ROUND(${raw},0)` : `INT(${raw}+1E-9)`;
      rk.formula(B0 + 1, r, n > 0 ? f : "0", { numFmt: "0" });
    }
    rk.label(B0 + 2, r, a.minScore ?? null);
    rk.label(B0 + 3, r, a.bands ? a.bands.join("; ") : wb("label.allBands"));
  });
  const quotaRef = (k: number) => absAddr(B0 + 1, A0 + k);
  const bandRef = (i: number, field: "label" | "min" | "max") => absAddr(B0 + (field === "label" ? 0 : field === "min" ? 1 : 2), 2 + i);

  const tieFieldCol = (tb: Template["tieBreak"][number]): ((r: number, u: number) => string) => {
    switch (tb.by) {
      case "criterion": {
        const c = t.byKey.get(identityKey(tb.code));
        const row = c ? rowOfNode.get(c) : undefined;
        return row === undefined ? () => "0" : (_r, u) => `${P}${addr(L.finalPointsCol(u), row)}`;
      }
      case "penalty":
        return (r) => addr(C.penalty, r);
      case "bonus":
        return (r) => addr(C.bonus, r);
      case "selfTotal":
        return (r) => addr(C.selfTotal, r);
    }
  };

  for (let u = 0; u < n; u++) {
    const r = L.rankingRow(u);
    const fcol = columnLetter(L.finalPointsCol(u));
    rk.label(C.stt, r, u + 1);
    rk.formula(C.unit, r, unitNameRef(u));
    rk.formula(C.selfTotal, r, `${P}${addr(L.selfPointsCol(u), R.total)}`, { numFmt: fmt });
    rk.formula(C.scored, r, `${P}${fcol}${R.scored}`, { numFmt: fmt });
    rk.formula(C.bonus, r, `${P}${fcol}${R.bonus}`, { numFmt: fmt });
    rk.formula(C.penalty, r, `${P}${fcol}${R.penalty}`, { numFmt: fmt });
    rk.formula(C.total, r, `ROUND(${addr(C.scored, r)}+${addr(C.bonus, r)}-${addr(C.penalty, r)},${p})`, { numFmt: fmt, bold: true });
    if (C.percent !== null) {
      const own = `${P}${fcol}${R.ownMax}`;
      rk.formula(C.percent, r, `IF(${own}>0,ROUND(100*${addr(C.total, r)}/${own},${p}),0)`, { numFmt: fmt, bold: true });
    }
    const V = addr(C.value, r);
    // What ranks: the total, or the exact share of own maximum (exactShare: one division of whole numbers).
    const K = C.exactKey !== null ? addr(C.exactKey, r) : V;
    if (C.exactKey !== null) {
      const own = `${P}${fcol}${R.ownMax}`;
      const scale = num(10 ** shareScale(t));
      const share = `100*ROUND(${addr(C.total, r)}*${scale},0)/ROUND(${own}*${scale},0)`;
      rk.formula(C.exactKey, r, `IF(${own}>0,ROUND(${share},${shareDecimals(t)}),0)`, { numFmt: `0.${"0".repeat(shareDecimals(t))}` });
      for (const [col, f, numFmt] of shownPercentCells(C, n, r, p)) rk.formula(col, r, f, { numFmt });
    }
    t.tieBreak.forEach((tb, k) => rk.formula(C.tieKeys[k]!, r, `ROUND(${tieFieldCol(tb)(r, u)},${p})`, { numFmt: fmt }));
    // Competition rank: 1 + units strictly better on the value, then on each tie-break key in turn.
    const terms = [`COUNTIF(DiemXepHang,">"&${K})`];
    t.tieBreak.forEach((tb, k) => {
      const eq = [`DiemXepHang,${K}`];
      for (let j = 0; j < k; j++) eq.push(`TieuChiPhu${j + 1},${addr(C.tieKeys[j]!, r)}`);
      const better = tb.by === "penalty" ? `"<"&` : `">"&`;
      terms.push(`COUNTIFS(${eq.join(",")},TieuChiPhu${k + 1},${better}${addr(C.tieKeys[k]!, r)})`);
    });
    rk.formula(C.rank, r, `1+${terms.join("+")}`, { numFmt: "0", bold: true });
    const failed = `${P}${fcol}${R.failedGates}`;
    const classify = bandFormula(t, V, bandRef);
    rk.formula(C.band, r, t.gateEffect === "unclassified" ? `IF(${failed}>0,${str(UNCLASSIFIED)},${classify})` : classify);
    const pending = `${P}${fcol}${R.pendingGates}`;
    rk.formula(C.eligible, r, `IF(${failed}>0,${str(ELIGIBLE_NO)},IF(${pending}>0,${str(ELIGIBLE_PENDING)},${str(ELIGIBLE_YES)}))`);
    for (const [col, f, numFmt] of awardCells(t, L, { r, value: V, quotaRef })) rk.formula(col, r, f, numFmt ? { numFmt } : {});
  }
  // Units in rank order (INDEX/MATCH, no dynamic arrays): equal ranks follow Vietnamese alphabetical
  // order, fixed at build time like the domain's ClusterResult.order.
  const alphaOf = units.map((_, u) => u).sort((a, b) => compareVietnamese(units[a]!, units[b]!) || a - b);
  const colAbs = (col: number) => `$${columnLetter(col)}$2:$${columnLetter(col)}$${1 + n}`;
  rk.header(C.alpha, 1, wb("head.alpha"));
  rk.header(C.position, 1, wb("head.position"));
  alphaOf.forEach((u, k) => rk.label(C.alpha, L.rankingRow(u), k + 1, { numFmt: "0" }));
  for (let u = 0; u < n; u++) {
    const r = L.rankingRow(u);
    rk.formula(
      C.position,
      r,
      `${addr(C.rank, r)}+COUNTIFS(${colAbs(C.rank)},${addr(C.rank, r)},${colAbs(C.alpha)},"<"&${addr(C.alpha, r)})`,
      { numFmt: "0" },
    );
  }
  const O = L.orderedBlock;
  rk.label(1, O.titleRow, wb("head.ordered"), { bold: true });
  const orderedCols: [string, number, string | undefined][] = [
    [wb("head.rank"), C.rank, "0"],
    [wb("head.unit"), C.unit, undefined],
    [C.percent !== null ? wb("head.percent") : wb("head.totalShort"), C.value, fmt],
    [wb("head.band"), C.band, undefined],
    [wb("head.award"), C.award, undefined],
  ];
  orderedCols.forEach(([h], i) => rk.header(1 + i, O.headerRow, h));
  for (let k = 0; k < n; k++) {
    const r = O.firstRow + k;
    const line = `MATCH(${k + 1},${colAbs(C.position)},0)`;
    orderedCols.forEach(([, src, numFmt], i) => rk.formula(1 + i, r, `INDEX(${colAbs(src)},${line})`, numFmt ? { numFmt } : {}));
  }
  rk.width(C.stt, 6);
  rk.width(C.unit, 32);
  for (const c of [C.selfTotal, C.scored, C.bonus, C.penalty, C.total, C.rank]) rk.width(c, 10);
  if (C.percent !== null) rk.width(C.percent, 12);
  rk.width(C.band, 16);
  rk.width(C.eligible, 12);
  rk.width(C.award, 28);
  rk.freeze = { rows: 1, columns: 2 };
  rk.print = { orientation: "landscape", repeatRows: "1:1", repeatColumns: "A:B" };
  pts.print = { orientation: "landscape", repeatRows: "1:2", repeatColumns: "A:C" };

  // ---- _ThiDua (hidden) ------------------------------------------------------------------------
  const meta = new SheetBuilder(SHEET.meta, true);
  const json = JSON.stringify(t.input);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; ) {
    let end = Math.min(json.length, i + JSON_CHUNK);
    // Never split a surrogate pair.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1]!)) end--;
    chunks.push(json.slice(i, end));
    i = end;
  }
  const metaRows: [string, string | number][] = [
    ["format", WORKBOOK_FORMAT],
    ["formatVersion", WORKBOOK_FORMAT_VERSION],
    ["templateId", t.id],
    ["templateVersion", t.version],
    ["clusterName", cleanText(cluster.name)],
    ["period", cleanText(cluster.period)],
    ["unitCount", n],
    ["templateJsonParts", chunks.length],
  ];
  metaRows.forEach(([k, v], i) => {
    meta.label(1, i + 1, k);
    meta.label(2, i + 1, v);
  });
  chunks.forEach((ch, i) => {
    meta.label(1, metaRows.length + 1 + i, `templateJson${i + 1}`);
    meta.label(2, metaRows.length + 1 + i, ch);
  });
  meta.width(1, 20);
  meta.width(2, 80);

  return {
    sheets: [crit.build(), uns.build(), entry.build(), pts.build(), rk.build(), buildSummarySheet(t, L), meta.build()],
    definedNames,
  };
}

/** Reassembles the template JSON stored in a _ThiDua sheet's cells (B-column values by row). */
export function templateJsonFromMeta(valueAt: (row: number) => unknown): string {
  const parts = Number(valueAt(8) ?? 0);
  let out = "";
  for (let i = 0; i < parts; i++) out += String(valueAt(9 + i) ?? "");
  return out;
}
