/**
 * Matches entries to units and criteria by identity (normalised unit name, criterion code),
 * never by position, and reads every value once.
 */
import { message } from "../../messages/message";
import type { Template } from "../template/model";
import { cleanText, identityKey } from "../text/normalize";
import type { Finding, Location, ScoreColumn } from "../validation/finding";
import { readEntry, type EntryValue } from "./entryValue";
import type { EntryInput, UnitInput } from "./input";

export interface Cell {
  readonly self: EntryValue;
  readonly cluster: EntryValue;
  /** Cluster value when the cluster scored the criterion, else the self score. */
  readonly final: EntryValue;
  /** Where the entry came from (cells, CSV line), for messages. */
  readonly where?: EntryInput["where"];
}

export interface ScoreSheet {
  readonly template: Template;
  /** Distinct units in input order (first spelling kept). */
  readonly units: readonly { readonly name: string; readonly key: string }[];
  /** cells[unitIndex][leafIndex], leaves in template order. */
  readonly cells: readonly (readonly Cell[])[];
  /** Structural and per-value findings. */
  readonly findings: readonly Finding[];
}

const EMPTY: EntryValue = { kind: "empty" };

export function buildScoreSheet(template: Template, units: readonly UnitInput[], entries: readonly EntryInput[]): ScoreSheet {
  const findings: Finding[] = [];
  const unitIndex = new Map<string, number>();
  const distinct: { name: string; key: string }[] = [];
  for (const u of units) {
    const name = cleanText(u.name);
    const where = u.where ? { where: u.where } : {};
    if (name === "") {
      findings.push({ code: "entry.emptyUnitName", severity: "error", ...where, message: message("entry.emptyUnitName") });
      continue;
    }
    const key = identityKey(name);
    const seen = unitIndex.get(key);
    if (seen !== undefined) {
      const other = distinct[seen]!.name;
      findings.push({ code: "entry.duplicateUnit", severity: "error", unit: name, ...where, message: message("entry.duplicateUnit", { name, other }) });
      continue;
    }
    unitIndex.set(key, distinct.length);
    distinct.push({ name, key });
  }

  const leafIndex = new Map<string, number>();
  template.leaves.forEach((l, i) => {
    if (!leafIndex.has(l.key)) leafIndex.set(l.key, i);
  });
  const raw: ({ self: EntryValue; cluster: EntryValue; where?: EntryInput["where"] } | undefined)[][] = distinct.map(() => new Array(template.leaves.length));

  // A cluster's entries repeat each unit name and criterion code many times: clean each spelling once.
  const cleaned = new Map<string, { text: string; key: string }>();
  const clean = (typed: string) => {
    if (!cleaned.has(typed)) {
      const text = cleanText(typed);
      cleaned.set(typed, { text, key: identityKey(text) });
    }
    return cleaned.get(typed)!;
  };
  for (const e of entries) {
    const { text: unitName, key: unitKey } = clean(e.unit);
    const row = e.where?.row ?? e.where?.self ?? e.where?.cluster;
    const where = row ? { where: row } : {};
    const u = unitIndex.get(unitKey);
    if (u === undefined) {
      findings.push({ code: "entry.unknownUnit", severity: "error", unit: unitName, ...where, message: message("entry.unknownUnit", { name: unitName }) });
      continue;
    }
    const { text: code, key: codeKey } = clean(e.criterion);
    const li = leafIndex.get(codeKey);
    if (li === undefined) {
      findings.push({ code: "entry.unknownCriterion", severity: "error", unit: distinct[u]!.name, criterion: code, ...where, message: message("entry.unknownCriterion", { code }) });
      continue;
    }
    const leaf = template.leaves[li]!;
    if (raw[u]![li] !== undefined) {
      findings.push({
        code: "entry.duplicateEntry", severity: "error", unit: distinct[u]!.name, criterion: leaf.code, ...where,
        message: message("entry.duplicateEntry", { unit: distinct[u]!.name, code: leaf.code }),
      });
      continue;
    }
    const at = { leaf, unit: distinct[u]!.name, row, findings };
    raw[u]![li] = {
      self: readColumn(at, "self", e.self, e.where?.self),
      cluster: readColumn(at, "cluster", e.cluster, e.where?.cluster),
      ...(e.where ? { where: e.where } : {}),
    };
  }

  const cells = raw.map((row) =>
    template.leaves.map((_, li) => {
      const c = row[li] ?? { self: EMPTY, cluster: EMPTY };
      const final = c.cluster.kind === "empty" ? c.self : c.cluster;
      return { self: c.self, cluster: c.cluster, final, ...(c.where ? { where: c.where } : {}) };
    }),
  );
  return { template, units: distinct, cells, findings };
}

/** Reads one entry's value in one column; its problems become findings located at the cell, else the row. */
function readColumn(
  at: { readonly leaf: Template["leaves"][number]; readonly unit: string; readonly row: Location | undefined; readonly findings: Finding[] },
  column: ScoreColumn,
  value: EntryInput["self"],
  loc: Location | undefined,
): EntryValue {
  const r = readEntry(at.leaf, value);
  for (const p of r.problems) {
    at.findings.push({
      code: p.message.id, severity: p.severity, unit: at.unit, criterion: at.leaf.code, column,
      ...(loc ?? at.row ? { where: (loc ?? at.row)! } : {}), message: p.message, ...(p.fix ? { fix: p.fix } : {}),
    });
  }
  return r.value;
}
