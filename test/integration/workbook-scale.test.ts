/**
 * Formulas that scale (issue 14): a 1,000-unit Công an workbook, every unit scored, recalculated by LibreOffice in one
 * soffice run (about a minute on 2 cores), has no error cell and the domain's totals, shares and ranks. Before, each relativeToBest "best" cell was MAX(0, one reference per unit):
 * over 255 arguments for Excel, and LibreOffice's Err:512 from about 500 units (every total and rank an error).
 * `npm run bench` (bench/scale.ts) prints the same check with soffice's time.
 */
import { describeLO } from "../support/libreoffice/describeLO";
import { checkLargeWorkbook } from "./support/scaleCheck";

jest.setTimeout(900_000);

describeLO("a large cluster in LibreOffice", () => {
  it("1,000 units: no error cell, totals, shares and ranks equal the domain's", async () => {
    const r = await checkLargeWorkbook(1000);
    expect(r.unitCount).toBe(1000);
    expect(r.errors.slice(0, 10)).toEqual([]);
    expect(r.actual).toEqual(r.expected);
  });
});
