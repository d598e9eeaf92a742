/**
 * The roll-up's files (CSV, .xlsx, .docx report) write every text in one tone-mark style, whichever style each
 * cluster's file used ("Hoà Bình" in one, "Thủy" in another): the board's documents do not mix them.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseQuota } from "../domain/rollup/quotas";
import { rollup } from "../domain/rollup/rollup";
import type { ClusterResults, UnitResults } from "../domain/rollup/types";
import { toneStylesIn } from "../../test/support/toneMarks";
import { toCsv } from "./csv";
import { rollupDocx } from "./rollupDocx";
import { rollupRows } from "./rollupTable";
import { rollupXlsx } from "./rollupXlsx";
import { restyled } from "./toneStyle";

const unit = (name: string, rank: number, award: string | null): UnitResults => ({
  name, total: 90 - rank, percent: null, rank, band: "Xuất sắc", awardLabel: award ?? "", award, awardStatus: award ? "proposed" : "none",
});
const cluster = (clusterName: string, units: UnitResults[]): ClusterResults => ({
  file: `${clusterName}.xlsx`, source: "workbook", clusterName, period: "2025", template: { id: "t", title: "Mẫu khoẻ", hash: "h" }, units,
});
const quota = parseQuota("Cờ thi đua=1");
if (!quota.ok) throw new Error("quota");
const r = rollup(
  [
    cluster("Cụm Hoà Bình", [unit("Công an tỉnh Hoà Bình", 1, "Cờ thi đua"), unit("Công an tỉnh Thanh Hóa", 2, null)]),
    cluster("Cụm Thủy Nguyên", [unit("Công an huyện Thuỷ Nguyên", 1, "Cờ thi đua"), unit("Công an tỉnh Hòa Bình", 2, null)]),
  ],
  [quota.rule],
);

async function xlsxText(bytes: Uint8Array): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => void texts.push(String(c.value)))));
  return texts.join("\n");
}
const docxText = async (bytes: Uint8Array) => (await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, " ");

describe("roll-up files in one tone-mark style", () => {
  it("the clusters' files really mix both styles", () => {
    expect(toneStylesIn(JSON.stringify(r))).toEqual({ old: true, new: true });
  });

  it.each(["new", "old"] as const)("CSV, .xlsx and report all in the %s style, the unit over the quota still named", async (style) => {
    const want = { old: style === "old", new: style === "new" };
    const csv = toCsv(restyled(rollupRows(r), style), { decimal: "comma" });
    const xlsx = await xlsxText(await rollupXlsx(r, style));
    const docx = await docxText(await rollupDocx(r, style));
    for (const text of [csv, xlsx, docx]) expect(toneStylesIn(text)).toEqual(want);
    const beyond = style === "new" ? "Công an huyện Thủy Nguyên" : "Công an huyện Thuỷ Nguyên";
    expect(docx).toContain(beyond);
    expect(xlsx).toContain(beyond);
  });

  it("keeps the table's numbers and shape", () => {
    const rows = rollupRows(r);
    expect(restyled(rows, "old").map((row) => row.map((c) => typeof c))).toEqual(rows.map((row) => row.map((c) => typeof c)));
  });
});
