/**
 * Robustness of the LibreOffice harness itself: missing soffice, failing/hanging soffice (fake scripts,
 * no LibreOffice needed), real timeouts, unreadable inputs, stale locks, the profile settings, locale.
 */
import ExcelJS from "exceljs";
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  INSTALL_HINT,
  isSofficeAvailable,
  readValues,
  recalculateXlsx,
  recalculateXlsxDetailed,
  RecalcError,
  SofficeNotFoundError,
  findSoffice,
} from "../support/libreoffice";
import { freshXcu, patchXcu, prepareProfile, saveProfileTemplate } from "../support/libreoffice/profile";
import { findProcesses } from "../support/libreoffice/soffice";

jest.setTimeout(120_000);

const skipLO = process.env.THIDUA_SKIP_LIBREOFFICE === "1" && !isSofficeAvailable();
const itLO = skipLO ? it.skip : it;

let work: string;
let sample: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "thidua-lo-harness-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = 2;
  ws.getCell("A2").value = 3;
  ws.getCell("A3").value = { formula: "A1*A2", result: 999 } as ExcelJS.CellFormulaValue;
  ws.getCell("A4").value = { formula: 'TEXT(1234.5,"#,##0.00")', result: "?" } as ExcelJS.CellFormulaValue;
  sample = join(work, "sample.xlsx");
  await wb.xlsx.writeFile(sample);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A stand-in for soffice: a shell script. */
