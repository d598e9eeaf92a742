import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadStandardTemplate } from "../../templates";
import { buildPlan } from "../../workbook/buildPlan";
import { renderPlan } from "../../xlsx/renderPlan";
import { memoryIo } from "../memoryIo";
import { handoutCommand } from "./handout";
import { mergeCommand } from "./merge";

let work: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "thidua-handout-cli-"));
  const t = loadStandardTemplate("blank-100");
  writeFileSync(join(work, "cum.xlsx"), await renderPlan(buildPlan(t, { name: "Cụm", period: "2025", units: ["Hà Giang", "Cao Bằng"] })));
  writeFileSync(join(work, "cu.xls"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(cmd: typeof handoutCommand, ...argv: string[]) {
  const io = memoryIo({ cwd: work });
  const code = await cmd(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("thidua handout", () => {
  it("writes one file per unit, then refuses to overwrite any of them without --force", async () => {
    const first = await run(handoutCommand, "cum.xlsx", "--out-dir", "a");
    expect(first.code).toBe(0);
    expect(readdirSync(join(work, "a")).sort()).toEqual(["Tự chấm - 01 - Hà Giang.xlsx", "Tự chấm - 02 - Cao Bằng.xlsx"]);
    rmSync(join(work, "a", "Tự chấm - 01 - Hà Giang.xlsx"));
    const again = await run(handoutCommand, "cum.xlsx", "--out-dir", "a", "--lang", "en");
    expect(again.code).toBe(2);
    expect(again.err).toContain("Tự chấm - 02 - Cao Bằng.xlsx: the file already exists and is not overwritten. Choose another name, or add --force");
    expect(readdirSync(join(work, "a"))).toEqual(["Tự chấm - 02 - Cao Bằng.xlsx"]); // nothing written
    expect((await run(handoutCommand, "cum.xlsx", "--out-dir", "a", "--force")).code).toBe(0);
    expect(readdirSync(join(work, "a"))).toHaveLength(2);
  });

  it("explains usage and unusable workbooks", async () => {
    expect((await run(handoutCommand, "cum.xlsx")).code).toBe(2); // no --out-dir
    expect((await run(handoutCommand, "khong-co.xlsx", "--out-dir", "b")).code).toBe(2);
    const xls = await run(handoutCommand, "cu.xls", "--out-dir", "b", "--lang", "en");
    expect(xls.code).toBe(1);
    expect(xls.err).toContain("Excel 97-2003 (.xls)");
    mkdirSync(join(work, "plain"));
    writeFileSync(join(work, "plain", "x.txt"), "x");
    expect((await run(handoutCommand, "cum.xlsx", "--out-dir", "plain/x.txt")).code).toBe(2);
  });
});

describe("thidua merge (usage)", () => {
  it("needs the workbook and at least one file", async () => {
    expect((await run(mergeCommand)).code).toBe(2);
    const noFiles = await run(mergeCommand, "cum.xlsx", "--lang", "en");
    expect(noFiles).toMatchObject({ code: 2 });
    expect(noFiles.err).toContain("No self-scoring files given");
  });

  it("reports a missing file as skipped and writes nothing", async () => {
    const r = await run(mergeCommand, "cum.xlsx", "khong-co.xlsx", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toContain("khong-co.xlsx: SKIPPED – file not found (current folder:");
    expect(readdirSync(work).filter((f) => f.includes("truoc-gop"))).toEqual([]);
  });
});
