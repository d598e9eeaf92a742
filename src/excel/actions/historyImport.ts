/**
 * The pane's import of earlier periods' results into Lịch sử. The preview reads the ThiDua workbook (with Lịch sử
 * when it has one) and says what the import would write: the periods filled, units matched through an earlier name,
 * results no unit matches, typed results kept (a typed result always wins over an imported one). Into an existing
 * Lịch sử the import writes only the input cells that change (historyCells.ts), nothing else; without one, by the
 * insert's own path: the workbook's template inserted again over it ("replace") with the earlier results
 * (InsertRequest.earlier), so the scores and meeting details are carried and the sheet is created. Either way one
 * undoable operation. Syncs: the preview 1 (+1 with Lịch sử); the import 1 read (+1 with Lịch sử), then 1 write
 * into Lịch sử, or the insert's.
 */
import { importEarlier, type EarlierImport } from "../../domain/history/importEarlier";
import { message } from "../../messages/message";
import { HISTORY_SHEET, SHEET } from "../../workbook/buildPlan";
import { historyLayout } from "../../workbook/historyLayout";
import type { ClusterRead } from "../../workbook/readBack";
import { runAction, type ActionEnv } from "./env";
import type { HistoryImportPreview } from "./historyImportTypes";
import { writeHistoryCells } from "./historyCells";
import { insert } from "./insert";
import type { BookRead } from "./readBook";
import { CLUSTER_SHEETS, withHistorySheet } from "./thiduaRead";
import { readThiDuaBook, sheetNameIn } from "./thiduaSet";
import { ActionError, type InsertRequest, type WriteResult } from "./types";
import { requireCluster } from "./validate";

/** The ThiDua workbook's cluster; a "keep both" set is refused (the insert rewrites the first set's sheets). */
function clusterIn(book: BookRead): ClusterRead {
  const read = requireCluster(book);
  if (book.aliases) throw new ActionError(message("history.import.otherSet", { sheet: sheetNameIn(book, SHEET.entry) }), "invalid");
  return read;
}

export async function previewHistoryImport(env: ActionEnv, earlier: EarlierImport): Promise<HistoryImportPreview> {
  return runAction(env, "previewHistoryImport", async (ctx) => {
    const read = clusterIn(await withHistorySheet(ctx, await readThiDuaBook(ctx, { grids: [...CLUSTER_SHEETS] })));
    const room = historyLayout(read.meta.template, read.units.length).periods;
    const r = importEarlier(read.units, read.history, earlier, room);
    return { units: read.units, periods: r.history.periods, filled: r.filled, kept: r.kept, dropped: r.dropped, renamed: r.match.renamed, unmatched: r.match.unmatched, createsSheet: read.history === null, room, current: read.meta.period };
  });
}

export async function importHistory(env: ActionEnv, earlier: EarlierImport): Promise<WriteResult> {
  const into = await runAction(env, "importHistory", async (ctx): Promise<InsertRequest | WriteResult> => {
    const book = await withHistorySheet(ctx, await readThiDuaBook(ctx, { grids: [...CLUSTER_SHEETS] }));
    const read = clusterIn(book);
    if (read.history === null) return { template: read.meta.template, cluster: read.meta.clusterName, period: read.meta.period, units: read.units, earlier };
    // Lịch sử is there: only its input cells change, nothing else is rebuilt.
    const sheet = sheetNameIn(book, HISTORY_SHEET);
    const room = historyLayout(read.meta.template, read.units.length).periods;
    const history = importEarlier(read.units, read.history, earlier, room).history;
    const cells = await writeHistoryCells(ctx, { book, sheet, template: read.meta.template, unitCount: read.units.length }, history, env.now().toISOString());
    const summary = cells > 0 ? message("history.import.cellsDone", { sheet, cells }) : message("history.import.nothingToWrite", { sheet });
    return { summary, cellsWritten: cells, notices: [], undoable: cells > 0, next: { sheet, cell: "A1" } };
  });
  if (!("template" in into)) return into;
  // No Lịch sử yet: the insert over the workbook adds it (and Xếp hạng's and Tổng hợp's last-period columns).
  const written = await insert(env, into, "replace");
  return { ...written, summary: message("history.import.done", { sheet: HISTORY_SHEET, cells: written.cellsWritten }), next: { sheet: HISTORY_SHEET, cell: "A1" } };
}
