/** previewInsert: a dry run of insert — reads, never writes. */
import { runAction, type ActionEnv } from "./env";
import { analyseInsert, previewOf } from "./insertPlan";
import type { InsertPreview, InsertRequest } from "./types";

export async function previewInsert(env: ActionEnv, request: InsertRequest): Promise<InsertPreview> {
  return runAction(env, "previewInsert", async (ctx) => previewOf(await analyseInsert(ctx, request, false, env.now().toISOString())));
}
