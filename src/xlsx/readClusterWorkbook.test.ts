import { evaluateCluster } from "../domain";
import { DEMO } from "../cli/commands/demo";
import { loadStandardTemplate } from "../templates";
import { buildPlan, SHEET } from "../workbook/buildPlan";
import { fillEntries } from "../workbook/fillEntries";
import { renderPlan } from "./renderPlan";
import { readClusterXlsx } from "./readClusterWorkbook";
import ExcelJS from "exceljs";

async function demoXlsx(): Promise<Buffer> {
  const t = loadStandardTemplate(DEMO.templateId);
  const plan = buildPlan(t, { name: DEMO.cluster, period: DEMO.period, units: DEMO.units });
  return renderPlan(fillEntries(plan, t, DEMO.units, DEMO.entries).plan);
}

describe("readClusterXlsx", () => {
  it("reads back the template, cluster, units and every entry the demo wrote, giving the same ranking", async () => {
    const { read } = await readClusterXlsx(await demoXlsx());
    if (!read.ok) throw new Error(read.error.id);
    const { meta, units, entries, codeMismatches } = read.value;
    expect(meta.templateId).toBe(DEMO.templateId);
    expect(meta.clusterName).toBe(DEMO.cluster);
    expect(meta.period).toBe(DEMO.period);
    expect(units).toEqual(DEMO.units);
    expect(codeMismatches).toEqual([]);
    expect(entries).toHaveLength(DEMO.entries.length);
    const t = loadStandardTemplate(DEMO.templateId);
    const expected = evaluateCluster(t, DEMO.units.map((name) => ({ name })), DEMO.entries);
    const got = evaluateCluster(meta.template, units.map((name) => ({ name })), entries);
    expect(got.order.map((i) => got.units[i]!.name)).toEqual(expected.order.map((i) => expected.units[i]!.name));
    expect(got.units.map((u) => u.final.total)).toEqual(expected.units.map((u) => u.final.total));
    const e = entries.find((x) => x.unit === "Phú Thọ" && x.criterion === "DK.1")!;
    expect(e.cluster).toBe("Không đạt");
    expect(e.where?.cluster).toEqual({ sheet: SHEET.entry, cell: expect.stringMatching(/^[A-Z]+\d+$/) });
  });

  it("says the workbook is not ThiDua's when _ThiDua is missing, and names a missing contract sheet", async () => {
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    const { read } = await readClusterXlsx(Buffer.from(await empty.xlsx.writeBuffer()));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error.id).toBe("wb.readBack.noMeta");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await demoXlsx()) as unknown as ArrayBuffer);
    wb.removeWorksheet(wb.getWorksheet(SHEET.entry)!.id);
    const again = await readClusterXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(again.read.ok).toBe(false);
    if (!again.read.ok) expect(again.read.error).toEqual({ id: "wb.readBack.missingSheet", params: { sheet: SHEET.entry } });
  });
});
