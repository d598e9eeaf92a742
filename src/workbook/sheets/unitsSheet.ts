/** Đơn vị: the member units (the only names typed there) and the cluster, period and template. */
import type { ClusterHistory } from "../../domain/history/types";
import { cleanText } from "../../domain/text/normalize";
import { SHEET } from "../names";
import { sheetRef, type SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { wb } from "../text";
import type { PlanContext } from "./context";

export interface ClusterInfo {
  /** Cluster name (tên cụm/khối thi đua). */
  readonly name: string;
  /** Period (kỳ/năm), e.g. "2025". */
  readonly period: string;
  /** Member units in the cluster's order. */
  readonly units: readonly string[];
  /** Results of earlier periods for the Lịch sử sheet (units in the same order); absent = none given. */
  readonly history?: ClusterHistory;
}

export function buildUnitsSheet(ctx: PlanContext, cluster: ClusterInfo): SheetPlan {
  const { template: t, units } = ctx;
  const n = units.length;
  const uns = new SheetBuilder(SHEET.units);
  uns.header(1, 1, wb("head.index"));
  uns.header(2, 1, wb("head.unit"));
  units.forEach((name, u) => {
    uns.label(1, 2 + u, u + 1);
    uns.input(2, 2 + u, name);
  });
  uns.label(4, 1, wb("head.cluster"), { bold: true });
  uns.label(5, 1, cleanText(cluster.name));
  uns.label(4, 2, wb("head.period"), { bold: true });
  uns.label(5, 2, cleanText(cluster.period));
  uns.label(4, 3, wb("head.template"), { bold: true });
  uns.label(5, 3, wb("head.templateName", { title: t.title, id: t.id, version: t.version }));
  uns.width(1, 6);
  uns.width(2, 40);
  uns.width(4, 16);
  uns.width(5, 50);
  uns.freeze = { rows: 1, columns: 0 };
  uns.print = { orientation: "portrait", repeatRows: "1:1" };
  if (n > 0) ctx.definedNames.push({ name: "DonVi", ref: `${sheetRef(SHEET.units)}$B$2:$B$${n + 1}`, comment: wb("name.units") });
  return uns.build();
}
