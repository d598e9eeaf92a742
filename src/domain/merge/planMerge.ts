/**
 * Plans the merge of member units' self-scoring files into the cluster workbook: matches each file to a
 * unit and each row to a criterion by identity (identityKey of the unit name, criterion code), never by
 * position; checks the template (id, version, content hash), the period, the criteria and every value
 * (readEntry); and lists every Tự chấm cell that would change, old → new. Pure: nothing is written here.
 *
 * A file with any error is skipped as a whole (never half-merged). Empty cells in a file never clear
 * the cluster's value. Only self scores (Tự chấm) are planned, never cluster scores.
 */
import { message, type Message } from "../../messages/message";
import { readEntry, type RawValue } from "../scoring/entryValue";
import type { Criterion } from "../template/model";
import { walk } from "../template/tree";
import { cleanText, identityKey, looseKey } from "../text/normalize";
import type { Finding, Location, Severity } from "../validation/finding";
import type { MessageId } from "../../messages/catalogue";
import { handoutUnitName } from "./handoutUnitName";
import { hashText, templateHash } from "./templateHash";
import {
  isUnreadable,
  type FileOutcome,
  type HandoutInput,
  type MergeChange,
  type MergeCluster,
  type MergeLogRecord,
  type MergePlan,
  type ParsedHandout,
} from "./types";

/** More missing criteria than this are reported as one finding (a cleared sheet would list hundreds). */
const MAX_LISTED = 10;

const isEmpty = (v: RawValue) => v === null || v === undefined || (typeof v === "string" && cleanText(v) === "");

/** The value written into the cluster: numbers and booleans as typed, text cleaned (NFC, spaces). */
export function mergeValue(v: RawValue): string | number | boolean {
  if (typeof v === "number" || typeof v === "boolean") return v;
  return cleanText(String(v ?? ""));
}

/** Same entry? Numbers by value, text after cleaning (case and tone placement count as a change). */
export function sameValue(a: RawValue, b: RawValue): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (typeof a === "number" || typeof b === "number" || typeof a === "boolean" || typeof b === "boolean") return a === b;
  return cleanText(String(a)) === cleanText(String(b));
}

/** Hash of the values a file carries (criterion code → value, template order): "same values" for the log. */
export function mergeValuesHash(values: readonly (readonly [string, string | number | boolean])[]): string {
  return hashText(JSON.stringify(values));
}

interface Analysed {
  readonly input: HandoutInput;
  readonly findings: Finding[];
  readonly unitIndex: number | null;
  /** Leaf index → value, for files without errors. */
  readonly values: Map<number, { value: string | number | boolean; source: Location }>;
  readonly notes: number;
}

