/**
 * Rendering of the command line's texts. The texts themselves are in the one catalogue
 * (src/messages/catalogue.ts, section "cli."); domain messages render with the same `render`.
 * Help texts live in ./help.ts.
 */
import { catalogue } from "../messages/catalogue";
import type { cliTexts } from "../messages/cliTexts";
import { formatNumber, render, type Locale, type Message } from "../domain";



export type CliMessageId = keyof typeof cliTexts;
export type CliParam = string | number | Message | CliText;

/** A CLI message: an id from this catalogue plus its parameters. */
export interface CliText {
  readonly cli: CliMessageId;
  readonly params: Readonly<Record<string, CliParam>>;
}

export function text(id: CliMessageId, params: Readonly<Record<string, CliParam>> = {}): CliText {
  return { cli: id, params };
}

function isCliText(v: CliParam): v is CliText {
  return typeof v === "object" && "cli" in v;
}

/** Renders a CLI message (or a domain message) for the locale; numbers get the locale's decimal mark. */
export function tr(m: CliText | Message, locale: Locale): string {
  if (!("cli" in m)) return render(m, locale);
  const entry = catalogue[`cli.${m.cli}`];
  const template: string = locale === "vi-VN" ? entry.vi : entry.en;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.params[name];
    if (v === undefined) return whole;
    if (typeof v === "number") return formatNumber(v, locale);
    if (typeof v === "string") return v;
    return isCliText(v) ? tr(v, locale) : render(v, locale);
  });
}

/** Shorthand: render an id with params. */
export function t(locale: Locale, id: CliMessageId, params: Readonly<Record<string, CliParam>> = {}): string {
  return tr(text(id, params), locale);
}
