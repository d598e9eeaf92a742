/**
 * The pane's import of earlier periods' results into Lịch sử. The preview reads the ThiDua workbook (with Lịch sử
 * when it has one) and says what the import would write: the periods filled, units matched through an earlier name,
 * results no unit matches, typed results kept. The import writes by the insert's own path: the workbook's template
 * inserted again over it ("replace") with the earlier results (InsertRequest.earlier), so the scores, the meeting
 * details and everything typed on Lịch sử are carried (a typed result always wins over an imported one), the sheet
 * is created when missing, and the whole write is one undoable operation. Syncs: the preview 1 (+1 with Lịch sử);
 * the import 1 read of the workbook's template and units, then the insert's.
 */
import { importEarlier, type EarlierImport } from "../../domain/history/importEarlier";
import { message } from "../../messages/message";
import { HISTORY_SHEET, SHEET } from "../../workbook/buildPlan";
import { historyLayout } from "../../workbook/historyLayout";
import type { ClusterRead } from "../../workbook/readBack";
import { runAction, type ActionEnv } from "./env";
import type { HistoryImportPreview } from "./historyImportTypes";
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
  const request = await runAction(env, "importHistory", async (ctx): Promise<InsertRequest> => {
    const read = clusterIn(await readThiDuaBook(ctx, { grids: [...CLUSTER_SHEETS] }));
    return { template: read.meta.template, cluster: read.meta.clusterName, period: read.meta.period, units: read.units, earlier };
  });
  const written = await insert(env, request, "replace");
  return { ...written, summary: message("history.import.done", { sheet: HISTORY_SHEET, cells: written.cellsWritten }), next: { sheet: HISTORY_SHEET, cell: "A1" } };
}
