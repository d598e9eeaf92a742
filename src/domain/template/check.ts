import { lookBackTarget, sameLabel } from "../history/lookBack";
import { message } from "../../messages/message";
import { isMultipleOf, roundTo } from "../round";
import { bandRangeText, bandsAscending, upperOf } from "./bands";
import type { Criterion, Template } from "./model";
import type { TemplateIssue } from "./parse";
import { withPlaces } from "./issuePlace";
import { walk } from "./tree";
import { quotaSize } from "../ranking/quota";

export interface CheckOptions {
  /** Number of units in the cluster, to check award quotas against. */
  readonly unitCount?: number;
}

const EPS = 1e-9;

/**
 * Checks a parsed template for the mismatches real published tables have.
 * Reports them with the numbers; never changes the template.
 * Severity "error" means the template cannot be used as it is (entries could not be matched).
 */
export function checkTemplate(t: Template, options: CheckOptions = {}): TemplateIssue[] {
  return withPlaces(t.input, [...checkTree(t), ...checkBands(t), ...checkAwards(t, options), ...checkLookBacks(t)]);
}

function checkTree(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const warn = (c: Criterion, m: TemplateIssue["message"], field = "") =>
    out.push({ severity: "warning", path: c.path + field, message: m });
  const seen = new Map<string, Criterion[]>();
  for (const c of walk(t.criteria)) {
    seen.set(c.key, [...(seen.get(c.key) ?? []), c]);
    const sameKind = c.children.filter((ch) => ch.kind === c.kind);
    if (c.maxDeclared && sameKind.length > 0) {
      const sum = roundTo(sameKind.reduce((s, ch) => s + ch.max, 0), 6);
      if (Math.abs(sum - c.max) > EPS) warn(c, message("check.childrenSumMismatch", { code: c.code, sum, max: c.max }), ".max");
    }
    const m = c.method;
    if (m?.type === "manual" && c.step !== null && !isMultipleOf(c.max, c.step)) {
      warn(c, message("check.stepDoesNotDivideMax", { code: c.code, step: c.step, max: c.max }), ".method");
    }
    if (m?.type === "perCount" && m.cap !== undefined && m.cap > c.max + EPS) {
      warn(c, message("check.perCountCapOverMax", { code: c.code, cap: m.cap, max: c.max }), ".method.cap");
    }
    if (m?.type === "levels") {
      const top = Math.max(...m.levels.map((l) => l.points));
      if (top < c.max - EPS) warn(c, message("check.levelsMissingMax", { code: c.code, max: c.max, top }), ".method.levels");
    }
  }
  for (const [, list] of seen) {
    if (list.length > 1) {
      for (const c of list.slice(1)) {
        out.push({ severity: "error", path: `${c.path}.code`, message: message("check.duplicateCode", { code: c.code, count: list.length }) });
      }
    }
  }
  const scoredTop = t.criteria.filter((c) => c.kind === "scored");
  const sum = roundTo(scoredTop.reduce((s, c) => s + c.max, 0), 6);
  if (Math.abs(sum - t.total) > EPS) {
    out.push({ severity: "warning", path: "total", message: message("check.totalMismatch", { sum, total: t.total }) });
  }
  return out;
}

function checkBands(t: Template): TemplateIssue[] {
  const out: TemplateIssue[] = [];
  const sorted = bandsAscending(t.bands);
  const index = (b: (typeof sorted)[number]) => t.bands.indexOf(b);
  const smallest = t.step ?? Math.pow(10, -t.precision);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const lower = sorted[i]!;
    const upper = sorted[i + 1]!;
    const u = upperOf(lower);
    if (u.value > upper.min + EPS || (Math.abs(u.value - upper.min) <= EPS && u.inclusive)) {
      out.push({
        severity: "warning",
        path: `bands[${index(upper)}]`,
        message: message("check.bandsOverlap", {
          a: lower.label, aRange: bandRangeText(lower), b: upper.label, bRange: bandRangeText(upper),
        }),
      });
    } else if (u.value < upper.min - EPS) {
      const example = roundTo(u.inclusive ? u.value + smallest : u.value, 6);
      out.push({
        severity: "warning",
        path: `bands[${index(lower)}]`,
        message: message("check.bandsGap", {
          lower: lower.label, lowerRange: bandRangeText(lower), upper: upper.label, upperRange: bandRangeText(upper),
          example: Math.min(example, upper.min), rule: message(t.bandGap === "lowerBand" ? "check.bandGapRule.lowerBand" : "check.bandGapRule.unclassified"),
        }),
      });
    }
  }
  const bottom = sorted[0];
  if (bottom && bottom.min > 0) {
    out.push({ severity: "warning", path: `bands[${index(bottom)}].min`, message: message("check.bandsBottom", { min: bottom.min }) });
  }
  return out;
}

/**
 * A look-back's texts that are none of this template's bands or award titles (compared as the workbook does): most
 * often a typo, which no earlier result would ever match; earlier years with other names are the exception.
 */
function checkLookBacks(t: Template): TemplateIssue[] {
  return t.awards.flatMap((a, i) => {
    if (!a.previous) return [];
    const { field, labels } = lookBackTarget(a.previous);
    const known = field === "band" ? t.bands.map((b) => b.label) : t.awards.map((x) => x.title);
    return labels.flatMap((label, k) =>
      known.some((x) => sameLabel(x, label)) ? [] : [{ severity: "warning" as const, path: `awards[${i}].previous.${field === "band" ? "bands" : "awards"}[${k}]`, message: message(field === "band" ? "history.check.unknownBand" : "history.check.unknownAward", { award: a.title, label }) }],
    );
  });
}

function checkAwards(t: Template, o: CheckOptions): TemplateIssue[] {
  if (o.unitCount === undefined) return [];
  const units = o.unitCount;
  const out: TemplateIssue[] = [];
  t.awards.forEach((a, i) => {
    const path = `awards[${i}].quota`;
    if (a.quota.count !== undefined && a.quota.count > units) {
      out.push({ severity: "warning", path, message: message("check.quotaImpossible", { award: a.title, quota: a.quota.count, units }) });
    }
    if (a.quota.percent !== undefined && quotaSize(a.quota, units, units) === 0) {
      out.push({ severity: "warning", path, message: message("check.quotaZero", { award: a.title, percent: a.quota.percent, units }) });
    }
  });
  return out;
}
