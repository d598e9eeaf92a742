/**
 * An earlier file of this very period is most likely the wrong file (this year's workbook chosen as last year's):
 * the pane's Lịch sử import and `thidua build|rank --history` both warn about it. Labels compare as names do
 * (case, spacing and "Hoà/Hòa" aside).
 */
import { identityKey } from "../text/normalize";

/** The labels among `labels` that are `current`; none when the current period is unknown (blank). */
export function labelsOfPeriod(labels: readonly string[], current: string | null | undefined): string[] {
  const key = identityKey(current ?? "");
  return key === "" ? [] : labels.filter((l) => identityKey(l) === key);
}