export function planMerge(cluster: MergeCluster, inputs: readonly HandoutInput[], options: { now?: string } = {}): MergePlan {
  const t = cluster.template;
  const hash = templateHash(t);
  const unitByKey = new Map<string, number>();
  const unitsByLoose = new Map<string, number[]>();
  cluster.units.forEach((u, i) => {
    if (!unitByKey.has(identityKey(u))) unitByKey.set(identityKey(u), i);
    const lk = looseKey(u);
    unitsByLoose.set(lk, [...(unitsByLoose.get(lk) ?? []), i]);
  });
  const nodes = [...walk(t.criteria)];
  const nodeByKey = new Map<string, { node: Criterion; index: number }>();
  nodes.forEach((node, index) => {
    if (!nodeByKey.has(node.key)) nodeByKey.set(node.key, { node, index });
  });
  const leafIndex = new Map<Criterion, number>(t.leaves.map((l, i) => [l, i]));

  const analysed = inputs.map((input) => analyse(input));

  // Two mergeable files for one unit: which one is right cannot be guessed; both are skipped. (A file
  // skipped for its own errors does not block another file of the same unit.)
  const byUnit = new Map<number, Analysed[]>();
  for (const a of analysed) {
    if (a.unitIndex === null || a.findings.some((f) => f.severity === "error")) continue;
    byUnit.set(a.unitIndex, [...(byUnit.get(a.unitIndex) ?? []), a]);
  }
  const duplicated = new Set<Analysed>();
  for (const [u, group] of byUnit) {
    if (group.length < 2) continue;
    const files = group.map((g) => g.input.file).join(", ");
    for (const g of group) {
      duplicated.add(g);
      g.findings.push(finding("handout.merge.duplicateUnit", "error", { file: g.input.file }, { unit: cluster.units[u]!, files }, cluster.units[u]!));
    }
  }

  // Current self scores by unit and leaf.
  const current = new Map<string, RawValue>();
  for (const e of cluster.entries) {
    const u = unitByKey.get(identityKey(e.unit));
    const n = nodeByKey.get(identityKey(e.criterion));
    if (u === undefined || n === undefined || isEmpty(e.self)) continue;
    current.set(`${u}\u0000${leafIndex.get(n.node)}`, e.self);
  }

  const changes: MergeChange[] = [];
  const findings: Finding[] = [];
  const files: FileOutcome[] = [];
  const log: MergeLogRecord[] = [];
  for (const a of analysed) {
    const errors = a.findings.filter((f) => f.severity === "error").length;
    const base = {
      file: a.input.file,
      values: a.values.size,
      notes: a.notes,
      ...(a.unitIndex !== null ? { unit: cluster.units[a.unitIndex]! } : {}),
      ...(isUnreadable(a.input) ? {} : { fileId: a.input.meta.fileId }),
    };
    if (isUnreadable(a.input) || errors > 0 || a.unitIndex === null) {
      findings.push(...a.findings);
      const reason = isUnreadable(a.input)
        ? a.input.unreadable
        : duplicated.has(a)
          ? message("handout.merge.skippedDuplicate", { unit: base.unit ?? "" })
          : message("handout.merge.skippedErrors", { count: errors });
      files.push({ ...base, status: "skipped", reason, changes: 0 });
      continue;
    }
    const u = a.unitIndex;
    const unit = cluster.units[u]!;
    const ordered = [...a.values.entries()].sort((x, y) => x[0] - y[0]);
    const valuesHash = mergeValuesHash(ordered.map(([li, v]) => [t.leaves[li]!.code, v.value] as const));
    const fileChanges: MergeChange[] = [];
    for (const [li, v] of ordered) {
      const leaf = t.leaves[li]!;
      const old = current.get(`${u}\u0000${li}`) ?? null;
      if (sameValue(old, v.value)) continue;
      fileChanges.push({
        unit, unitIndex: u, criterion: leaf.code, leafIndex: li, where: cluster.selfCell(u, leaf.code),
        old, value: v.value, source: v.source, overwrite: !isEmpty(old),
      });
    }
    const fileId = (a.input as ParsedHandout).meta.fileId;
    const sameFile = cluster.log.filter((r) => r.fileId === fileId && r.valuesHash === valuesHash).at(-1);
    const sameUnit = cluster.log.filter((r) => identityKey(r.unit) === identityKey(unit) && !(r.fileId === fileId && r.valuesHash === valuesHash)).at(-1);
    const where = { file: a.input.file };
    if (fileChanges.length === 0) {
      a.findings.push(
        sameFile
          ? finding("handout.merge.alreadyMerged", "info", where, { at: sameFile.at }, unit)
          : a.values.size === 0
            ? finding("handout.merge.noValues", "info", where, {}, unit)
            : finding("handout.merge.unchanged", "info", where, {}, unit),
      );
      findings.push(...a.findings);
      files.push({ ...base, status: sameFile ? "alreadyMerged" : "unchanged", changes: 0, valuesHash });
      continue;
    }
    if (sameUnit) a.findings.push(finding("handout.merge.mergedBefore", "info", where, { at: sameUnit.at, file: sameUnit.file }, unit));
    const overwrites = fileChanges.filter((c) => c.overwrite).length;
    if (overwrites > 0) a.findings.push(finding("handout.merge.overwrites", "warning", where, { count: overwrites }, unit));
    findings.push(...a.findings);
    changes.push(...fileChanges);
    files.push({ ...base, status: "merge", changes: fileChanges.length, valuesHash });
    log.push({ at: options.now ?? "", fileId, unit, file: a.input.file, valuesHash, cells: fileChanges.length });
  }
  changes.sort((x, y) => x.unitIndex - y.unitIndex || x.leafIndex - y.leafIndex);
  return { changes, findings, files, log };

  function analyse(input: HandoutInput): Analysed {
    const out: Analysed = { input, findings: [], unitIndex: null, values: new Map(), notes: 0 };
    if (isUnreadable(input)) {
      out.findings.push({ code: input.unreadable.id, severity: "error", where: { file: input.file }, message: input.unreadable });
      return out;
    }
    const m = input.meta;
    const file = { file: input.file };
    const fileFinding = (id: MessageId, severity: Severity, params: Record<string, string | number> = {}) =>
      out.findings.push(finding(id, severity, file, params));
    if (identityKey(m.templateId) !== identityKey(t.id)) {
      fileFinding("handout.merge.wrongTemplate", "error", { found: m.templateId, expected: t.id });
    } else if (cleanText(m.templateVersion) !== cleanText(t.version)) {
      fileFinding("handout.merge.wrongVersion", "error", { found: m.templateVersion, expected: t.version });
    } else if (m.templateHash !== hash) {
      fileFinding("handout.merge.templateChanged", "error", { version: t.version });
    }
    if (identityKey(m.period) !== identityKey(cluster.period)) fileFinding("handout.merge.wrongPeriod", "error", { found: m.period, expected: cluster.period });
    if (identityKey(m.clusterName) !== identityKey(cluster.clusterName)) fileFinding("handout.merge.otherCluster", "warning", { found: m.clusterName, expected: cluster.clusterName });

    const named = handoutUnitName(input, cluster.units, (name) => unitByKey.get(identityKey(name)));
    out.findings.push(...named.findings);
    const unitName = named.name;
    const u = named.unitIndex;
    let unit: string | undefined;
    if (u !== undefined) {
      (out as { unitIndex: number | null }).unitIndex = u;
      unit = cluster.units[u]!;
    } else if (!named.explained) {
      const similar = (unitsByLoose.get(looseKey(unitName)) ?? []).map((i) => cluster.units[i]!);
      out.findings.push(
        similar.length > 0
          ? finding("handout.merge.unknownUnitSimilar", "error", file, { unit: unitName, similar: similar.join(", ") }, unitName)
          : finding("handout.merge.unknownUnit", "error", file, { unit: unitName, units: cluster.units.join(", ") }, unitName),
      );
    }

    const seen = new Map<number, number>();
    const at = (cell: string): Location => ({ file: input.file, sheet: input.sheet, cell });
    for (const r of input.rows) {
      if (r.note.trim() !== "") (out as { notes: number }).notes++;
      const code = cleanText(r.code);
      const hit = nodeByKey.get(identityKey(code));
      if (!hit) {
        out.findings.push(finding("handout.merge.extraCriterion", "error", at(`A${r.row}`), { code, title: cleanText(r.title) }, unit, code));
        continue;
      }
      const { node, index } = hit;
      const before = seen.get(index);
      if (before !== undefined) {
        out.findings.push(finding("handout.merge.duplicateRow", "error", at(`A${r.row}`), { code: node.code, other: before }, unit, node.code));
        continue;
      }
      seen.set(index, r.row);
      if (identityKey(r.title) !== identityKey(node.title)) {
        out.findings.push(finding("handout.merge.criterionRenamed", "error", at(`B${r.row}`), { code: node.code, found: cleanText(r.title), expected: node.title }, unit, node.code));
      }
      if (typeof r.max !== "number" || Math.abs(r.max - node.max) > 1e-9) {
        out.findings.push(finding("handout.merge.maxChanged", "error", at(`E${r.row}`), { code: node.code, found: String(r.max ?? ""), expected: node.max }, unit, node.code));
      }
      if (r.row !== input.firstRow + index) {
        out.findings.push(finding("handout.merge.rowMoved", "info", at(`A${r.row}`), { code: node.code, expected: input.firstRow + index, found: r.row }, unit, node.code));
      }
      if (node.children.length > 0) {
        if (!isEmpty(r.self)) out.findings.push(finding("handout.merge.groupHasValue", "error", at(r.selfCell), { code: node.code }, unit, node.code));
        continue;
      }
      if (isEmpty(r.self)) continue;
      const read = readEntry(node, r.self);
      for (const p of read.problems) {
        out.findings.push({
          code: p.message.id, severity: p.severity, ...(unit ? { unit } : {}), criterion: node.code, column: "self",
          where: at(r.selfCell), message: p.message, ...(p.fix ? { fix: p.fix } : {}),
        });
      }
      out.values.set(leafIndex.get(node)!, { value: mergeValue(r.self), source: at(r.selfCell) });
    }
    const missing = nodes.filter((_, index) => !seen.has(index));
    const sheetWhere = { file: input.file, sheet: input.sheet };
    if (missing.length > MAX_LISTED) {
      const codes = missing.slice(0, MAX_LISTED).map((n) => n.code).join(", ");
      out.findings.push(finding("handout.merge.criteriaMissing", "error", sheetWhere, { count: missing.length, codes: `${codes}, …` }, unit));
    } else {
      for (const node of missing) out.findings.push(finding("handout.merge.criterionMissing", "error", sheetWhere, { code: node.code, title: node.title }, unit, node.code));
    }
    return out;
  }
}

function finding(id: MessageId, severity: Severity, where: Location, params: Record<string, string | number>, unit?: string, criterion?: string): Finding {
  return {
    code: id,
    severity,
    ...(unit !== undefined ? { unit } : {}),
    ...(criterion !== undefined ? { criterion } : {}),
    where,
    message: message(id, params) as Message,
  };
}
