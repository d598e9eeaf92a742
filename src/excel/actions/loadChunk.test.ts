/** Code loaded on demand: a failed download is the pane's "code not loaded" ActionError (the self-score chunk here). */
import { loadOrActionError } from "./loadChunk";
import { ActionError } from "./types";
import { bindWorkbookActions } from "./workbookActions";

let mockFail = true;
jest.mock("./selfScores", () => {
  if (mockFail) throw new Error("Loading chunk self-scores-actions failed");
  return { readMergeCluster: async () => "cluster", applySelfScores: async () => "written" };
});

describe("loadOrActionError", () => {
  it("passes a loaded module through and turns a failed load into ActionError office / codeNotLoaded", async () => {
    await expect(loadOrActionError(async () => 42)).resolves.toBe(42);
    const cause = new Error("ChunkLoadError: timeout");
    const error = await loadOrActionError(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error).toMatchObject({ kind: "office", cause, userMessage: { id: "actions.error.codeNotLoaded", params: { detail: "ChunkLoadError: timeout" } } });
    await expect(loadOrActionError(() => Promise.reject("offline"))).rejects.toMatchObject({ userMessage: { params: { detail: "offline" } } });
  });

  it("the self-score actions: a failed chunk download rejects with the pane's message, and the next call loads it", async () => {
    const actions = bindWorkbookActions(async () => {
      throw new Error("no Excel in this test");
    });
    const error = await actions.readMergeCluster().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error).toMatchObject({ kind: "office", userMessage: { id: "actions.error.codeNotLoaded", params: { detail: "Loading chunk self-scores-actions failed" } } });
    await expect(actions.applySelfScores([], [])).rejects.toMatchObject({ kind: "office", userMessage: { id: "actions.error.codeNotLoaded" } });
    mockFail = false;
    await expect(actions.readMergeCluster()).resolves.toBe("cluster");
    await expect(actions.applySelfScores([], [])).resolves.toBe("written");
  });
});
