/** What every action needs: where to run, feature detection and the clock. */
import { isApiSetSupported } from "../apiSupport";
import { withContext, type ExcelTarget } from "../applyPlan";
import { toActionError, type ActionName } from "./errors";

export interface ActionOptions {
  /** Feature detection; default Office.context.requirements.isSetSupported (false when unknown). */
  readonly isSetSupported?: (name: string, version: string) => boolean;
  /** Clock for undo records (tests). */
  readonly now?: () => Date;
}

export interface ActionEnv {
  readonly target: ExcelTarget;
  readonly isSetSupported: (name: string, version: string) => boolean;
  readonly now: () => Date;
}

export function actionEnv(target: ExcelTarget, options: ActionOptions = {}): ActionEnv {
  return { target, isSetSupported: options.isSetSupported ?? isApiSetSupported, now: options.now ?? (() => new Date()) };
}

/** Runs an action in one Excel.run (or the given context); every failure becomes an ActionError. */
export async function runAction<T>(env: ActionEnv, action: ActionName, f: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await withContext(env.target, f);
  } catch (e) {
    throw toActionError(e, action);
  }
}
