/** What the roll-up step shows, from the domain's Rollup: pure, so it is tested without the pane. */
import type { QuotaCheck, Rollup } from "../../../domain/rollup/types";
import { beyondQuota } from "../../../export/rollupTable";
import { message, type Message } from "../../../messages/message";

export interface RollupView {
  readonly summary: Message;
  readonly periods: Message | null;
  readonly quotas: readonly Message[];
  readonly duplicates: readonly Message[];
  readonly notCompared: readonly Message[];
  readonly rows: readonly { readonly cluster: string; readonly unit: string; readonly rank: number | null; readonly band: string; readonly award: string }[];
}

const clusterOf = (r: Rollup, i: number) => r.clusters[i]!.clusterName;

function quotaLine(r: Rollup, q: QuotaCheck): Message {
  const base = { quota: q.rule.text, proposed: q.proposed.length, cap: q.cap };
  if (q.excess === 0) return message("ui.rollup.quotaOk", base);
  const units = beyondQuota(r, q).join(", ");
  return message("ui.rollup.quotaOver", { ...base, excess: q.excess, units });
}

export function rollupView(r: Rollup): RollupView {
  return {
    summary: message("ui.rollup.summary", { clusters: r.clusters.length, units: r.rows.length }),
    periods: r.periods.length > 1 ? message("ui.rollup.periods", { periods: r.periods.join(", ") }) : null,
    quotas: r.quotas.map((q) => quotaLine(r, q)),
    duplicates: r.duplicates.map((d) =>
      d.exact
        ? message("ui.rollup.duplicate", { unit: d.units[0]!.unit.name, clusters: d.units.map((u) => clusterOf(r, u.cluster)).join(", ") })
        : message("ui.rollup.nearDuplicate", { units: d.units.map((u) => `${u.unit.name} (${clusterOf(r, u.cluster)})`).join(", ") }),
    ),
    notCompared: r.comparison.notCompared.filter((n) => n.reason === "templateDiffers").map((n) => message("ui.rollup.notCompared", { cluster: clusterOf(r, n.cluster) })),
    rows: r.rows.map((row) => ({ cluster: clusterOf(r, row.cluster), unit: row.unit.name, rank: row.unit.rank, band: row.unit.band ?? "", award: row.unit.awardLabel })),
  };
}
