/** createExcelActions loads the implementations on the first call; a failed load is an ActionError and is retried. */
import { createExcelActions } from "./index";
import { ActionError } from "./types";

let mockFail = true;
jest.mock("./workbookActions", () => {
  if (mockFail) throw new Error("Loading chunk 7 failed");
  return { bindWorkbookActions: () => ({ lastUndo: async () => null }) };
});

describe("createExcelActions (lazy implementations)", () => {
  it("turns a failed download into an ActionError saying nothing was changed, and tries again on the next call", async () => {
    const actions = createExcelActions(async () => {
      throw new Error("no Excel in this test");
    });
    const error = await actions.lastUndo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActionError);
    expect(error).toMatchObject({ kind: "office", userMessage: { id: "actions.error.codeNotLoaded", params: { detail: "Loading chunk 7 failed" } } });
    mockFail = false;
    await expect(actions.lastUndo()).resolves.toBeNull();
  });
});
