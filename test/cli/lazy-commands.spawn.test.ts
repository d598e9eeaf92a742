/**
 * Each CLI command loads only its own code: `thidua --help` and `thidua rank` never load exceljs or docx
 * (they cost most of the start-up). Checked in a real process through bin/thidua.cjs's loader.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");

/** Runs the CLI in-process in a child node, then prints which heavy libraries it loaded. */
function loadedLibraries(args: string[]): { code: number | null; loaded: string[] } {
  const script = `
    require("tsx/cjs");
    const { runCli } = require("./src/cli/cli.ts");
    Promise.resolve(runCli(${JSON.stringify(args)}, { stdout() {}, stderr() {}, cwd: process.cwd(), env: {} })).then(() => {
      const names = Object.keys(require.cache).map((p) => (/node_modules\\/(exceljs|docx|jszip|zod)\\//.exec(p) || [])[1]).filter(Boolean);
      console.log(JSON.stringify([...new Set(names)].sort()));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  if (r.status !== 0) throw new Error(r.stderr);
  return { code: r.status, loaded: JSON.parse(r.stdout.trim().split("\n").pop()!) as string[] };
}

jest.setTimeout(120_000);

describe("the CLI loads a command's code only when that command runs", () => {
  it("--help loads none of exceljs, docx, jszip or zod", () => {
    expect(loadedLibraries(["--help"]).loaded).toEqual([]);
  });

  it("rank loads neither exceljs nor docx", () => {
    const { loaded } = loadedLibraries(["rank", "--template", "blank-100", "--scores", "test/fixtures/cli/blank-100-ccb.csv"]);
    expect(loaded).not.toContain("exceljs");
    expect(loaded).not.toContain("docx");
  });

  it("export loads exceljs and docx when it runs", () => {
    const { loaded } = loadedLibraries(["export", "no-such-book.xlsx", "--csv", "/tmp/x.csv"]);
    expect(loaded).toEqual(expect.arrayContaining(["exceljs", "docx"]));
  });
});
