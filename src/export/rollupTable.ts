/**
 * The roll-up as plain tables (docs/rollup.md, "Outputs"), for the .xlsx, the CSV and the report: the
 * consolidated table (one row per unit of every cluster) and, per quota, its units in order with their place
 * within or beyond the quota. Documents for the board are Vietnamese, like the biên bản. Pure.
 */
import type { QuotaCheck, Rollup } from "../domain/rollup/types";
import type { rollupTexts } from "../messages/rollupTexts";
import { message, render, type Message, type Params } from "../messages/message";
import { UNCLASSIFIED } from "../workbook/names";
import { wb } from "../workbook/text";
import type { SummaryCell } from "./summaryTable";

type RollupTextId = Extract<keyof typeof rollupTexts, `doc.${string}` | `quota.${string}`>;
export const rm = (id: RollupTextId, params: Params = {}): Message => message(`rollup.${id}`, params);
export const rx = (id: RollupTextId, params: Params = {}): string => render(rm(id, params), "vi-VN").normalize("NFC");

const list = (items: readonly string[]) => items.join(rx("doc.listJoin"));

/** Whether any cluster ranks by % of own maximum (the table then has a % column). */
const hasPercent = (r: Rollup) => r.rows.some((row) => row.unit.percent !== null);

export function rollupHeader(r: Rollup): string[] {
  return [
    wb("head.index"),
    rx("doc.head.cluster"),
    wb("head.unit"),
    rx("doc.head.rankInCluster"),
    wb("head.totalShort"),
    ...(hasPercent(r) ? [wb("head.percent")] : []),
    rx("doc.head.crossRank"),
    wb("head.band"),
    wb("head.award"),
    rx("doc.head.note"),
  ].map((h) => h.normalize("NFC"));
}

/** Header row, then every unit: clusters in input order, units in their cluster's rank order. */
export function rollupRows(r: Rollup): SummaryCell[][] {
  const percent = hasPercent(r);
  const blank = (v: number | null): SummaryCell => v ?? "";
  const rows = r.rows.map((row, i): SummaryCell[] => {
    const notes = [...(row.alsoIn.length > 0 ? [rx("doc.note.alsoIn", { clusters: list(row.alsoIn) })] : []), ...row.overQuota.map((quota) => rx("doc.note.overQuota", { quota }))];
    return [
      i + 1,
      r.clusters[row.cluster]!.clusterName.normalize("NFC"),
      row.unit.name.normalize("NFC"),
      blank(row.unit.rank),
      blank(row.unit.total),
      ...(percent ? [blank(row.unit.percent)] : []),
      blank(row.crossRank),
      (row.unit.band ?? UNCLASSIFIED).normalize("NFC"),
      row.unit.awardLabel.normalize("NFC"),
      notes.join("; "),
    ];
  });
  return [rollupHeader(r), ...rows];
}

/** "tối đa 3 đơn vị", "tối đa 20% của 12 đơn vị được đề nghị Cờ thi đua = 2". */
export function capMessage(q: QuotaCheck): Message {
  const c = q.rule.cap;
  if (c.kind === "count") return rm("quota.capCount", { cap: q.cap });
  const base = q.base ?? 0;
  return c.of.length === 0 ? rm("quota.capShareAll", { percent: c.percent, base, cap: q.cap }) : rm("quota.capShareOf", { percent: c.percent, base, of: c.of.join(rx("quota.ofJoin")), cap: q.cap });
}

/** The units over a quota, "Tên (Cụm)". */
export function beyondQuota(r: Rollup, q: QuotaCheck): string[] {
  return q.proposed.slice(q.cap).map((u) => `${u.unit.name} (${r.clusters[u.cluster]!.clusterName})`);
}

/** Per quota: its title line, then STT | Cụm | Đơn vị | Xếp hạng trong cụm | Tổng | Chỉ tiêu (within / beyond). */
export function quotaRows(r: Rollup, q: QuotaCheck): { title: string; rows: SummaryCell[][] } {
  const title = rx("doc.quotaLine", { quota: q.rule.text, cap: capMessage(q), proposed: q.proposed.length });
  const header = [wb("head.index"), rx("doc.head.cluster"), wb("head.unit"), rx("doc.head.rankInCluster"), wb("head.totalShort"), rx("doc.head.quotaPlace")];
  const rows = q.proposed.map((u, i): SummaryCell[] => [i + 1, r.clusters[u.cluster]!.clusterName, u.unit.name, u.unit.rank ?? "", u.unit.total ?? "", i < q.cap ? rx("doc.within") : rx("doc.beyond")]);
  return { title, rows: [header, ...rows] };
}
