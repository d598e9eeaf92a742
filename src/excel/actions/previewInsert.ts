/** previewInsert: a dry run of insert — reads, never writes. */
import { runAction, type ActionEnv } from "./env";
import { rememberPreview } from "./insertGuard";
import { analyseInsert, previewOf } from "./insertPlan";
import type { InsertPreview, InsertRequest } from "./types";

export async function previewInsert(env: ActionEnv, request: InsertRequest): Promise<InsertPreview> {
  return runAction(env, "previewInsert", async (ctx) => {
    const a = await analyseInsert(ctx, request, false, env.now().toISOString());
    rememberPreview(env, request, a); // the insert of this request may rely on it, guarded (insertGuard.ts)
    return previewOf(a);
  });
}
