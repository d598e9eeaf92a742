/**
 * Runs one catalogue case (test/catalogue/cases) and says whether it was handled: the CLI ran in-process
 * (or as a process for kills), in Vietnamese and in English, and
 *  - the exit code is one the case allows (1 or 2 for bad input: never 0, never a crash),
 *  - the output names the place (file; line, cell, criterion… where the case says) and the fix, in both
 *    languages, and shows no stack trace, error code, library internals, web address or parser jargon,
 *  - every input file is byte-identical afterwards,
 *  - every output is complete or absent (no 0-byte or half-written file).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { runCli } from "../../../src/cli/cli";
import { memoryIo } from "../../../src/cli/memoryIo";
import { unifyToneMarks } from "../../../src/domain/text/normalize";
import { ROOT, type Base } from "./fixtures";

export type FileSpec = string | Uint8Array | { readonly folder: true };
/** A text both languages show, or [Vietnamese, English]. */
export type Mention = string | readonly [string, string];

export interface Case {
  readonly name: string;
  readonly files: (base: Base) => Readonly<Record<string, FileSpec>>;
  readonly argv: readonly string[];
  /** Allowed exit codes (default 1 or 2). */
  readonly exits?: readonly number[];
  /** Texts the output must hold in both languages: the file, and the line, cell, criterion… where known. */
  readonly mentions: readonly Mention[];
  /** A word of the fix, [Vietnamese, English]. */
  readonly fix: readonly [string, string] | null;
  /** Outputs that must be complete or absent afterwards (paths in the case's folder). */
  readonly outputs?: readonly string[];
  /** Inputs the command may replace (merge's workbook): complete, never half-written, instead of byte-identical. */
  readonly rewrites?: readonly string[];
  /** Spawn the CLI and let it kill itself at this write point (src/cli/files/killPoint.ts). */
  readonly killAt?: string;
}

export interface Outcome {
  readonly name: string;
  readonly handled: boolean;
  readonly exits: readonly (number | string)[];
  readonly problems: readonly string[];
  readonly ms: number;
}

/** What a plain message never shows. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/\n\s+at \S/, "a stack trace"],
  [/\b(Type|Range|Syntax|Reference)?Error:/, "an Error: text"],
  [/\bE(NOENT|PERM|ACCES|BUSY|ISDIR|NOTDIR|EXIST|MFILE|IO)\b/, "a bare error code"],
  [/jszip|exceljs|zod|csv-parse/i, "a library's name"],
  [/https?:\/\//, "a web address"],
  [/position \d+/i, "a parser position"],
  [/Unexpected token|Unexpected end of JSON|in JSON at/i, "parser jargon"],
  [/\[object Object\]|\bundefined\b|\bNaN\b/, "a programming value"],
  [/\{\w+\}/, "an unreplaced placeholder"],
];

const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function writeFiles(dir: string, files: Readonly<Record<string, FileSpec>>): void {
  for (const [name, spec] of Object.entries(files)) {
    const full = join(dir, name);
    if (typeof spec === "object" && "folder" in spec) {
      mkdirSync(full, { recursive: true });
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, spec);
  }
}

/** Every file under dir with its SHA-256. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const full = join(d, n);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(dir);
  return out;
}

/** Why an output is incomplete, or null when it is complete or absent. */
async function incomplete(full: string): Promise<string | null> {
  if (!existsSync(full)) return null;
  if (statSync(full).isDirectory()) {
    for (const n of readdirSync(full)) {
      const why = await incomplete(join(full, n));
      if (why) return why;
    }
    return null;
  }
  const bytes = readFileSync(full);
  if (bytes.length === 0) return `${full} is empty`;
  try {
    if (/\.xlsx$/i.test(full)) await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
    if (/\.docx$/i.test(full) && !(await JSZip.loadAsync(bytes)).file("word/document.xml")) return `${full} has no document`;
    if (/\.csv$/i.test(full) && !bytes.toString("utf8").endsWith("\n")) return `${full} ends mid-line`;
  } catch {
    return `${full} cannot be opened`;
  }
  return null;
}

