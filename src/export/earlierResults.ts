/**
 * Earlier periods' results from files, for Lịch sử: a ThiDua scoring workbook, or a summary .xlsx/CSV export
 * (readClusterResults.ts). From a file's name and bytes, no file system: `thidua build --history` reads the files
 * from disk (src/cli/commands/historyOption.ts), the pane from the files the user chooses. An earlier ThiDua
 * workbook also brings its own Lịch sử (the periods before it, and the earlier names recorded there), so last
 * year's workbook alone gives the whole history; it is parsed once for both.
 */
import type { EarlierImport, ImportedHistory } from "../domain/history/importEarlier";
import type { PeriodResults } from "../domain/history/matchPeriods";
import { labelsOfPeriod } from "../domain/history/samePeriod";
import type { ClusterResults } from "../domain/rollup/types";
import { message, type Message } from "../messages/message";
import type { ClusterRead } from "../workbook/readBack";
import { fileStem, readClusterResults } from "./readClusterResults";

/** What one earlier file gives: its own period's results, then the periods of its Lịch sử, and its units' earlier names. */
export interface EarlierFile {
  readonly file: string;
  readonly periods: readonly PeriodResults[];
  readonly renamed: EarlierImport["renamed"];
}

export type EarlierFileRead = { readonly ok: true; readonly value: EarlierFile } | { readonly ok: false; readonly errors: readonly Message[] };

function periodOf(r: ClusterResults): PeriodResults {
  const label = r.period ?? fileStem(r.file);
  return { label, units: r.units.map((u) => ({ name: u.name, total: u.total, rank: u.rank, band: u.band, award: u.awardStatus === "proposed" ? u.award : null })) };
}

/** The periods of a workbook's own Lịch sử (a blank label is named after the workbook's period) and its earlier names. */
function fromHistory(first: string, read: ClusterRead): Pick<EarlierFile, "periods" | "renamed"> {
  const h = read.history;
  if (!h) return { periods: [], renamed: [] };
  const periods: PeriodResults[] = [];
  h.periods.forEach((label, j) => {
    const units = read.units.flatMap((name, u) => {
      const past = h.units[u]?.results[j];
      return past ? [{ name, ...past }] : [];
    });
    if (label !== "" || units.length > 0) periods.push({ label: label || `${first} − ${j + 1}`, units });
  });
  const renamed = read.units.flatMap((now, u) => (h.units[u]?.aliases ?? []).map((was) => ({ was, now })));
  return { periods, renamed };
}

/** One earlier file's periods (its own first) and earlier names; `file` names it in messages. */
export async function readEarlierFile(file: string, bytes: Uint8Array): Promise<EarlierFileRead> {
  const results = await readClusterResults(file, bytes);
  if (!results.ok) return results;
  const own = periodOf(results.value);
  const past = results.cluster ? fromHistory(own.label, results.cluster) : { periods: [], renamed: [] };
  return { ok: true, value: { file, periods: [own, ...past.periods], renamed: past.renamed } };
}

/** "Tên cũ=Tên mới" → [old, new]; null when it has no "=" or an empty side. */
export function parseRenamed(text: string): [string, string] | null {
  const i = text.indexOf("=");
  const [was, now] = [text.slice(0, i).trim(), text.slice(i + 1).trim()];
  return i < 0 || was === "" || now === "" ? null : [was, now];
}

const isYear = (label: string) => /^\d{4}$/.test(label.trim());

/** Most recent first: by year when every label is a year, else in the order given; the first file naming a period wins. */
export function orderPeriods(periods: readonly PeriodResults[]): PeriodResults[] {
  const seen = new Set<string>();
  const distinct = periods.filter((p) => !seen.has(p.label.trim()) && seen.add(p.label.trim()));
  return distinct.every((p) => isYear(p.label)) ? [...distinct].sort((a, b) => Number(b.label) - Number(a.label)) : distinct;
}

/** The files' periods and earlier names as one import; `renamed` (the user's "was = now") comes after the files' own. */
export function earlierImport(files: readonly EarlierFile[], renamed: EarlierImport["renamed"] = []): EarlierImport {
  return { periods: orderPeriods(files.flatMap((f) => f.periods)), renamed: [...files.flatMap((f) => f.renamed), ...renamed] };
}

/** Where the earlier results go: the workbook's Lịch sử sheet (build, the pane) or only into a ranking (`rank`). */
export type HistoryUse = "sheet" | "ranking";

const NOTE_IDS = {
  sheet: { filled: "history.cli.filled", dropped: "history.cli.dropped", renamed: "history.cli.matchedRenamed" },
  ranking: { filled: "history.cli.rankFilled", dropped: "history.cli.rankDropped", renamed: "history.cli.rankMatchedRenamed" },
} as const;

/**
 * What the import did, in words (the CLI prints them): periods filled, left out, matched through an earlier name,
 * not matched; and a period that is `current` (this period's own label, when known), most likely the wrong file.
 */
export function historyNotes(r: ImportedHistory, room: number, use: HistoryUse = "sheet", current: string | null = null): Message[] {
  const ids = NOTE_IDS[use];
  const notes: Message[] = [message(ids.filled, { periods: r.history.periods.join(", ") })];
  for (const period of labelsOfPeriod(r.history.periods, current)) notes.push(message("history.cli.samePeriod", { period }));
  if (r.dropped.length > 0) notes.push(message(ids.dropped, { periods: r.dropped.join(", "), slots: room }));
  for (const m of r.match.renamed) notes.push(message(ids.renamed, { unit: m.unit, was: m.was, period: m.period }));
  for (const u of r.match.unmatched) {
    notes.push(u.near ? message("history.cli.unmatchedNear", { name: u.name, period: u.period, near: u.near }) : message("history.cli.unmatched", { name: u.name, period: u.period }));
  }
  return notes;
}
