/**
 * The short report of the roll-up for the board (.docx, docs/rollup.md): title and period, then 1. the clusters
 * rolled up (units, template, file), 2. the quotas across clusters (cap, proposed, excess and the units beyond),
 * 3. units named in several clusters, 4. which clusters' totals are compared and why the others are not.
 * Vietnamese, A4 and Times New Roman like the biên bản (./bienBan/parts.ts); the table itself is in the .xlsx.
 * Every text is in one tone-mark style ("hòa" or "hoà"), whichever the clusters' files used.
 */
import { Document, Packer, type Paragraph } from "docx";
import type { Rollup } from "../domain/rollup/types";
import { applyToneStyle, type ToneStyle } from "../domain/text/toneStyle";
import { PAGE, para } from "./bienBan/parts";
import { beyondQuota, capMessage, rx } from "./rollupTable";

const list = (items: readonly string[]) => items.join(rx("doc.listJoin"));

function clusters(r: Rollup): string[] {
  return r.clusters.map((c) => (rx("doc.clusterLine", { cluster: c.clusterName, units: c.units.length, template: c.template.title ?? c.template.id ?? rx("doc.unknownTemplate"), file: c.file })));
}

function quotas(r: Rollup): string[] {
  if (r.quotas.length === 0) return [rx("doc.noQuota")];
  return r.quotas.map((q) => {
    const line = rx("doc.quotaLine", { quota: q.rule.text, cap: capMessage(q), proposed: q.proposed.length });
    const verdict = q.excess > 0 ? rx("doc.quotaOver", { excess: q.excess, units: list(beyondQuota(r, q)) }) : rx("doc.quotaWithin");
    return `${line} ${verdict}`;
  });
}

function duplicates(r: Rollup): string[] {
  if (r.duplicates.length === 0) return [rx("doc.noDuplicates")];
  const name = (cluster: number) => r.clusters[cluster]!.clusterName;
  return r.duplicates.map((d) =>
    d.exact
      ? rx("doc.duplicateLine", { unit: d.units[0]!.unit.name, clusters: list(d.units.map((u) => name(u.cluster))) })
      : rx("doc.nearDuplicateLine", { units: list(d.units.map((u) => `${u.unit.name} (${name(u.cluster)})`)) }),
  );
}

function comparison(r: Rollup): string[] {
  const name = (cluster: number) => r.clusters[cluster]!.clusterName;
  const compared = r.comparison.groups.map((g) => rx("doc.compared", { clusters: list(g.clusters.map(name)), template: g.templateTitle ?? rx("doc.unknownTemplate") }));
  const not = r.comparison.notCompared.map((n) => rx(`doc.notCompared.${n.reason}`, { cluster: name(n.cluster), template: r.clusters[n.cluster]!.template.title ?? rx("doc.unknownTemplate") }));
  return [...compared, ...not];
}

export function rollupReport(r: Rollup, style: ToneStyle = "new"): Document {
  // Every paragraph's whole text, the clusters' names in it included, goes through `tone`.
  const tone = (text: string) => applyToneStyle(text, style);
  const heading = (text: string) => para(tone(text), { style: { bold: true }, keepNext: true, before: 120 });
  const body = (text: string) => para(tone(text), { indentFirst: true });
  const period = r.periods.join(", ");
  const children: Paragraph[] = [
    para(tone(rx("doc.reportTitle")), { align: "center", style: { bold: true } }),
    ...(period !== "" ? [para(tone(rx("doc.period", { period })), { align: "center", style: { italics: true } })] : []),
    ...(r.periods.length > 1 ? [body(rx("doc.periodsDiffer", { periods: period }))] : []),
    heading(rx("doc.section.clusters")),
    ...clusters(r).map(body),
    heading(rx("doc.section.quotas")),
    ...quotas(r).map(body),
    heading(rx("doc.section.duplicates")),
    ...duplicates(r).map(body),
    heading(rx("doc.section.comparison")),
    ...comparison(r).map(body),
  ];
  return new Document({
    creator: "ThiDua",
    title: tone(rx("doc.reportTitle")),
    styles: { default: { document: { run: { font: PAGE.font, size: PAGE.bodySize } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, children }],
  });
}

export async function rollupDocx(r: Rollup, style: ToneStyle = "new"): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(rollupReport(r, style)));
}
