/**
 * A cell as a clerk reads it: "ô F12 trang Chấm điểm" / "cell F12 on Chấm điểm", never Excel's reference
 * syntax ("Chấm điểm!F12"). Every pane text that points at a cell uses this one form.
 */
import { type Locale, t } from "./strings";

export interface SheetCell {
  readonly sheet: string;
  readonly cell: string;
}

export function cellPlace(locale: Locale, ref: SheetCell): string {
  return t(locale, "place.cell", { cell: ref.cell, sheet: ref.sheet });
}

/** The same, starting a sentence or a label ("Ô F12 trang Chấm điểm"). */
export function cellPlaceCapitalised(locale: Locale, ref: SheetCell): string {
  return t(locale, "place.cellStart", { cell: ref.cell, sheet: ref.sheet });
}
