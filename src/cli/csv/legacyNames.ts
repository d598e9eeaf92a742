/**
 * Unit names typed with a legacy Vietnamese font (TCVN3, VNI) or UTF-8 read in a Windows code page, in a
 * units or scores file. Without --convert-legacy the file is not used: each name is listed with its line
 * and its Unicode conversion, then how to fix the file. With --convert-legacy the converted names are
 * used and each conversion is printed. A clerk sees what would change before anything is built.
 */
import { detectLegacyList } from "../../domain/text/legacy/detect";
import { message, type Message } from "../../messages/message";
import { EXIT_DATA } from "../args";
import type { CliText } from "../messages";

/** Names listed one by one; the rest are counted. */
const MAX_LISTED = 20;

export type NamesRead<T> = { ok: true; value: T; notes: CliText[] } | { ok: false; exit: number; errors: CliText[] };

export interface TypedName {
  readonly raw: string;
  /** "file:line" or "file:line:column". */
  readonly where: string;
}

/** The Unicode name for each typed name (null: fine as typed), or the messages that stop the command. */
export function legacyConversions(
  file: string,
  names: readonly TypedName[],
  convert: boolean,
): { ok: true; converted: (string | null)[]; notes: CliText[] } | { ok: false; exit: number; errors: CliText[] } {
  const found = detectLegacyList(names.map((n) => n.raw));
  const lines: Message[] = [];
  found.forEach((f, i) => {
    if (!f) return;
    const params = { where: names[i]!.where, from: f.original.trim(), to: f.converted.trim() };
    lines.push(convert ? message("hygiene.cli.legacyConverted", params) : message("hygiene.cli.legacyName", { ...params, encoding: message(`hygiene.encoding.${f.encoding}`) }));
  });
  const shown = lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), message("hygiene.cli.legacyMore", { count: lines.length - MAX_LISTED })] : lines;
  if (lines.length > 0 && !convert) {
    return { ok: false, exit: EXIT_DATA, errors: [...shown, message("hygiene.cli.legacyStop", { file, count: lines.length })] };
  }
  return { ok: true, converted: found.map((f) => f?.converted ?? null), notes: shown };
}
