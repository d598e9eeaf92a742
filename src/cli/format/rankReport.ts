/** The `rank` result as text (findings, ranking table, ties, awards, ineligible units) or as JSON. */
import {
  awardSteps, countBySeverity, formatNumber, lookBackNotes, message, pendingNotes, render, renderBoth, roundTo, voteNotes,
  type ClusterResult, type Finding, type Locale, type Location, type Severity, type UnitResult,
} from "../../domain";
import { t } from "../messages";
import { renderTable, type Column } from "./table";

const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function formatLocation(w: Location | undefined): string {
  if (!w) return "";
  if (w.file !== undefined) return [w.file, w.line, w.column].filter((p) => p !== undefined).join(":");
  return [w.sheet, w.cell].filter((p) => p !== undefined).join("!");
}

/** Findings that repeat on many lines (a misspelt unit or code) are printed once with the other lines. */
const GROUPED = new Set<string>(["entry.unknownUnit", "entry.unknownCriterion"]);
const MAX_CODES = 15;

/** Findings grouped by severity; "not scored" warnings are gathered per unit, repeated unknown names per name. */
export function findingLines(findings: readonly Finding[], locale: Locale): string[] {
  if (findings.length === 0) return [t(locale, "rank.noFindings")];
  const out: string[] = [];
  for (const severity of SEVERITIES) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push(t(locale, "rank.findingsHeading", { severity: t(locale, `severity.${severity}`), count: group.length }));
    const missing = new Map<string, string[]>();
    const repeated = new Map<string, Finding[]>();
    const repeatKey = (f: Finding) => `${f.code}\u0000${render(f.message, locale)}`;
    for (const f of group) {
      if (f.code === "entry.missing" && f.unit !== undefined && f.criterion !== undefined && f.where === undefined) {
        const codes = missing.get(f.unit);
        if (codes) codes.push(f.criterion);
        else missing.set(f.unit, [f.criterion]);
      } else if (GROUPED.has(f.code)) {
        const same = repeated.get(repeatKey(f));
        if (same) same.push(f);
        else repeated.set(repeatKey(f), [f]);
      }
    }
    const done = new Set<string>();
    for (const f of group) {
      const codes = f.code === "entry.missing" && f.unit !== undefined ? missing.get(f.unit) : undefined;
      if (codes && codes.length > 1) {
        if (done.has(`missing:${f.unit}`)) continue;
        done.add(`missing:${f.unit}`);
        const shown = codes.length > MAX_CODES ? `${codes.slice(0, MAX_CODES).join(", ")}, …` : codes.join(", ");
        out.push(`  ${f.unit}: ${t(locale, "rank.missingGrouped", { count: codes.length, codes: shown })}`);
        continue;
      }
      const same = GROUPED.has(f.code) ? repeated.get(repeatKey(f))! : [f];
      if (same.length > 1) {
        if (done.has(repeatKey(f))) continue;
        done.add(repeatKey(f));
      }
      const unit = same.every((g) => g.unit === f.unit) ? f.unit : undefined;
      const criterion = same.every((g) => g.criterion === f.criterion) ? f.criterion : undefined;
      const also = same.slice(1).flatMap((g) => (g.where?.line !== undefined ? [g.where.line] : []));
      out.push(`  ${findingHead({ ...f, unit, criterion }, locale)}: ${render(f.message, locale)}`);
      if (also.length > 0) out.push(`      ${t(locale, "rank.alsoAtLines", { lines: lineRanges(also) })}`);
      if (f.fix) out.push(`      → ${t(locale, "rank.fix", { fix: render(f.fix.message, locale) })}`);
    }
  }
  return out;
}

