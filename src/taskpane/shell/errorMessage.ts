import { catalogue } from "../../messages/catalogue";
import type { Message } from "../../messages/message";
import { uiMessage } from "../i18n/strings";

function hasUserMessage(error: unknown): error is { userMessage: Message } {
  if (typeof error !== "object" || error === null || !("userMessage" in error)) return false;
  const m = (error as { userMessage: unknown }).userMessage;
  return typeof m === "object" && m !== null && typeof (m as Message).id === "string" && (m as Message).id in catalogue;
}

/**
 * The user's message for a failed operation: an ActionError's userMessage (checked by shape, so it also
 * works across bundles), else a generic message naming the cause.
 */
export function userMessageOf(error: unknown): Message {
  if (hasUserMessage(error)) return error.userMessage;
  const detail = error instanceof Error ? error.message : String(error);
  return uiMessage("ops.genericError", { detail });
}
