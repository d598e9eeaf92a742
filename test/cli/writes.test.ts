/**
 * Issue 12, "Files: all or nothing", through the commands (in-process, temp folder): no output may be an
 * input whatever the flags; a multi-file write that fails leaves every target as it was; a read-only or
 * locked workbook is refused by merge before any backup, in plain words; a workbook saved meanwhile is
 * not overwritten. Regression tests named after the bugs.
 */
import { chmodSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli";
import { mergeCommand } from "../../src/cli/commands/merge";
import { memoryIo } from "../../src/cli/memoryIo";
import { fillHandout } from "./support/fillHandout";
import { lockFile, type Lock } from "./support/lockFile";

jest.setTimeout(60_000);

let dir: string;
let locks: Lock[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-writes-"));
});
afterEach(() => {
  locks.forEach((l) => l.undo());
  locks = [];
  rmSync(dir, { recursive: true, force: true });
});

async function run(...argv: string[]) {
  const io = memoryIo({ cwd: dir });
  const code = await runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}
const bytes = (name: string) => readFileSync(join(dir, name));
const lock = (name: string) => {
  const l = lockFile(join(dir, name));
  if (l) locks.push(l);
  return l;
};
/** Every file of the folder (and one level below) with its bytes. */
function folder(): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string, prefix: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p, `${prefix}${n}/`);
      else out.set(`${prefix}${n}`, readFileSync(p).toString("base64"));
    }
  };
  walk(dir, "");
  return out;
}

/** demo workbook + one unit's handout filled with a new I.1 self score. */
async function mergeSetup(): Promise<string> {
  expect((await run("demo", "--out", "cum.xlsx")).code).toBe(0);
  expect((await run("handout", "cum.xlsx", "--out-dir", "phat")).code).toBe(0);
  const first = readdirSync(join(dir, "phat")).sort()[0]!;
  await fillHandout(join(dir, "phat", first), join(dir, "filled.xlsx"), { "I.1": 15 });
  return "filled.xlsx";
}

describe("no output may be an input", () => {
  it("regression: export book.xlsx --xlsx book.xlsx --force replaced the scoring workbook with the summary", async () => {
    await run("demo", "--out", "book.xlsx");
    const before = bytes("book.xlsx");
    symlinkSync(join(dir, "book.xlsx"), join(dir, "link.xlsx"));
    linkSync(join(dir, "book.xlsx"), join(dir, "hard.xlsx"));
    mkdirSync(join(dir, "sub"));
    for (const out of ["book.xlsx", "./book.xlsx", "sub/../book.xlsx", join(dir, "book.xlsx"), "link.xlsx", "hard.xlsx"]) {
      for (const force of [["--force"], []]) {
        const r = await run("export", "book.xlsx", "--csv", "a.csv", "--xlsx", out, ...force, "--lang", "en");
        expect([out, force, r.code]).toEqual([out, force, 2]);
        expect(r.err).toContain(`${out} is the same file as the input book.xlsx: ThiDua never writes over an input`);
        // Without --force the message must not suggest adding it: that would replace the workbook.
        expect(r.err).not.toMatch(/add --force/);
      }
    }
    expect(bytes("book.xlsx").equals(before)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["book.xlsx", "hard.xlsx", "link.xlsx", "sub"]);
  });

  it("export never writes over meeting.json either; handout never over the workbook", async () => {
    await run("demo", "--out", "cum.xlsx");
    writeFileSync(join(dir, "hop.csv"), "{}");
    const r = await run("export", "cum.xlsx", "--meeting", "hop.csv", "--csv", "hop.csv", "--force");
    expect(r.code).toBe(2);
    expect(r.err).toContain("hop.csv chính là tệp đầu vào hop.csv của lệnh này");
    expect(readFileSync(join(dir, "hop.csv"), "utf8")).toBe("{}");
    mkdirSync(join(dir, "phat"));
    copyFileSync(join(dir, "cum.xlsx"), join(dir, "phat", "Tự chấm - 01 - Hà Giang.xlsx"));
    const h = await run("handout", "phat/Tự chấm - 01 - Hà Giang.xlsx", "--out-dir", "phat", "--force", "--lang", "en");
    expect(h.code).toBe(2);
    expect(h.err).toContain("is the same file as the input phat/Tự chấm - 01 - Hà Giang.xlsx");
    expect(readdirSync(join(dir, "phat"))).toEqual(["Tự chấm - 01 - Hà Giang.xlsx"]);
  });
});

