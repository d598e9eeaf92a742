/**
 * Issue 16: Xếp hạng's charts (every unit's total in rank order with the band thresholds; every unit's points per
 * top-level group against the group's maximum) are bound to the sheet's cells. The file ThiDua
 * writes holds only the references (no cached numbers); LibreOffice recalculates the workbook and draws the chart
 * from those cells: its saved series equal the domain's order and totals, for the demo and for the demo with one
 * score edited (Yên Bái's I.1 from 19 to 20 moves it from a shared 3rd place to 2nd). Printed, Xếp hạng shows the
 * table, the ordered units and the charts at a readable size: its helper columns are outside the print area.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO } from "../../src/cli/commands/demo";
import { evaluateCluster } from "../../src/domain/cluster";
import type { EntryInput } from "../../src/domain/scoring/input";
import { loadStandardTemplate } from "../../src/templates";
import { buildPlan } from "../../src/workbook/buildPlan";
import { fillEntries } from "../../src/workbook/fillEntries";
import { SHEET } from "../../src/workbook/names";
import { renderPlan } from "../../src/xlsx/renderPlan";
import { chartParts, savedSeries } from "../support/chartParts";
import { convertToPdf, pdfPageTexts, recalculateXlsx } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";

jest.setTimeout(300_000);

const template = loadStandardTemplate(DEMO.templateId);
const EDITED: EntryInput[] = [...DEMO.entries.filter((e) => !(e.unit === "Yên Bái" && e.criterion === "I.1")), { unit: "Yên Bái", criterion: "I.1", self: 19, cluster: 20 }];

async function workbookBytes(entries: readonly EntryInput[]): Promise<Uint8Array> {
  const plan = buildPlan(template, { name: DEMO.cluster, period: DEMO.period, units: DEMO.units });
  return renderPlan(fillEntries(plan, template, DEMO.units, entries).plan);
}

/** The domain's units in the order of the rank-ordered block (rank, then Vietnamese alphabetical order), with what the charts draw. */
function expectedCharts(entries: readonly EntryInput[]) {
  const r = evaluateCluster(template, DEMO.units.map((name) => ({ name })), entries);
  const collator = new Intl.Collator("vi");
  const units = [...r.units].sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name));
  const groups = template.criteria.filter((c) => c.kind === "scored" && c.max > 0);
  const thresholds = template.bands.filter((b) => b.min > 0);
  return {
    names: units.map((u) => u.name),
    ranking: [units.map((u) => u.final.total), ...thresholds.map((b) => units.map(() => b.min))],
    groups: groups.map((g) => units.map((u) => (u.final.byCode.get(g.code) ?? 0) / g.max)),
  };
}

const close = (got: number[][], want: number[][]) => {
  expect(got.map((s) => s.length)).toEqual(want.map((s) => s.length));
  got.forEach((s, i) => s.forEach((v, j) => expect(v).toBeCloseTo(want[i]![j]!, 9)));
};

describe("Xếp hạng's charts in the file ThiDua writes", () => {
  it("are on the ranking sheet, bound to the rank-ordered block by reference, with no cached numbers", async () => {
    const charts = await chartParts(await workbookBytes(DEMO.entries));
    expect(charts).toHaveLength(2);
    for (const xml of charts) {
      const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
      expect(refs.length).toBeGreaterThanOrEqual(2);
      for (const ref of refs) expect(ref.startsWith(`'${SHEET.ranking}'!$`)).toBe(true);
      expect(xml).not.toMatch(/<c:(num|str)Cache>/);
    }
    expect(charts[0]).toMatch(/<c:barDir val="col"\/>[\s\S]*<c:lineChart>/);
    expect(charts[1]).toMatch(/<c:barDir val="bar"\/>/);
  });
});

describeLO("Xếp hạng's charts after LibreOffice recalculates", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "thidua-chart-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("draw the domain's order, totals, band thresholds and group shares, and follow an edited score", async () => {
    const files = { demo: join(work, "demo.xlsx"), edited: join(work, "edited.xlsx") };
    writeFileSync(files.demo, await workbookBytes(DEMO.entries));
    writeFileSync(files.edited, await workbookBytes(EDITED));
    const out = await recalculateXlsx([files.demo, files.edited], { outDir: join(work, "lo") });
    for (const [file, entries] of [[files.demo, DEMO.entries], [files.edited, EDITED]] as const) {
      const [ranking, groups] = (await chartParts(readFileSync(out.get(file)!))).map(savedSeries);
      const want = expectedCharts(entries);
      expect(ranking!.map((s) => s.categories)).toEqual(ranking!.map(() => want.names));
      close(ranking!.map((s) => s.values), want.ranking);
      expect(groups![0]!.categories).toEqual(want.names);
      close(groups!.map((s) => s.values), want.groups);
    }
    expect(expectedCharts(EDITED).names.indexOf("Yên Bái")).toBe(1);
    expect(expectedCharts(DEMO.entries).names.indexOf("Yên Bái")).toBe(3);
  });
});

describeLO("Xếp hạng printed by LibreOffice", () => {
  it("shows the table up to Đề nghị khen thưởng and the ordered units, without the helper columns that made it tiny", async () => {
    const work = mkdtempSync(join(tmpdir(), "thidua-rank-print-"));
    try {
      writeFileSync(join(work, "demo.xlsx"), await workbookBytes(DEMO.entries));
      const pages = pdfPageTexts(convertToPdf(join(work, "demo.xlsx"), work));
      const ranking = pages.filter((p) => p.includes("Danh sách theo thứ hạng"));
      expect(ranking).toHaveLength(1);
      expect(ranking[0]).toContain("Đề nghị khen thưởng");
      for (const unit of DEMO.units) expect(ranking[0]).toContain(unit);
      // The per-award helper columns ("Ứng viên: Cờ thi đua", …) are on the sheet, not on paper.
      expect(pages.join("\f")).not.toContain("Ứng viên:");
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
