import { evaluateCluster } from "../domain";
import { loadStandardTemplate } from "../templates";
import { bienBanDocx } from "./bienBan";
import { clusterSummary } from "./clusterSummary";
import { toCsv } from "./csv";
import { withToneStyle } from "./toneStyle";
import JSZip from "jszip";
import { toneStylesIn } from "../../test/support/toneMarks";

const template = loadStandardTemplate("blank-100");
const result = evaluateCluster(template, [{ name: "Xã Hoà Bình" }, { name: "Phường Thủy Xuân" }, { name: "Khoẻ Mạnh" }], []);
const summary = clusterSummary(result, {
  clusterName: "Cụm thi đua Hòa Bình – Thuỷ Sơn",
  period: "2025",
  meeting: { venue: "Hội trường UBND xã Hoà Bình", chair: "Nguyễn Văn Thuỷ", chairTitle: "Chủ tịch" },
});

/** Every text of a document: which styles it uses. */
const mixed = toneStylesIn;

describe("tone-mark style of the exported documents (issue 12: “Hoà” and “Hòa” mixed in one biên bản)", () => {
  it("the summary as typed mixes both styles (the test input is really mixed)", () => {
    expect(mixed(JSON.stringify(summary))).toEqual({ old: true, new: true });
  });

  it.each(["new", "old"] as const)("writes every text of the CSV in the %s style", (style) => {
    const csv = toCsv(withToneStyle(summary, style).table, { decimal: "comma" });
    expect(mixed(csv)).toEqual({ old: style === "old", new: style === "new" });
    expect(csv).toContain(style === "new" ? "Xã Hòa Bình" : "Xã Hoà Bình");
  });

  it("writes the biên bản in one style, with the meeting details", async () => {
    const docx = await bienBanDocx(withToneStyle(summary, "new"));
    const xml = await (await JSZip.loadAsync(docx)).file("word/document.xml")!.async("string");
    const text = xml.replace(/<[^>]+>/g, "");
    expect(text).toContain("Hòa Bình – Thủy Sơn");
    expect(text).toContain("Xã Hòa Bình");
    expect(text).toContain("Nguyễn Văn Thủy");
    expect(mixed(text).old).toBe(false);
  });

  it("keeps numbers and the table's shape", () => {
    const styled = withToneStyle(summary, "old");
    expect(styled.table.map((r) => r.map((c) => typeof c))).toEqual(summary.table.map((r) => r.map((c) => typeof c)));
  });
});
