/**
 * Kills during writes, for real: the CLI runs as a child process and kills itself (SIGKILL, like a power
 * cut) at each named point of the write (THIDUA_TEST_KILL_AT, src/cli/files/killPoint.ts). After every
 * kill: every input is byte-identical, every output is complete or absent (never a 0-byte or half
 * backup), and the next run cleans up and succeeds.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { runCli } from "../../src/cli/cli";
import { memoryIo } from "../../src/cli/memoryIo";
import { readClusterXlsx } from "../../src/xlsx/readClusterWorkbook";
import { fillHandout } from "./support/fillHandout";

const ROOT = resolve(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
jest.setTimeout(300_000);

let base: string;
const dirs: string[] = [];

function cli(cwd: string, args: string[], killAt?: string) {
  const env = { ...process.env, THIDUA_LANG: "en", THIDUA_TEST_KILL_AT: killAt ?? "" };
  const r = spawnSync(process.execPath, [TSX, join(ROOT, "src", "cli", "main.ts"), ...args], { cwd, env, encoding: "utf8", timeout: 60_000 });
  // tsx runs the CLI in a child node: its SIGKILL comes back as exit code 128 + 9.
  return { code: r.status, killed: r.signal === "SIGKILL" || r.status === 137, out: r.stdout, err: r.stderr };
}
function fresh(): string {
  const d = mkdtempSync(join(tmpdir(), "thidua-kill-"));
  dirs.push(d);
  cpSync(base, d, { recursive: true });
  return d;
}
const temps = (d: string) => readdirSync(d).filter((n) => n.endsWith(".thidua-tmp"));

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), "thidua-kill-base-"));
  const run = async (...argv: string[]) => expect(await runCli(argv, memoryIo({ cwd: base }))).toBe(0);
  await run("demo", "--out", "cum.xlsx");
  await run("handout", "cum.xlsx", "--out-dir", "phat");
  const first = readdirSync(join(base, "phat")).sort()[0]!;
  await fillHandout(join(base, "phat", first), join(base, "filled.xlsx"), { "I.1": 15 });
}, 120_000);
afterAll(() => [base, ...dirs].forEach((d) => d && rmSync(d, { recursive: true, force: true })));

/** Hà Giang's I.1 self score in a cluster workbook, or null when it cannot be read as one. */
async function mergedValue(bytes: Buffer): Promise<unknown> {
  const { read } = await readClusterXlsx(bytes);
  if (!read.ok) return null;
  return read.value.entries.find((e) => e.unit === "Hà Giang" && e.criterion === "I.1")?.self;
}

describe("regression: a kill during the backup copy left a 0-byte backup — now the workbook is as it was or completely merged, any backup complete", () => {
  const POINTS = ["temp:1:half", "temp:1", "temp:2:half", "temp:2", "rename:1", "rename:2"];
  it.each(POINTS)("killed at %s", async (point) => {
    const d = fresh();
    const original = readFileSync(join(d, "cum.xlsx"));
    const handout = readFileSync(join(d, "filled.xlsx"));
    const r = cli(d, ["merge", "cum.xlsx", "filled.xlsx"], point);
    expect(r.killed).toBe(true);
    expect(readFileSync(join(d, "filled.xlsx")).equals(handout)).toBe(true);
    const now = readFileSync(join(d, "cum.xlsx"));
    if (!now.equals(original)) expect(await mergedValue(now)).toBe(15); // replaced only by the complete new workbook
    expect(now.equals(original)).toBe(point !== "rename:2");
    const backups = readdirSync(d).filter((n) => n.includes(".truoc-gop-") && n.endsWith(".xlsx")); // a temporary file ends in .thidua-tmp
    for (const b of backups) expect(readFileSync(join(d, b)).equals(original)).toBe(true);
    expect(backups).toHaveLength(point.startsWith("rename") ? 1 : 0);

    // The next run removes what the killed one left and merges (or finds it already merged).
    const again = cli(d, ["merge", "cum.xlsx", "filled.xlsx"]);
    expect([again.code, again.err]).toEqual([0, ""]);
    expect(temps(d)).toEqual([]);
    expect(await mergedValue(readFileSync(join(d, "cum.xlsx")))).toBe(15);
  });
});

describe("a kill during export leaves every output complete or absent, the workbook untouched", () => {
  let csv: Buffer;
  beforeAll(() => {
    const d = fresh();
    expect(cli(d, ["export", "cum.xlsx", "--csv", "th.csv"]).code).toBe(0);
    csv = readFileSync(join(d, "th.csv"));
  });
  const POINTS = ["temp:1:half", "temp:1", "temp:2:half", "temp:2", "temp:3:half", "temp:3", "rename:1", "rename:2", "rename:3"];
  it.each(POINTS)("killed at %s", async (point) => {
    const d = fresh();
    const workbook = readFileSync(join(d, "cum.xlsx"));
    const r = cli(d, ["export", "cum.xlsx", "--docx", "bb.docx", "--csv", "th.csv", "--xlsx", "th.xlsx"], point);
    expect(r.killed).toBe(true);
    expect(readFileSync(join(d, "cum.xlsx")).equals(workbook)).toBe(true);
    const renamed = point.startsWith("rename") ? Number(point.split(":")[1]) : 0;
    expect(["bb.docx", "th.csv", "th.xlsx"].map((n) => existsSync(join(d, n)))).toEqual([1, 2, 3].map((i) => i <= renamed));
    if (renamed >= 1) expect(Object.keys((await JSZip.loadAsync(readFileSync(join(d, "bb.docx")))).files)).toContain("word/document.xml");
    if (renamed >= 2) expect(readFileSync(join(d, "th.csv")).equals(csv)).toBe(true);
    if (renamed >= 3) expect((await new ExcelJS.Workbook().xlsx.load(readFileSync(join(d, "th.xlsx")) as unknown as ArrayBuffer)).worksheets.length).toBeGreaterThan(0);

    if (point !== "temp:2:half" && point !== "rename:2") return; // the next run, twice (a spawn costs seconds)
    const again = cli(d, ["export", "cum.xlsx", "--docx", "bb.docx", "--csv", "th.csv", "--xlsx", "th.xlsx", "--force"]);
    expect([again.code, again.err]).toEqual([0, ""]);
    expect(temps(d)).toEqual([]);
    expect(readFileSync(join(d, "th.csv")).equals(csv)).toBe(true);
  });
});
