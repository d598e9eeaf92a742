/**
 * The command line's texts are in the one catalogue (src/messages/catalogue.ts, section "cli.").
 * A CLI text is an ordinary Message whose id starts with "cli."; everything renders with `render`.
 * Help texts live in ./help.ts.
 */
import type { cliTexts } from "../messages/cliTexts";
import type { Locale } from "../messages/catalogue";
import { message, render, type Message } from "../messages/message";

export type CliMessageId = keyof typeof cliTexts;
export type CliParam = string | number | Message;
/** A CLI message (kept as its own name for readability at call sites). */
export type CliText = Message;

export function text(id: CliMessageId, params: Readonly<Record<string, CliParam>> = {}): CliText {
  return message(`cli.${id}`, params);
}

/** Shorthand: render an id with params. */
export function t(locale: Locale, id: CliMessageId, params: Readonly<Record<string, CliParam>> = {}): string {
  return render(text(id, params), locale);
}
