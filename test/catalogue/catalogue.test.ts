/**
 * The scripted catalogue of bad inputs and faults (issue 12): every case must be handled — exit 1 or 2,
 * a message naming the place and the fix in Vietnamese and English with no stack trace or internals,
 * inputs byte-identical, outputs complete or absent. Prints "N tried, N handled". Runs on its own too:
 * `npx tsx test/catalogue/run.ts [filter]`.
 */
import { allCases, caseLine, runCatalogue, summaryLine } from "./catalogue";

jest.setTimeout(600_000);

describe("the catalogue of bad inputs and faults", () => {
  it("has at least 60 cases over CSVs, templates, workbooks, handouts, meeting files and kills", () => {
    expect(allCases.length).toBeGreaterThanOrEqual(60);
    const groups = ["scores CSV", "unit list", "template", "workbook", "merge handout", "meeting.json", "kill during"];
    for (const g of groups) expect([g, allCases.some((c) => c.name.includes(g))]).toEqual([g, true]);
    expect(new Set(allCases.map((c) => c.name)).size).toBe(allCases.length);
  });

  it("handles every case", async () => {
    const outcomes = await runCatalogue();
    const summary = summaryLine(outcomes);
    process.stdout.write(`${summary}\n`);
    const failed = outcomes.filter((o) => !o.handled).map(caseLine);
    expect(failed).toEqual([]);
    expect(summary).toBe(`${outcomes.length} tried, ${outcomes.length} handled`);
  });
});
