/**
 * Issue #5's bundle budget: the JavaScript taskpane.html loads at start (office.js from Microsoft's CDN
 * aside) is at most 250 KB gzip, measured on the production build exactly as `npm run bench` prints it.
 * The heavy parts (exceljs, docx, the template parser with zod, the workbook actions) load on demand.
 * A size, not a time: it cannot flicker with the machine's load.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { INITIAL_JS_BUDGET_KB, localStartScripts, runPaneSizeBench } from "../../bench/pane";
import { DIST_DIR, assertBuildPresent } from "./support";

describe("task pane bundle", () => {
  beforeAll(() => assertBuildPresent());

  it(`loads at most ${INITIAL_JS_BUDGET_KB} KB gzip of its own JavaScript at start`, () => {
    const total = runPaneSizeBench().find((f) => f.name.startsWith("pane JS at start: taskpane.html's own scripts"));
    expect(total).toBeDefined();
    expect(total!.value).toBeGreaterThan(50); // the measurement found the real bundle
    expect(total!.value).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
  });

  it("keeps exceljs, docx and zod out of the scripts loaded at start", () => {
    const html = readFileSync(join(DIST_DIR, "taskpane.html"), "utf8");
    const code = localStartScripts(html).map((file) => readFileSync(join(DIST_DIR, file), "utf8")).join("\n");
    // Texts only these libraries carry (error messages and identifiers that survive minification).
    expect(code).not.toMatch(/Shared Formula master must exist/); // exceljs
    expect(code).not.toMatch(/urn:schemas-microsoft-com:office:word/); // docx
    expect(code).not.toMatch(/Invalid input: expected/); // zod's English error messages
  });
});
