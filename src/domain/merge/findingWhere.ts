/** Where a merge finding is, in words: "file · sheet Tự chấm, cell F7 · unit Hòa Bình · criterion I.2" (the parts that are known). */
import type { Locale } from "../../messages/catalogue";
import { message, render } from "../../messages/message";
import type { Finding } from "../validation/finding";

export function findingWhere(f: Finding, locale: Locale): string {
  const w = f.where ?? {};
  const parts: string[] = [];
  if (w.file) parts.push(w.file);
  if (w.sheet && w.cell) parts.push(render(message("handout.where.sheetCell", { sheet: w.sheet, cell: w.cell }), locale));
  else if (w.sheet) parts.push(render(message("handout.where.sheet", { sheet: w.sheet }), locale));
  if (f.unit) parts.push(render(message("handout.where.unit", { unit: f.unit }), locale));
  if (f.criterion) parts.push(render(message("handout.where.criterion", { code: f.criterion }), locale));
  return parts.join(" · ");
}
