import ExcelJS from "exceljs";
import { demoWorkbook } from "../cli/commands/demo";
import { applySelfScores } from "./writeSelfScores";
import { renderPlan } from "./renderPlan";

/** Every formula cell of the workbook with its cached result (undefined when none). */
function formulaResults(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.Formula && out.set(`${ws.name}!${c.address}`, c.result))));
  return out;
}

describe("applySelfScores", () => {
  it("regression: cached results 0, false and \"\" survived a merge (stale totals compared by export), now every one is dropped", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderPlan(demoWorkbook().plan)) as unknown as ArrayBuffer);
    // As Excel or LibreOffice saves it: every formula with a result, many of them 0, some false or "".
    let i = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type !== ExcelJS.ValueType.Formula) return;
          const results = [0, 7.5, false, "", "Có"];
          c.value = { formula: c.formula, result: results[i++ % results.length] } as ExcelJS.CellValue;
        }),
      ),
    );
    expect([...formulaResults(wb).values()].filter((r) => r === 0).length).toBeGreaterThan(10);
    await applySelfScores(wb, [], []);
    const reloaded = new ExcelJS.Workbook();
    await reloaded.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const after = formulaResults(reloaded);
    expect(after.size).toBe(i);
    expect([...after].filter(([, r]) => r !== undefined)).toEqual([]);
  });
});
