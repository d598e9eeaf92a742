/**
 * A test double of ExcelActions for component tests: every method is a jest.fn that rejects with
 * "not set up in this test" unless the test gives an implementation. Steps get it as their `actions` prop.
 */
import type { ExcelActions } from "../../../src/excel/actions/types";

export type FakeActions = { [K in keyof ExcelActions]: jest.Mock<ReturnType<ExcelActions[K]>, Parameters<ExcelActions[K]>> };

const METHODS: readonly (keyof ExcelActions)[] = [
  "readWorkbook", "previewInsert", "insert", "validate", "selectCell", "applyFixes",
  "showHighlights", "clearHighlights", "rank", "lastUndo", "undoLast",
  "readMergeCluster", "applySelfScores", "fingerprints", "watchChanges", "readMeeting", "writeMeeting",
  "insertDesign", "readDesign", "readPastedTable", "previewHistoryImport", "importHistory",
];

export function fakeActions(overrides: { [K in keyof ExcelActions]?: ExcelActions[K] } = {}): FakeActions {
  const out = {} as Record<string, jest.Mock>;
  for (const m of METHODS) {
    const impl = overrides[m] as ((...a: unknown[]) => Promise<unknown>) | undefined;
    out[m] = jest.fn(impl ?? (() => Promise.reject(new Error(`fakeActions.${m} was called but not set up in this test`))));
  }
  return out as unknown as FakeActions;
}
