/**
 * What en-US Excel makes of text typed into a cell: "120" and "8.5" are numbers, "1,000" is 1000
 * (thousands separator), "8,5" stays text (not a number in en-US), "50%" is 0.5, TRUE/FALSE are booleans,
 * "=…" is a formula and a leading apostrophe forces text. Dates and currencies are not recognised (text).
 */
import { parseEnUsNumber } from "../engine/values";

export type TypedInput =
  | { readonly kind: "empty" }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "value"; readonly value: string | number | boolean };

const THOUSANDS = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?%?$/;

export function parseTypedInput(text: string): TypedInput {
  if (text === "") return { kind: "empty" };
  if (text.startsWith("'")) return { kind: "value", value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { kind: "formula", formula: text };
  const t = text.trim();
  if (/^true$/i.test(t)) return { kind: "value", value: true };
  if (/^false$/i.test(t)) return { kind: "value", value: false };
  const n = THOUSANDS.test(t) ? parseEnUsNumber(t.replace(/,/g, "")) : parseEnUsNumber(t);
  if (n !== null) return { kind: "value", value: n };
  return { kind: "value", value: text };
}
