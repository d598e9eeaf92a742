/**
 * Regression (issue 12, "Đề xuất khen thưởng" vs "Đề nghị khen thưởng"): the administrative wording
 * "Đề nghị khen thưởng" is used everywhere the user reads it — the catalogue (workbook headers, exports,
 * CLI, pane) and the documentation. "đề xuất" is not used for awards anywhere.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { catalogue } from "./catalogue";

/** "Đề xuất" about awards (other uses, e.g. a proposed criteria tree, are not award wording). */
const proposeWord = /đề xuất khen/iu;

describe("award wording: Đề nghị khen thưởng everywhere", () => {
  it("no catalogue text says 'đề xuất khen thưởng'", () => {
    const offenders = Object.entries(catalogue)
      .filter(([, v]) => proposeWord.test(v.vi.normalize("NFC")))
      .map(([k, v]) => `${k}: ${v.vi}`);
    expect(offenders).toEqual([]);
  });

  it("the workbook's award column and outcome labels say 'Đề nghị'", () => {
    expect(catalogue["wb.head.award"].vi).toBe("Đề nghị khen thưởng");
    expect([catalogue["wb.label.proposed"].vi, catalogue["wb.summary.proposed"].vi, catalogue["export.xlsx.proposed"].vi]).toEqual(["Đề nghị", "Được đề nghị", "Được đề nghị"]);
  });

  it("README and docs/ never say 'đề xuất khen thưởng' (the word for award proposals is 'đề nghị')", () => {
    const root = join(__dirname, "..", "..");
    const files = ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => join("docs", f))];
    const offenders = files.flatMap((f) =>
      readFileSync(join(root, f), "utf8")
        .normalize("NFC")
        .split("\n")
        .flatMap((line, i) => (proposeWord.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });
});
