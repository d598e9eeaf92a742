/** The fake counts what each sync sends back (values, formulas, formats, names), not only what it sends. */
import { FakeExcel } from ".";

function filledSheet(fake: FakeExcel, rows: number, cols: number): void {
  const s = fake.state.addSheet("Điểm");
  for (let r = 1; r <= rows; r++) for (let c = 1; c <= cols; c++) s.ensure(r, c).formula = `=SUM(A${r}:B${r})*${c}`;
}

describe("FakeExcel response sizes", () => {
  it("counts one response per sync, sized by what was loaded", async () => {
    const fake = new FakeExcel();
    filledSheet(fake, 20, 10);
    const ctx = fake.context();
    const sheet = ctx.workbook.worksheets.getItem("Điểm");
    const small = sheet.getRange("A1:B2").load("values");
    await ctx.sync();
    const big = sheet.getRange("A1:J20").load("formulas,values,numberFormat");
    await ctx.sync();
    expect(small.values).toHaveLength(2);
    expect(big.formulas).toHaveLength(20);
    expect(fake.responseBytes).toHaveLength(2);
    const formulasJson = JSON.stringify(big.formulas).length;
    expect(fake.responseBytes[1]).toBeGreaterThan(formulasJson);
    expect(fake.responseBytes[0]).toBeLessThan(100);
    expect(fake.largestResponse).toBe(fake.responseBytes[1]);
  });

  it("a sync that only writes gets an empty response, and its request is counted instead", async () => {
    const fake = new FakeExcel();
    filledSheet(fake, 1, 1);
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem("Điểm").getRange("A1:C1").values = [["a", "b", "c"]];
    await ctx.sync();
    expect(fake.responseBytes).toEqual([0]);
    expect(fake.largestBatch).toBeGreaterThan(0);
  });

  it("counts used ranges and names loaded by size, with UTF-8 bytes for Vietnamese text", async () => {
    const fake = new FakeExcel();
    const s = fake.state.addSheet("Đơn vị");
    s.ensure(1, 1).value = "Công an tỉnh Hà Giang";
    fake.state.names.set("TD_Units", { reference: "='Đơn vị'!$B$2:$B$9", comment: "Danh sách đơn vị" });
    const ctx = fake.context();
    ctx.workbook.worksheets.getItem("Đơn vị").getUsedRange().load("values");
    ctx.workbook.names.load("items/name,items/formula,items/comment");
    await ctx.sync();
    const expected = new TextEncoder().encode(JSON.stringify({ values: [["Công an tỉnh Hà Giang"]] })).length;
    expect(fake.responseBytes[0]).toBeGreaterThan(expected + "TD_Units".length);
  });
});
