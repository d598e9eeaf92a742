/**
 * The input message Excel shows beside a selected cell with data validation (its prompt: title and text),
 * e.g. "Nhập số lần — C.1: nhập số lần, không phải điểm …" on a count row. Pure.
 */
import type { FakeSheetState } from "../../excel/fake";
import { parseArea } from "../engine/references";

export interface InputMessage {
  readonly title: string;
  readonly message: string;
}

function covers(range: string, row: number, col: number): boolean {
  const local = range.slice(range.lastIndexOf("!") + 1).replace(/\$/g, "");
  return local.split(",").some((part) => {
    const b = parseArea(part.trim());
    return b !== null && row >= b.r0 && row <= b.r1 && col >= b.c0 && col <= b.c1;
  });
}

/** The prompt of the validation covering this cell (the last one set wins, as in Excel), or null. */
export function inputMessageAt(sheet: FakeSheetState, row: number, col: number): InputMessage | null {
  for (let i = sheet.validations.length - 1; i >= 0; i--) {
    const v = sheet.validations[i]!;
    if (!covers(v.range, row, col)) continue;
    const p = v.prompt as { showPrompt?: boolean; title?: string; message?: string } | undefined;
    if (!p || p.showPrompt === false || (!p.title && !p.message)) return null;
    return { title: p.title ?? "", message: p.message ?? "" };
  }
  return null;
}
