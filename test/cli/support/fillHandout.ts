/** Fills a unit's self-scoring file as the unit would in Excel (exceljs), and saves it under `dest`. */
import ExcelJS from "exceljs";
import { HANDOUT_FIRST_ROW } from "../../../src/workbook/handout/handoutLayout";

export async function fillHandout(src: string, dest: string, selfScores: Readonly<Record<string, number | string>>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(src);
  const ws = wb.getWorksheet("Tự chấm")!;
  for (let r = HANDOUT_FIRST_ROW; r <= ws.rowCount; r++) {
    const code = String(ws.getCell(r, 1).value ?? "");
    if (Object.hasOwn(selfScores, code)) ws.getCell(r, 6).value = selfScores[code]!;
  }
  await wb.xlsx.writeFile(dest);
}