function fakeSoffice(name: string, body: string): string {
  const p = join(work, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`);
  chmodSync(p, 0o755);
  return p;
}

/** The private-profile URL of a failed run, taken from its command line. */
function markerOf(err: RecalcError): string {
  const arg = err.details.command.find((a) => a.startsWith("-env:UserInstallation="))!;
  return arg.slice("-env:UserInstallation=".length);
}

async function catchRecalc(p: Promise<unknown>): Promise<RecalcError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof RecalcError) return e;
    throw e;
  }
  throw new Error("expected a RecalcError");
}

describe("without LibreOffice", () => {
  it("a missing soffice gives a clear error with the install command", async () => {
    expect(() => findSoffice("/nonexistent/soffice")).toThrow(SofficeNotFoundError);
    await expect(recalculateXlsx([sample], { sofficePath: "/nonexistent/soffice" })).rejects.toThrow(
      "apt-get install -y libreoffice-calc-nogui",
    );
    expect(INSTALL_HINT).toBe("apt-get install -y libreoffice-calc-nogui");
  });

  it("a missing input fails before soffice starts", async () => {
    const fake = fakeSoffice("never-run.sh", `touch "${join(work, "ran")}"`);
    await expect(recalculateXlsx([join(work, "nope.xlsx")], { sofficePath: fake })).rejects.toThrow(
      /input file\(s\) not found: .*nope\.xlsx/,
    );
    expect(existsSync(join(work, "ran"))).toBe(false);
  });

  it("an empty batch starts nothing", async () => {
    const fake = fakeSoffice("never-run2.sh", `touch "${join(work, "ran2")}"`);
    expect((await recalculateXlsx([], { sofficePath: fake })).size).toBe(0);
    expect(existsSync(join(work, "ran2"))).toBe(false);
  });

  it("exit code and stderr are surfaced; stdin is closed", async () => {
    // Reads stdin: with stdin closed this returns at once instead of hanging.
    const fake = fakeSoffice("fails.sh", 'cat >/dev/null; echo "some output"; echo "boom: profile broken" >&2; exit 3');
    const err = await catchRecalc(recalculateXlsx([sample], { sofficePath: fake }));
    expect(err.details.exitCode).toBe(3);
    expect(err.message).toContain("exit code: 3");
    expect(err.message).toContain("boom: profile broken");
    expect(err.message).toContain("some output");
    expect(err.details.failed).toEqual([sample]);
  });

  it("exit 0 without output files is an error, not a silent success", async () => {
    const fake = fakeSoffice("noop.sh", "exit 0");
    const err = await catchRecalc(recalculateXlsx([sample], { sofficePath: fake }));
    expect(err.message).toMatch(/no output for 1 file/);
  });

  it("a hanging soffice is killed at the timeout, including a child that left the process group", async () => {
    // $4 is -env:UserInstallation=<private profile>: the straggler carries it in its command line.
    const fake = fakeSoffice(
      "hangs.sh",
      'setsid node -e "setTimeout(()=>{},600000)" -- "$4" >/dev/null 2>&1 &\nsleep 600',
    );
    const t0 = Date.now();
    const err = await catchRecalc(recalculateXlsx([sample], { sofficePath: fake, timeoutMs: 1500 }));
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(err.details.timedOut).toBe(true);
    expect(err.message).toMatch(/timed out after 1500 ms/);
    expect(findProcesses(markerOf(err))).toEqual([]);
  });
});

describe("private profile", () => {
  it("registrymodifications.xcu forces recalculation on load for OOXML and ODF, en-US", () => {
    const xcu = freshXcu({ locale: "en-US" });
    expect(xcu).toContain(
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
    );
    expect(xcu).toContain(
      '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>',
    );
    expect(xcu).toContain('oor:name="ooSetupSystemLocale" oor:op="fuse"><value>en-US</value>');
  });

  it("patching an existing xcu replaces our settings and keeps the rest", () => {
    const old =
      freshXcu({ locale: "vi-VN", recalcOnLoad: false }).replace(
        "</oor:items>",
        '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="UseSystemFileDialog" oor:op="fuse"><value>true</value></prop></item>\n</oor:items>',
      ) + "";
    const patched = patchXcu(old, { locale: "en-US" });
    expect(patched.match(/OOXMLRecalcMode/g)).toHaveLength(1);
    expect(patched).toContain('"OOXMLRecalcMode" oor:op="fuse"><value>0</value>');
    expect(patched).not.toContain("vi-VN");
    expect(patched).toContain("UseSystemFileDialog");
  });

  it("a stale lock in the cached template is never copied into a run's profile", () => {
    const cache = join(work, "cache-lock", "lo-profile");
    const src = join(work, "src-profile");
    mkdirSync(join(src, "user"), { recursive: true });
    writeFileSync(join(src, "user", "registrymodifications.xcu"), freshXcu({ locale: "en-US" }));
    writeFileSync(join(src, "user", ".lock"), "stale");
    saveProfileTemplate(src, cache, "/usr/bin/true");
    expect(existsSync(join(cache, "user", ".lock"))).toBe(false);
    writeFileSync(join(cache, "user", ".lock"), "stale again");
    const dest = join(work, "run-profile");
    expect(prepareProfile(dest, cache, "/usr/bin/true", { locale: "en-US" })).toBe(true);
    expect(existsSync(join(dest, "user", ".lock"))).toBe(false);
    expect(readFileSync(join(dest, "user", "registrymodifications.xcu"), "utf8")).toContain("OOXMLRecalcMode");
    // A template made for another soffice is ignored.
    const dest2 = join(work, "run-profile-2");
    expect(prepareProfile(dest2, cache, "/usr/bin/false", { locale: "en-US" })).toBe(false);
  });
});

describe("with LibreOffice", () => {
  itLO("control: without the profile setting LibreOffice keeps the wrong cached value", async () => {
    const out = await recalculateXlsx([sample], { outDir: join(work, "control"), recalcOnLoad: false });
    expect((await readValues(out.get(sample)!)).cell("S", "A3")).toBe(999);
  });

  itLO("works with or without the cached profile template, and concurrently", async () => {
    const [a, b] = await Promise.all([
      recalculateXlsxDetailed([sample], { outDir: join(work, "conc-a"), profileCache: false }),
      recalculateXlsxDetailed([sample], { outDir: join(work, "conc-b") }),
    ]);
    expect(a.profileFromCache).toBe(false);
    for (const r of [a, b]) expect((await readValues(r.outputs.get(sample)!)).cell("S", "A3")).toBe(6);
  });

  itLO("the same input twice is converted once and mapped twice", async () => {
    const rel = `${work}/./sample.xlsx`; // same file, different spelling
    const out = await recalculateXlsx([sample, rel], { outDir: join(work, "dup") });
    expect(out.size).toBe(2);
    expect(out.get(sample)).toBe(out.get(rel));
  });

  itLO("the locale is pinned to en-US by default (TEXT is locale-dependent)", async () => {
    const en = await recalculateXlsx([sample], { outDir: join(work, "loc-en") });
    const vi = await recalculateXlsx([sample], { outDir: join(work, "loc-vi"), locale: "vi-VN" });
    expect((await readValues(en.get(sample)!)).cell("S", "A4")).toBe("1,234.50");
    expect((await readValues(vi.get(sample)!)).cell("S", "A4")).toBe("1.234,50");
  });

  itLO("an unreadable input fails with soffice's message; the good files of the batch are kept", async () => {
    const bad = join(work, "garbage.xlsx");
    writeFileSync(bad, Buffer.from("PK\u0003\u0004 this is not a zip"));
    const err = await catchRecalc(recalculateXlsx([sample, bad], { outDir: join(work, "bad") }));
    expect(err.details.failed).toEqual([bad]);
    expect(err.details.partial?.get(sample)).toBe(join(work, "bad", "sample.xlsx"));
    expect(err.message).toContain("garbage.xlsx");
    expect(err.message).toMatch(/source file could not be loaded/);
  });

  itLO("an unrelated soffice already running (its own profile) does not capture the batch", async () => {
    // A long-lived headless soffice, as a developer's or a crashed run's would be.
    const other = join(work, "other-profile");
    const marker = `file://${other}`;
    const proc = spawn(findSoffice(), ["--headless", "--norestore", `-env:UserInstallation=${marker}`], {
      env: { ...process.env, HOME: join(work, "other-home") },
      stdio: "ignore",
      detached: true,
    });
    try {
      for (let i = 0; i < 50 && findProcesses(marker).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
      const out = await recalculateXlsx([sample], { outDir: join(work, "beside-other") });
      expect((await readValues(out.get(sample)!)).cell("S", "A3")).toBe(6);
    } finally {
      try {
        process.kill(-proc.pid!, "SIGKILL");
      } catch {
        /* gone */
      }
      for (const pid of findProcesses(marker)) process.kill(pid, "SIGKILL");
    }
  });

  itLO("a real soffice is killed at the timeout and leaves no process behind", async () => {
    const err = await catchRecalc(recalculateXlsx([sample], { outDir: join(work, "slow"), timeoutMs: 200 }));
    expect(err.details.timedOut).toBe(true);
    expect(findProcesses(markerOf(err))).toEqual([]);
  });
});
