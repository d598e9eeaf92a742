/** The cluster workbook as the merge needs it (src/domain/merge), from what readCluster returned. Pure: usable by the CLI and the pane. */
import type { MergeCluster, MergeLogRecord } from "../../domain/merge/types";
import { identityKey } from "../../domain/text/normalize";
import { SHEET } from "../names";
import { addr } from "../plan";
import type { ClusterRead } from "../readBack";

export function mergeClusterFromRead(read: ClusterRead, log: readonly MergeLogRecord[]): MergeCluster {
  const { layout, meta } = read;
  const rowByKey = new Map<string, number>();
  layout.nodes.forEach((c, i) => {
    if (c.children.length === 0 && !rowByKey.has(c.key)) rowByKey.set(c.key, layout.nodeRow(i));
  });
  return {
    template: meta.template,
    clusterName: meta.clusterName,
    period: meta.period,
    units: read.units,
    entries: read.entries,
    log,
    selfCell: (u, code) => {
      const row = rowByKey.get(identityKey(code));
      if (row === undefined) throw new Error(`mergeClusterFromRead: ${code} is not a leaf of the template`);
      return { sheet: SHEET.entry, cell: addr(layout.selfEntryCol(u), row) };
    },
  };
}
