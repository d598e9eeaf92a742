/**
 * `thidua build --history <earlier results>… [--renamed "Tên cũ=Tên mới"]…`: the Lịch sử sheet filled from earlier
 * periods' files (a ThiDua scoring workbook, or a summary .xlsx/CSV export: src/export/readClusterResults.ts).
 * An earlier ThiDua workbook also brings its own Lịch sử (the periods before it, and the earlier names recorded
 * there), so last year's workbook alone gives the whole history. Periods are most recent first: by year when every
 * label is a year, else in the order given; the sheet keeps as many as it has room for.
 */
import { matchPeriods, type CurrentUnit, type HistoryMatch, type PeriodResults } from "../../domain/history/matchPeriods";
import type { ClusterHistory } from "../../domain/history/types";
import type { ClusterResults } from "../../domain/rollup/types";
import type { Template } from "../../domain/template/model";
import { identityKey } from "../../domain/text/normalize";
import { message, type Message } from "../../messages/message";
import { fileStem, readClusterResults } from "../../export/readClusterResults";
import { historyLayout } from "../../workbook/historyLayout";
import { readClusterXlsx } from "../../xlsx/readClusterWorkbook";
import { EXIT_DATA, EXIT_USAGE } from "../args";
import { readInputBytes, type Read } from "../files/readInput";

export interface HistoryOption {
  readonly history: ClusterHistory;
  readonly notes: readonly Message[];
}

/** What one earlier file gives: its own period's results, then the periods of its Lịch sử, and its units' earlier names. */
interface EarlierFile {
  readonly periods: PeriodResults[];
  readonly aliases: ReadonlyMap<string, readonly string[]>;
}

function periodOf(r: ClusterResults): PeriodResults {
  const label = r.period ?? fileStem(r.file);
  return { label, units: r.units.map((u) => ({ name: u.name, total: u.total, rank: u.rank, band: u.band, award: u.awardStatus === "proposed" ? u.award : null })) };
}

async function readEarlierFile(file: string, cwd: string): Promise<Read<EarlierFile>> {
  const bytes = readInputBytes(file, cwd, "workbook");
  if (!bytes.ok) return bytes;
  const results = await readClusterResults(file, bytes.value);
  if (!results.ok) return { ok: false, exit: EXIT_DATA, errors: [...results.errors] };
  const periods = [periodOf(results.value)];
  const aliases = new Map<string, readonly string[]>();
  if (results.value.source === "workbook") {
    const { read } = await readClusterXlsx(bytes.value);
    const h = read.ok ? read.value.history : null;
    if (read.ok && h) {
      h.periods.forEach((label, j) => {
        const units = read.value.units.flatMap((name, u) => {
          const past = h.units[u]?.results[j];
          return past ? [{ name, ...past }] : [];
        });
        if (label !== "" || units.length > 0) periods.push({ label: label || `${periods[0]!.label} − ${j + 1}`, units });
      });
      read.value.units.forEach((name, u) => aliases.set(identityKey(name), h.units[u]?.aliases ?? []));
    }
  }
  return { ok: true, value: { periods, aliases } };
}

/** "Tên cũ=Tên mới" → [old, new]; null when it has no "=" or an empty side. */
function parseRenamed(text: string): [string, string] | null {
  const i = text.indexOf("=");
  const [was, now] = [text.slice(0, i).trim(), text.slice(i + 1).trim()];
  return i < 0 || was === "" || now === "" ? null : [was, now];
}

const isYear = (label: string) => /^\d{4}$/.test(label.trim());

/** Most recent first: by year when every label is a year; the first file naming a period wins. */
function orderPeriods(periods: readonly PeriodResults[]): PeriodResults[] {
  const seen = new Set<string>();
  const distinct = periods.filter((p) => !seen.has(p.label.trim()) && seen.add(p.label.trim()));
  return distinct.every((p) => isYear(p.label)) ? [...distinct].sort((a, b) => Number(b.label) - Number(a.label)) : distinct;
}

export async function readHistoryOption(files: readonly string[], renamed: readonly string[], units: readonly string[], t: Template, cwd: string): Promise<Read<HistoryOption>> {
  const earlier: EarlierFile[] = [];
  for (const file of files) {
    const read = await readEarlierFile(file, cwd);
    if (!read.ok) return read;
    earlier.push(read.value);
  }
  const current: CurrentUnit[] = units.map((name) => ({ name, aliases: [...new Set(earlier.flatMap((e) => e.aliases.get(identityKey(name)) ?? []))] }));
  for (const text of renamed) {
    const pair = parseRenamed(text);
    const unit = pair ? current.findIndex((u) => identityKey(u.name) === identityKey(pair[1])) : -1;
    if (!pair) return { ok: false, exit: EXIT_USAGE, errors: [message("history.cli.badRenamed", { text })] };
    if (unit < 0) return { ok: false, exit: EXIT_DATA, errors: [message("history.cli.renamedUnknown", { text, unit: pair[1] })] };
    current[unit] = { ...current[unit]!, aliases: [...(current[unit]!.aliases ?? []), pair[0]] };
  }
  const periods = orderPeriods(earlier.flatMap((e) => e.periods));
  const slots = historyLayout(t, units.length).periods;
  const match = matchPeriods(current, periods, slots);
  return { ok: true, value: { history: match.history, notes: historyNotes(match, periods, slots) } };
}

function historyNotes(m: HistoryMatch, periods: readonly PeriodResults[], slots: number): Message[] {
  const notes: Message[] = [message("history.cli.filled", { periods: m.history.periods.join(", ") })];
  if (periods.length > slots) notes.push(message("history.cli.dropped", { periods: periods.slice(slots).map((p) => p.label).join(", "), slots }));
  for (const r of m.renamed) notes.push(message("history.cli.matchedRenamed", { unit: r.unit, was: r.was, period: r.period }));
  for (const u of m.unmatched) {
    notes.push(u.near ? message("history.cli.unmatchedNear", { name: u.name, period: u.period, near: u.near }) : message("history.cli.unmatched", { name: u.name, period: u.period }));
  }
  return notes;
}
