import type { AwardRule } from "../template/schema";

/** How many units an award's quota allows, for a cluster of `units` units of which `eligible` are eligible. */
export function quotaSize(quota: AwardRule["quota"], units: number, eligible: number): number {
  if (quota.count !== undefined) return quota.count;
  const base = quota.base === "eligible" ? eligible : units;
  const raw = ((quota.percent ?? 0) * base) / 100;
  // Percent quotas are computed on whole numbers of units; 1e-9 absorbs float noise (20 % of 10 = 2, not 1.9999…).
  switch (quota.rounding ?? "floor") {
    case "ceil":
      return Math.ceil(raw - 1e-9);
    case "round":
      return Math.round(raw);
    default:
      return Math.floor(raw + 1e-9);
  }
}
