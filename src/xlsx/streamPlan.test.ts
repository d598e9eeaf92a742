import ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadStandardTemplate, standardTemplateIds } from "../templates";
import { buildPlan } from "../workbook/buildPlan";
import { fillEntries } from "../workbook/fillEntries";
import type { WorkbookPlan } from "../workbook/plan";
import { planToWorkbook, renderPlan } from "./renderPlan";
import { streamPlanToBuffer } from "./streamPlan";

/** Everything a reader sees of a workbook, in plain data. */
async function content(bytes: Buffer | ArrayBuffer): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return {
    calc: wb.calcProperties,
    names: wb.definedNames.model,
    sheets: wb.worksheets.map((ws) => {
      const cells: unknown[] = [];
      ws.eachRow({ includeEmpty: true }, (row) =>
        row.eachCell({ includeEmpty: true }, (c) => {
          if (c.value !== null || Object.keys(c.style).length > 0) cells.push({ at: c.address, value: c.value, style: c.style });
        }),
      );
      const m = ws.model as unknown as Record<string, unknown>;
      return {
        name: ws.name, state: ws.state, views: ws.views, cells, merges: m.merges, widths: ws.columns?.map((c) => c.width) ?? [],
        validations: m.dataValidations, formats: m.conditionalFormattings, protection: m.sheetProtection, print: ws.pageSetup,
      };
    }),
  };
}

function plans(): [string, WorkbookPlan][] {
  const units = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"];
  return standardTemplateIds.flatMap((id): [string, WorkbookPlan][] => {
    const t = loadStandardTemplate(id);
    const plan = buildPlan(t, { name: "Cụm 1", period: "2025", units });
    const entries = t.leaves.flatMap((l, i) => units.map((unit) => ({ unit, criterion: l.code, self: i % 3 === 0 ? "Đạt" : l.max, cluster: i % 2 === 0 ? l.max / 2 : null })));
    return [
      [`${id}, no units`, buildPlan(t, { name: "", period: "", units: [] })],
      [`${id}, 3 units filled`, fillEntries(plan, t, units, entries).plan],
    ];
  });
}

describe("streamed .xlsx (regression: build held 3.9 GB at 1000 units × 300 criteria)", () => {
  it.each(plans())("%s: the streamed file is the workbook planToWorkbook writes", async (_name, plan) => {
    const inMemory = await (await planToWorkbook(plan)).xlsx.writeBuffer();
    const streamed = await streamPlanToBuffer({ sheets: plan.sheets, definedNames: () => plan.definedNames });
    expect(await content(streamed)).toEqual(await content(inMemory));
  });

  it("asks Excel to recalculate on open, since formulas carry no cached result", async () => {
    const [, plan] = plans()[1]!;
    const zip = await JSZip.loadAsync(await renderPlan(plan));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it("builds each sheet only when it is written", async () => {
    const [, plan] = plans()[1]!;
    const built: string[] = [];
    function* lazy() {
      for (const s of plan.sheets) {
        built.push(s.name);
        yield s;
      }
    }
    await streamPlanToBuffer({ sheets: lazy(), definedNames: () => { expect(built).toHaveLength(plan.sheets.length); return plan.definedNames; } });
    expect(built).toEqual(plan.sheets.map((s) => s.name));
  });
});
