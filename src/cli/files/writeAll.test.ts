import fc from "fast-check";
import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "../../messages/message";
import { writeAllOrNothing, type FileWrite } from "./writeAll";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-writeall-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const at = (name: string) => ({ file: name, full: join(dir, name) });
const snapshot = () => new Map(readdirSync(dir).map((n) => [n, readFileSync(join(dir, n), "utf8")]));
const en = (ms: ReturnType<typeof writeAllOrNothing>) => ms.map((m) => render(m, "en-US"));

describe("writeAllOrNothing", () => {
  it("writes every file, through temporary files that are all gone afterwards", () => {
    writeFileSync(join(dir, "b.csv"), "old");
    const problems = writeAllOrNothing([{ ...at("a.docx"), data: new Uint8Array([1, 2, 3]) }, { ...at("b.csv"), data: "new" }], { force: true, inputs: [] });
    expect(problems).toEqual([]);
    expect([...readFileSync(join(dir, "a.docx"))]).toEqual([1, 2, 3]);
    expect(readFileSync(join(dir, "b.csv"), "utf8")).toBe("new");
    expect(readdirSync(dir).sort()).toEqual(["a.docx", "b.csv"]);
  });

  it("refuses an output that is an input: same path spelled otherwise, symbolic link, hard link — even with force", () => {
    writeFileSync(join(dir, "book.xlsx"), "scores");
    mkdirSync(join(dir, "sub"));
    symlinkSync(join(dir, "book.xlsx"), join(dir, "link.xlsx"));
    linkSync(join(dir, "book.xlsx"), join(dir, "hard.xlsx"));
    const inputs = [at("book.xlsx")];
    for (const name of ["book.xlsx", "sub/../book.xlsx", "./book.xlsx", "link.xlsx", "hard.xlsx"]) {
      for (const force of [true, false]) {
        const problems = en(writeAllOrNothing([{ ...at(name), data: "summary" }], { force, inputs }));
        expect([name, force, problems[0]]).toEqual([name, force, `${name} is the same file as the input book.xlsx: ThiDua never writes over an input (not even with --force). Choose another name for the output.`]);
        expect(problems.join(" ")).not.toMatch(/add --force/);
      }
    }
    expect(readFileSync(join(dir, "book.xlsx"), "utf8")).toBe("scores");
  });

  it("a rename that fails half-way puts back the files already renamed (old content, or removed when new)", () => {
    writeFileSync(join(dir, "a.csv"), "old a");
    // The module object writeAll.ts calls through (a failure after every check passed: rare, but real on Windows).
    const fs = jest.requireActual<typeof import("node:fs")>("node:fs");
    const real = fs.renameSync;
    let calls = 0;
    jest.spyOn(fs, "renameSync").mockImplementation((from, to) => {
      if (++calls === 3) throw Object.assign(new Error("busy"), { code: "EBUSY" });
      real(from, to);
    });
    const problems = en(writeAllOrNothing([{ ...at("a.csv"), data: "new a" }, { ...at("b.docx"), data: "new b" }, { ...at("c.xlsx"), data: "new c" }], { force: true, inputs: [] }));
    expect(problems).toEqual([
      "c.xlsx: the file is open or locked in another program (usually Excel). Close the file in Excel and try again.",
      "No file was written: existing files are unchanged.",
    ]);
    expect(snapshot()).toEqual(new Map([["a.csv", "old a"]]));
  });

  it("a file updated on purpose is written only if it still holds what the command read", () => {
    writeFileSync(join(dir, "cum.xlsx"), "saved in Excel meanwhile");
    const w: FileWrite = { ...at("cum.xlsx"), data: "merged", existing: "update", expected: Buffer.from("as read") };
    expect(en(writeAllOrNothing([{ ...at("cum.bak.xlsx"), data: "as read", existing: "never" }, w], { force: false, inputs: [] }))[0]).toBe(
      "cum.xlsx was changed while ThiDua was working (perhaps just saved in Excel). Nothing was written, so that change is not lost. Run the command again.",
    );
    expect(snapshot()).toEqual(new Map([["cum.xlsx", "saved in Excel meanwhile"]]));
  });

  it("removes the temporary files of a killed run, never those of a run still going on", () => {
    const dead = `.a.csv.999999-0badcafe.thidua-tmp`;
    const alive = `.a.csv.${process.ppid}-0badcafe.thidua-tmp`;
    writeFileSync(join(dir, dead), "half");
    writeFileSync(join(dir, alive), "in progress");
    expect(writeAllOrNothing([{ ...at("a.csv"), data: "x" }], { force: false, inputs: [] })).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual([alive, "a.csv"].sort());
  });

  it("property: either every output holds its new content, or no file in the folder changed", () => {
    const names = ["a.csv", "b.docx", "c.xlsx", "in.xlsx"];
    fc.assert(
      fc.property(fc.subarray(names, { minLength: 1 }), fc.subarray(names), fc.boolean(), (outputs, existing, force) => {
        rmSync(dir, { recursive: true, force: true });
        mkdirSync(dir);
        for (const n of new Set([...existing, "in.xlsx"])) writeFileSync(join(dir, n), `old ${n}`);
        const before = snapshot();
        const problems = writeAllOrNothing(outputs.map((n) => ({ ...at(n), data: `new ${n}` })), { force, inputs: [at("in.xlsx")] });
        const refused = outputs.includes("in.xlsx") || (!force && outputs.some((n) => existing.includes(n)));
        expect(problems.length > 0).toBe(refused);
        if (refused) expect(snapshot()).toEqual(before);
        else for (const n of outputs) expect(readFileSync(join(dir, n), "utf8")).toBe(`new ${n}`);
        expect(readdirSync(dir).filter((n) => n.endsWith(".thidua-tmp"))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
