/**
 * The browser preview host's test hook: preview.html exposes
 * `window.__thiduaPreview = { valueAt(sheet, cell), formulaAt(sheet, cell) }` over its simulated workbook.
 * This wraps it for Node-side tests (values cross the page boundary as JSON-compatible data).
 */
import type { Page } from "playwright-core";

export interface PreviewWorkbook {
  /** The computed value of a cell of the simulated workbook (undefined when empty). */
  valueAt(sheet: string, cell: string): Promise<unknown>;
  /** The cell's formula as Excel shows it (e.g. "=SUM(B2:B9)"), or undefined when it holds none. */
  formulaAt(sheet: string, cell: string): Promise<string | undefined>;
}

interface PreviewHook {
  valueAt(sheet: string, cell: string): unknown;
  formulaAt(sheet: string, cell: string): string | undefined | null;
}

/** True once the page has installed window.__thiduaPreview. */
export function hasPreviewHook(page: Page): Promise<boolean> {
  return page.evaluate(() => typeof (window as { __thiduaPreview?: unknown }).__thiduaPreview === "object");
}

/** Waits for window.__thiduaPreview and returns a Node-side handle to it. */
export async function previewWorkbook(page: Page, timeoutMs = 15_000): Promise<PreviewWorkbook> {
  await page.waitForFunction(
    () => {
      const h = (window as { __thiduaPreview?: Partial<PreviewHook> }).__thiduaPreview;
      return typeof h?.valueAt === "function" && typeof h?.formulaAt === "function";
    },
    undefined,
    { timeout: timeoutMs },
  );
  return {
    valueAt: (sheet, cell) =>
      page.evaluate(([s, c]) => (window as unknown as { __thiduaPreview: PreviewHook }).__thiduaPreview.valueAt(s, c), [sheet, cell] as const),
    formulaAt: async (sheet, cell) =>
      (await page.evaluate(
        ([s, c]) => (window as unknown as { __thiduaPreview: PreviewHook }).__thiduaPreview.formulaAt(s, c) ?? null,
        [sheet, cell] as const,
      )) ?? undefined,
  };
}
