/**
 * What the shorter flow tests read back from the pane and the workbook: Kiểm tra run (or run again), the
 * Xếp hạng table and a ranking sheet's rows, Xuất's first read, and the pane closed and reopened (the
 * preview banner's button: a new pane over the same workbook, as when the task pane is closed in Excel).
 */
import type { ClusterResult } from "../../../src/domain/cluster";
import { message, type Message } from "../../../src/messages/message";
import { t, tm } from "../../../src/taskpane/i18n/strings";
import { columnLetter } from "../../../src/workbook/plan";
import type { PaneFlow } from "./paneFlow";

/** Kiểm tra: opens the step and presses Kiểm tra (or Kiểm tra lại, when a result is shown). */
export async function runCheck(flow: PaneFlow): Promise<void> {
  await flow.openStep("step.check.label");
  await flow.press(flow.button("check.rerun").or(flow.button("check.run")));
}

/** Kiểm tra's "Sửa {count} ô đã chọn…", confirmed in its dialog. */
export async function applyTickedFixes(flow: PaneFlow, count: number): Promise<void> {
  await flow.press(flow.button("check.fixes.apply", { count }));
  const dialog = flow.page.getByRole("alertdialog", { name: t(flow.locale, "check.fixes.confirmTitle", { count }) });
  await flow.press(dialog.getByRole("button", { name: t(flow.locale, "check.fixes.confirm"), exact: true }));
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The "Hoàn tác: <label>" button (also when it adds "(n ô đã sửa từ đó)"). */
export const undoOffer = (flow: PaneFlow, label: Message) =>
  flow.pane.getByRole("button", { name: new RegExp(`^${escapeRegExp(t(flow.locale, "undo.offer", { label: tm(flow.locale, label) }))}`) });

/** Xếp hạng: runs it and gives the pane's table as [rank, unit] rows, in the order shown. */
export async function rankingTable(flow: PaneFlow): Promise<string[][]> {
  await flow.openStep("step.ranking.label");
  await flow.press(flow.button("ranking.run"));
  const table = flow.pane.getByRole("table");
  await table.waitFor({ timeout: 15_000 });
  // Cell by cell: in a narrow pane the rows are cards (no tabs between the values).
  const rows = await table.locator("tbody tr").all();
  return Promise.all(rows.map(async (row) => (await row.getByRole("cell").allInnerTexts()).map((c) => c.trim()).slice(0, 2)));
}

/** The domain's result as the pane's table should show it: [rank, unit] by rank. */
export const rankRows = (result: ClusterResult): string[][] => [...result.units].sort((a, b) => a.rank - b.rank).map((u) => [String(u.rank), u.name]);

/** A ranking sheet's rows as unit → total and rank, found by the header texts the plan writes. */
export async function rankingSheetRows(flow: PaneFlow, sheet: string, unitCount: number): Promise<Map<string, { total: unknown; rank: unknown }>> {
  const headers = (["wb.head.unit", "wb.head.totalShort", "wb.head.rank"] as const).map((id) => tm("vi", message(id)));
  const cols = new Map<string, string>();
  for (let c = 1; c <= 26; c++) {
    const v = await flow.valueAt(sheet, `${columnLetter(c)}1`);
    if (typeof v === "string" && headers.includes(v) && !cols.has(v)) cols.set(v, columnLetter(c));
  }
  const [u, tot, rk] = headers.map((h) => cols.get(h));
  if (!u || !tot || !rk) throw new Error(`${sheet}: ranking headers not found (got ${[...cols.keys()].join(", ")})`);
  const out = new Map<string, { total: unknown; rank: unknown }>();
  for (let r = 2; r < 2 + unitCount; r++) {
    out.set(String(await flow.valueAt(sheet, `${u}${r}`)), { total: await flow.valueAt(sheet, `${tot}${r}`), rank: await flow.valueAt(sheet, `${rk}${r}`) });
  }
  return out;
}

/** Xuất: opens the step and reads the workbook (Đọc sổ), until the downloads are offered. */
export async function prepareExport(flow: PaneFlow): Promise<void> {
  await flow.openStep("step.export.label");
  await flow.press(flow.pane.getByRole("button", { name: tm(flow.locale, message("export.pane.prepare")), exact: true }));
  await flow.pane.getByRole("button", { name: tm(flow.locale, message("export.pane.csv")), exact: true }).waitFor({ timeout: 15_000 });
}

/** Closes the pane and opens it again over the same workbook; waits until the new pane shows its first step. */
export async function reopenPane(flow: PaneFlow): Promise<void> {
  const before = await flow.pane.getByRole("tablist").elementHandle();
  await flow.page.getByRole("button", { name: tm(flow.locale, message("preview.banner.reopenPane")), exact: true }).click();
  await before?.waitForElementState("hidden", { timeout: 10_000 }); // the old pane is gone (a detached element is hidden)
  const first = flow.pane.getByRole("tab", { name: flow.text("step.template.label"), exact: true });
  await first.and(flow.page.locator('[aria-selected="true"]')).waitFor({ timeout: 10_000 });
}
