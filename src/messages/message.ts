import { catalogue, type Locale, type MessageId } from "./catalogue";
import { formatNumber } from "./format";

export type ParamValue = string | number | Message;
export type Params = Readonly<Record<string, ParamValue>>;

/** A user-facing message: an id from the catalogue plus its parameters, rendered per locale. */
export interface Message {
  readonly id: MessageId;
  readonly params: Params;
}

export function message(id: MessageId, params: Params = {}): Message {
  return { id, params };
}

/** `{count:cell|cells}`: the first word when the number parameter is 1, else the second (English plurals). */
const PLURAL = /\{(\w+):([^|{}]*)\|([^{}]*)\}/g;

export function render(m: Message, locale: Locale): string {
  const entry = catalogue[m.id];
  const text: string = locale === "vi-VN" ? entry.vi : entry.en;
  return text.replace(PLURAL, (_whole, name: string, one: string, other: string) => (m.params[name] === 1 ? one : other)).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = m.params[name];
    if (v === undefined) return whole;
    if (typeof v === "number") return formatNumber(v, locale);
    if (typeof v === "string") return v;
    return render(v, locale);
  });
}

/** Both languages at once, e.g. for logs and the CLI's --json output. */
export function renderBoth(m: Message): { vi: string; en: string } {
  return { vi: render(m, "vi-VN"), en: render(m, "en-US") };
}