/** 14, 15, 16, 20 → "14–16, 20". */
export function lineRanges(lines: readonly number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}` : String(sorted[i]));
    i = j;
  }
  return parts.join(", ");
}

function findingHead(f: Pick<Finding, "where" | "unit" | "criterion" | "column">, locale: Locale): string {
  const parts = [formatLocation(f.where), f.unit, f.criterion].filter((p): p is string => p !== undefined && p !== "");
  if (f.column) parts.push(`(${t(locale, `rank.column.${f.column}`)})`);
  return parts.join(" ");
}

/** The award column: pending gate, or the first award then what those not chosen get (like the workbook's column). */
function awardCell(u: UnitResult, locale: Locale): string {
  if (u.pendingGates.length > 0) return render(message("award.cell.pending"), locale);
  if (!u.award) return "";
  const steps = awardSteps(u.award).map((s) => (s.slots === s.among ? s.title : t(locale, "rank.awardVote", { award: s.title, slots: s.slots })));
  return steps.join(render(message("award.cell.otherwise"), locale));
}

function eligibleCell(u: UnitResult, locale: Locale): string {
  if (u.eligible && u.pendingGates.length > 0) return render(message("eligibility.pending"), locale);
  return t(locale, u.eligible ? "rank.yes" : "rank.no");
}

export function rankingLines(r: ClusterResult, locale: Locale): string[] {
  const p = r.template.precision;
  const num = (v: number) => formatNumber(roundTo(v, p), locale, p);
  const percent = r.template.rankBy === "percentOfOwnMax";
  const columns: Column[] = [
    { header: t(locale, "rank.col.rank"), align: "right" },
    { header: t(locale, "rank.col.unit") },
    { header: t(locale, "rank.col.self"), align: "right" },
    { header: t(locale, "rank.col.cluster"), align: "right" },
    { header: t(locale, "rank.col.bonus"), align: "right" },
    { header: t(locale, "rank.col.penalty"), align: "right" },
    { header: t(locale, "rank.col.total"), align: "right" },
    ...(percent ? [{ header: t(locale, "rank.col.percent"), align: "right" as const }] : []),
    { header: t(locale, "rank.col.band") },
    { header: t(locale, "rank.col.eligible") },
    { header: t(locale, "rank.col.award") },
  ];
  const rows = r.order.map((i) => {
    const u = r.units[i]!;
    return [
      String(u.rank), u.name, num(u.self.total), num(u.final.scored), num(u.final.bonus), num(u.final.penalty), num(u.final.total),
      // More decimals where that is what separates two units that would show the same %.
      ...(percent ? [formatNumber(roundTo(u.exactValue, u.shownDecimals), locale, u.shownDecimals)] : []),
      u.band ?? render(message("band.unclassified"), locale),
      eligibleCell(u, locale),
      awardCell(u, locale),
    ];
  });
  const out = [t(locale, "rank.rankingHeading"), ...renderTable(columns, rows), t(locale, "rank.legend")];
  if (percent) out.push(t(locale, "rank.legendPercent"));

  const ordered = r.order.map((i) => r.units[i]!);
  const ties = ordered.filter((u) => u.tie);
  if (ties.length > 0) out.push("", t(locale, "rank.tiesHeading"), ...ties.map((u) => `  - ${u.name}: ${render(u.tie!, locale)}`));

  if (r.template.awards.length > 0) {
    out.push("", t(locale, "rank.awardsHeading"));
    const awardLines: string[] = [];
    for (const u of ordered) {
      const a = u.award;
      if (a?.status === "proposed") awardLines.push(`  - ${u.name}: ${render(message("award.proposed", { award: a.title, rank: u.rank }), locale)}`);
    }
    awardLines.push(...voteNotes(r).map((m) => `  - ${render(m, locale)}`));
    awardLines.push(...pendingNotes(r).map(({ unit, note }) => `  - ${unit.name}: ${render(note, locale)}`));
    awardLines.push(...lookBackNotes(r).map(({ unit, note }) => `  - ${unit.name}: ${render(note, locale)}`));
    out.push(...(awardLines.length > 0 ? awardLines : [`  ${t(locale, "rank.noAwards")}`]));
  }

  const ineligible = ordered.filter((u) => !u.eligible);
  if (ineligible.length > 0) {
    out.push("", t(locale, "rank.ineligibleHeading"));
    for (const u of ineligible) {
      const reasons = u.ineligibleReasons.map((m) => render(m, locale)).join("; ");
      out.push(`  - ${u.name}: ${render(message("award.ineligible", { reasons }), locale)}`);
    }
  }
  return out;
}

/** Machine-readable result: numbers as numbers, every message in both languages. */
export function rankJson(r: ClusterResult, files: { scores: string; units: string | null }): unknown {
  const p = r.template.precision;
  const errors = countBySeverity(r.findings).error;
  return {
    template: { id: r.template.id, version: r.template.version, title: r.template.title, rankBy: r.template.rankBy },
    files,
    ok: errors === 0,
    counts: countBySeverity(r.findings),
    findings: r.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      ...(f.unit !== undefined ? { unit: f.unit } : {}),
      ...(f.criterion !== undefined ? { criterion: f.criterion } : {}),
      ...(f.column !== undefined ? { column: f.column } : {}),
      ...(f.where !== undefined ? { where: f.where, location: formatLocation(f.where) } : {}),
      message: renderBoth(f.message),
      ...(f.fix ? { fix: { value: f.fix.value, message: renderBoth(f.fix.message) } } : {}),
    })),
    ranking: r.order.map((i) => {
      const u = r.units[i]!;
      return {
        rank: u.rank,
        unit: u.name,
        self: u.self.total,
        cluster: roundTo(u.final.scored, p),
        bonus: u.final.bonus,
        penalty: u.final.penalty,
        total: u.final.total,
        rankValue: u.rankValue,
        exactValue: u.exactValue,
        pendingGates: u.pendingGates,
        tieKeys: u.tieKeys,
        band: u.band,
        eligible: u.eligible,
        ineligibleReasons: u.ineligibleReasons.map(renderBoth),
        tie: u.tie ? renderBoth(u.tie) : null,
        award: u.award
          ? {
              status: u.award.status,
              id: u.award.awardId,
              title: u.award.title,
              // Bounded: the count and the first names (the full list would repeat for every tied unit).
              ...(u.award.status === "needsVote"
                ? {
                    slots: u.award.slots,
                    contenderCount: u.award.contenders.length,
                    firstContenders: u.award.contenders.slice(0, 5).map((j) => r.units[j]!.name),
                    fallback: u.award.fallback.map((f) => ({ id: f.awardId, title: f.title, slots: f.slots, among: f.among })),
                  }
                : {}),
            }
          : null,
      };
    }),
  };
}
