/**
 * Code loaded on demand (a webpack chunk: `import()`) whose download can fail — offline, a new version
 * deployed meanwhile. The failure becomes the ActionError ("office", actions.error.codeNotLoaded) the pane
 * shows: nothing was changed, check the network and try again. A later call tries the download again
 * (webpack forgets a failed chunk). Small on purpose: it is part of the pane's first bundle.
 */
import { message } from "../../messages/message";
import { ActionError } from "./types";

export async function loadOrActionError<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ActionError(message("actions.error.codeNotLoaded", { detail }), "office", { cause: error });
  }
}
