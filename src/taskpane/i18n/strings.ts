// The task pane's texts live in the one catalogue (src/messages/catalogue.ts, section "ui.").
// This module keeps the pane's short locale ("vi" | "en") and a t() for components.
import type { taskpaneReviewTexts } from "../../messages/taskpaneReviewTexts";
import type { taskpaneTexts } from "../../messages/taskpaneTexts";
import type { designPaneTexts } from "../../messages/designPaneTexts";
import type { Locale as CatalogueLocale } from "../../messages/catalogue";
import { type Message, type Params, message, render } from "../../messages/message";

export type Locale = "vi" | "en";

/** The catalogue's locale for the pane's short one. */
export function catalogueLocale(locale: Locale): CatalogueLocale {
  return locale === "vi" ? "vi-VN" : "en-US";
}
export type StringId = keyof typeof taskpaneTexts | keyof typeof taskpaneReviewTexts | keyof typeof designPaneTexts;

/** Translated string for id, with "{name}" placeholders replaced from params. */
export function t(locale: Locale, id: StringId, params: Record<string, string | number> = {}): string {
  return render(message(`ui.${id}`, params), catalogueLocale(locale));
}

/** A pane message (section "ui.") to pass around, e.g. as an operation label. */
export function uiMessage(id: StringId, params: Params = {}): Message {
  return message(`ui.${id}`, params);
}

/** Any catalogue message (from actions, the domain, …) in the pane's language. */
export function tm(locale: Locale, m: Message): string {
  return render(m, catalogueLocale(locale));
}
