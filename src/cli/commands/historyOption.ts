/**
 * `thidua build|rank --history <earlier results>… [--renamed "Tên cũ=Tên mới"]…`: the Lịch sử sheet (build) or the
 * look-back award rules (rank) filled from earlier periods' files. The files are read from disk here; what they give, how periods are ordered and units matched is
 * shared with the pane (src/export/earlierResults.ts, src/domain/history/importEarlier.ts). Periods are most recent
 * first: by year when every label is a year, else in the order given; the sheet keeps as many as it has room for.
 */
import type { ClusterHistory } from "../../domain/history/types";
import { importEarlier } from "../../domain/history/importEarlier";
import type { Template } from "../../domain/template/model";
import { identityKey } from "../../domain/text/normalize";
import { message, type Message } from "../../messages/message";
import { earlierImport, historyNotes, parseRenamed, readEarlierFile, type EarlierFile, type HistoryUse } from "../../export/earlierResults";
import { historyLayout } from "../../workbook/historyLayout";
import { EXIT_DATA, EXIT_USAGE } from "../args";
import { readInputBytes, type Read } from "../files/readInput";

export interface HistoryOption {
  readonly history: ClusterHistory;
  readonly notes: readonly Message[];
}

async function readFiles(files: readonly string[], cwd: string): Promise<Read<EarlierFile[]>> {
  const earlier: EarlierFile[] = [];
  for (const file of files) {
    const bytes = readInputBytes(file, cwd, "workbook");
    if (!bytes.ok) return bytes;
    const read = await readEarlierFile(file, bytes.value);
    if (!read.ok) return { ok: false, exit: EXIT_DATA, errors: [...read.errors] };
    earlier.push(read.value);
  }
  return { ok: true, value: earlier };
}

/** The --renamed pairs, each naming one of this period's units. */
function renamedPairs(renamed: readonly string[], units: readonly string[]): Read<{ was: string; now: string }[]> {
  const pairs: { was: string; now: string }[] = [];
  for (const text of renamed) {
    const pair = parseRenamed(text);
    if (!pair) return { ok: false, exit: EXIT_USAGE, errors: [message("history.cli.badRenamed", { text })] };
    if (!units.some((u) => identityKey(u) === identityKey(pair[1]))) return { ok: false, exit: EXIT_DATA, errors: [message("history.cli.renamedUnknown", { text, unit: pair[1] })] };
    pairs.push({ was: pair[0], now: pair[1] });
  }
  return { ok: true, value: pairs };
}

export interface HistoryRequest {
  readonly files: readonly string[];
  readonly renamed: readonly string[];
  /** Where the results go (the notes' wording). */
  readonly use: HistoryUse;
  /** This period's label (--period), to warn about a file of this very period. */
  readonly current?: string | null;
}

export async function readHistoryOption(request: HistoryRequest, units: readonly string[], t: Template, cwd: string): Promise<Read<HistoryOption>> {
  const { files, renamed } = request;
  const earlier = await readFiles(files, cwd);
  if (!earlier.ok) return earlier;
  const pairs = renamedPairs(renamed, units);
  if (!pairs.ok) return pairs;
  const room = historyLayout(t, units.length).periods;
  const imported = importEarlier(units, null, earlierImport(earlier.value, pairs.value), room);
  return { ok: true, value: { history: imported.history, notes: historyNotes(imported, room, request.use, request.current ?? null) } };
}
