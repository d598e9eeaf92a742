/**
 * Issue 16: Xếp hạng's chart (every unit's total in rank order) is bound to the sheet's cells. The file ThiDua
 * writes holds only the references (no cached numbers); LibreOffice recalculates the workbook and draws the chart
 * from those cells: its saved series equal the domain's order and totals, for the demo and for the demo with one
 * score edited (Yên Bái's I.1 from 19 to 20 moves it from a shared 3rd place to 2nd).
 */
import JSZip from "jszip";
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
import { recalculateXlsx } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";

jest.setTimeout(300_000);

const template = loadStandardTemplate(DEMO.templateId);
const EDITED: EntryInput[] = [...DEMO.entries.filter((e) => !(e.unit === "Yên Bái" && e.criterion === "I.1")), { unit: "Yên Bái", criterion: "I.1", self: 19, cluster: 20 }];

async function workbookBytes(entries: readonly EntryInput[]): Promise<Uint8Array> {
  const plan = buildPlan(template, { name: DEMO.cluster, period: DEMO.period, units: DEMO.units });
  return renderPlan(fillEntries(plan, template, DEMO.units, entries).plan);
}

/** The domain's units in the order of the rank-ordered block: rank, then Vietnamese alphabetical order. */
function expectedBars(entries: readonly EntryInput[]): { names: string[]; totals: number[] } {
  const r = evaluateCluster(template, DEMO.units.map((name) => ({ name })), entries);
  const collator = new Intl.Collator("vi");
  const units = [...r.units].sort((a, b) => a.rank - b.rank || collator.compare(a.name, b.name));
  return { names: units.map((u) => u.name), totals: units.map((u) => u.final.total) };
}

/** The cached points of the chart's categories (<c:cat>) or values (<c:val>), in order. */
const points = (xml: string, part: "cat" | "val") => {
  const block = new RegExp(`<c:${part}>([\\s\\S]*?)</c:${part}>`).exec(xml)?.[1] ?? "";
  return [...block.matchAll(/<c:pt idx="(\d+)">\s*<c:v>([^<]*)<\/c:v>/g)].sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => m[2]!);
};

async function chartOf(bytes: Uint8Array | Buffer): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes);
  const chart = Object.keys(zip.files).find((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  return chart ? zip.file(chart)!.async("string") : undefined;
}

describe("Xếp hạng's chart in the file ThiDua writes", () => {
  it("is on the ranking sheet, bound to the rank-ordered block by reference, with no cached numbers", async () => {
    const xml = (await chartOf(await workbookBytes(DEMO.entries)))!;
    expect(xml).toBeDefined();
    const refs = [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'"));
    expect(refs).toHaveLength(2);
    for (const ref of refs) expect(ref.startsWith(`'${SHEET.ranking}'!$`)).toBe(true);
    expect(xml).not.toMatch(/<c:(num|str)Cache>/);
  });
});

describeLO("Xếp hạng's chart after LibreOffice recalculates", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "thidua-chart-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("draws the domain's order and totals, and follows an edited score", async () => {
    const files = { demo: join(work, "demo.xlsx"), edited: join(work, "edited.xlsx") };
    writeFileSync(files.demo, await workbookBytes(DEMO.entries));
    writeFileSync(files.edited, await workbookBytes(EDITED));
    const out = await recalculateXlsx([files.demo, files.edited], { outDir: join(work, "lo") });
    for (const [file, entries] of [[files.demo, DEMO.entries], [files.edited, EDITED]] as const) {
      const xml = await chartOf(readFileSync(out.get(file)!));
      expect(xml).toBeDefined();
      const want = expectedBars(entries);
      expect({ names: points(xml!, "cat"), totals: points(xml!, "val").map(Number) }).toEqual(want);
    }
    expect(expectedBars(EDITED).names.indexOf("Yên Bái")).toBe(1);
    expect(expectedBars(DEMO.entries).names.indexOf("Yên Bái")).toBe(3);
  });
});
