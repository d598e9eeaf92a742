import { bandContains, bandsAscending } from "../template/bands";
import type { Template } from "../template/model";

/**
 * The band (xếp loại) of a ranking value. A value in a gap between published bands goes to
 * the lower band when the template says "lowerBand" (the highest band whose minimum it reaches),
 * else it is unclassified (null). A value below every band is unclassified.
 */
export function classify(t: Template, value: number): string | null {
  const inside = t.bands.filter((b) => bandContains(b, value));
  if (inside.length > 0) return bandsAscending(inside).at(-1)!.label;
  if (t.bandGap === "unclassified") return null;
  const reached = bandsAscending(t.bands).filter((b) => b.min <= value);
  return reached.at(-1)?.label ?? null;
}