type Run = { exit: number | string; text: string };

async function runInProcess(dir: string, c: Case, lang: string): Promise<Run> {
  const io = memoryIo({ cwd: dir });
  try {
    const exit = await runCli([...c.argv, "--lang", lang], io);
    return { exit, text: io.out() + io.err() };
  } catch (e) {
    return { exit: "crash", text: `${io.out()}${io.err()}\n${e instanceof Error ? (e.stack ?? e.message) : String(e)}` };
  }
}

function runKilled(dir: string, c: Case): Run {
  const env = { ...process.env, THIDUA_LANG: "vi", THIDUA_TEST_KILL_AT: c.killAt ?? "" };
  const r = spawnSync(process.execPath, [TSX, join(ROOT, "src", "cli", "main.ts"), ...c.argv], { cwd: dir, env, encoding: "utf8", timeout: 60_000 });
  const killed = r.signal === "SIGKILL" || r.status === 137;
  return { exit: killed ? "killed" : (r.status ?? String(r.signal)), text: r.stdout + r.stderr };
}

export async function runCase(base: Base, c: Case): Promise<Outcome> {
  const started = Date.now();
  const problems: string[] = [];
  const exits: (number | string)[] = [];
  const texts: string[] = [];
  for (const lang of c.killAt ? ["vi"] : ["vi", "en"]) {
    const dir = mkdtempSync(join(tmpdir(), "thidua-catalogue-"));
    try {
      writeFiles(dir, c.files(base));
      const before = hashes(dir);
      const run = c.killAt ? runKilled(dir, c) : await runInProcess(dir, c, lang);
      exits.push(run.exit);
      texts.push(run.text);
      const say = (p: string) => problems.push(`${lang}: ${p}`);
      const allowed: readonly (number | string)[] = c.killAt ? ["killed"] : (c.exits ?? [1, 2]);
      if (!allowed.includes(run.exit)) say(`exit ${run.exit}, expected ${allowed.join(" or ")}`);
      if (!c.killAt) {
        // Compared in one tone-mark style: the output may write "Xóa" where the case says "Xoá".
        const shown = unifyToneMarks(run.text);
        for (const m of c.mentions) {
          const want = typeof m === "string" ? m : m[lang === "vi" ? 0 : 1];
          if (!shown.includes(unifyToneMarks(want))) say(`does not name ${JSON.stringify(want)}`);
        }
        const fix = c.fix?.[lang === "vi" ? 0 : 1];
        if (fix !== undefined && !shown.includes(unifyToneMarks(fix))) say(`does not say the fix (${fix})`);
        for (const [re, what] of FORBIDDEN) if (re.test(run.text)) say(`shows ${what}: ${run.text.match(re)![0]}`);
      }
      const after = hashes(dir);
      for (const [file, hash] of before) if (after.get(file) !== hash && !c.rewrites?.includes(file)) say(`input ${file} changed`);
      for (const out of [...(c.outputs ?? []), ...(c.rewrites ?? [])]) {
        const why = await incomplete(join(dir, out));
        if (why) say(`output ${relative(dir, why.split(" ")[0]!)} incomplete: ${why.slice(why.indexOf(" ") + 1)}`);
      }
      // A temporary file a kill leaves (".….thidua-tmp") is not an output; anything else new must not be empty.
      for (const [file] of after) if (!before.has(file) && !file.endsWith(".thidua-tmp") && statSync(join(dir, file)).size === 0) say(`left a 0-byte file ${file}`);
      if (problems.length > 0 && process.env.CATALOGUE_VERBOSE) say(`output was:\n${run.text.slice(0, 2000)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (texts.length === 2 && texts[0] === texts[1]) problems.push("the Vietnamese and English outputs are the same");
  return { name: c.name, handled: problems.length === 0, exits, problems, ms: Date.now() - started };
}