describe("multi-file writes are all or nothing", () => {
  it("regression: export --force stopped half-way on an unwritable target, leaving new and old files mixed", async () => {
    await run("demo", "--out", "cum.xlsx");
    for (const n of ["bb.docx", "th.csv", "th.xlsx"]) writeFileSync(join(dir, n), `old ${n}`);
    const l = lock("th.xlsx");
    expect(l).not.toBeNull();
    const before = folder();
    const r = await run("export", "cum.xlsx", "--docx", "bb.docx", "--csv", "th.csv", "--xlsx", "th.xlsx", "--force", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain(l!.kind === "immutable" ? "th.xlsx: the file is open or locked in another program (usually Excel). Close the file in Excel" : "th.xlsx: the file is read-only");
    expect(r.err).toContain("No file was written: existing files are unchanged.");
    expect(r.err).not.toMatch(/\bE[A-Z]{3,}\b/);
    expect(folder()).toEqual(before);
  });

  it("regression: handout --force stopped half-way on an unwritable target, leaving new and old files mixed", async () => {
    await run("demo", "--out", "cum.xlsx");
    expect((await run("handout", "cum.xlsx", "--out-dir", "phat")).code).toBe(0);
    const names = readdirSync(join(dir, "phat")).sort();
    for (const n of names) writeFileSync(join(dir, "phat", n), `filled by ${n}`);
    expect(lock(join("phat", names[3]!))).not.toBeNull();
    const before = folder();
    const r = await run("handout", "cum.xlsx", "--out-dir", "phat", "--force", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`phat/${names[3]!}: the file`);
    expect(folder()).toEqual(before);
  });

  it("an unwritable output folder: nothing written, the folder named", async () => {
    await run("demo", "--out", "cum.xlsx");
    mkdirSync(join(dir, "ra"));
    expect(lock("ra")).not.toBeNull();
    const r = await run("export", "cum.xlsx", "--docx", "ra/bb.docx", "--csv", "th.csv", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toContain(`ra/bb.docx: writing to the folder ${join(dir, "ra")} is not allowed.`);
    expect(readdirSync(dir).sort()).toEqual(["cum.xlsx", "ra"]);
  });
});

describe("merge: read-only and locked workbooks are refused before any backup", () => {
  it("regression: a read-only workbook was silently replaced by merge", async () => {
    const filled = await mergeSetup();
    chmodSync(join(dir, "cum.xlsx"), 0o444);
    const before = folder();
    const r = await run("merge", "cum.xlsx", filled, "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      "cum.xlsx: the file is read-only and cannot be written. Remove the read-only attribute (right-click the file → Properties → untick Read-only) or save a copy and use the copy.\n" +
        "No file was written: existing files are unchanged.\n",
    );
    expect(r.out).toBe(""); // refused before the preview
    expect(folder()).toEqual(before);
    expect(statSync(join(dir, "cum.xlsx")).mode & 0o777).toBe(0o444);
  });

  it("regression: a locked workbook gave a bare (EPERM) and left a backup it did not need", async () => {
    const filled = await mergeSetup();
    const l = lock("cum.xlsx");
    if (l?.kind !== "immutable") return expect(process.getuid?.()).not.toBe(0); // locking needs root (chattr)
    const before = folder();
    const r = await run("merge", "cum.xlsx", filled);
    expect(r.code).toBe(2);
    expect(r.err).toContain("cum.xlsx: tệp đang được một chương trình khác mở hoặc khoá (thường là Excel). Đóng tệp trong Excel rồi chạy lại lệnh.");
    expect(r.err).not.toMatch(/EPERM|\bE[A-Z]{3,}\b/);
    expect(folder()).toEqual(before);
  });

  it("a workbook saved (in Excel) while merge was working is not overwritten, and no backup is left", async () => {
    const filled = await mergeSetup();
    const io = memoryIo({ cwd: dir, env: { THIDUA_LANG: "en" } });
    // `now` is asked after the workbook was read and before anything is written: the user saves then.
    const code = await mergeCommand(["cum.xlsx", filled], io, () => {
      writeFileSync(join(dir, "cum.xlsx"), "saved in Excel");
      return new Date("2025-12-20T08:00:00Z");
    });
    expect(code).toBe(2);
    expect(io.err()).toContain("cum.xlsx was changed while ThiDua was working (perhaps just saved in Excel). Nothing was written");
    expect(readFileSync(join(dir, "cum.xlsx"), "utf8")).toBe("saved in Excel");
    expect(readdirSync(dir).filter((n) => n.includes("truoc-gop") || n.endsWith(".thidua-tmp"))).toEqual([]);
  });

  it("a merge that succeeds: backup identical to the workbook as it was, no temporary file left (the workbook among the units' files is skipped)", async () => {
    const filled = await mergeSetup();
    const before = bytes("cum.xlsx");
    const r = await run("merge", "cum.xlsx", filled, "./cum.xlsx", "--force");
    expect(r.out).toMatch(/\.\/cum\.xlsx: BỎ QUA/);
    expect(r.code).toBe(1); // a file skipped
    const backups = readdirSync(dir).filter((n) => n.includes(".truoc-gop-"));
    expect(backups).toHaveLength(1);
    expect(bytes(backups[0]!).equals(before)).toBe(true);
    expect(bytes("cum.xlsx").equals(before)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith(".thidua-tmp"))).toEqual([]);
  });
});
