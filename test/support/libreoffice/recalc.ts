/**
 * recalculateXlsx: an independent spreadsheet engine for tests. Every input workbook is opened by
 * LibreOffice Calc (headless), fully recalculated on load, and saved again as .xlsx, so the cached
 * values in the output are LibreOffice's results for the formulas, not whatever the writer cached.
 * The whole batch goes through ONE soffice process (start-up costs about a second or more).
 *
 * See docs/libreoffice-recalc.md.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { defaultProfileCacheDir, fileUrl, prepareProfile, saveProfileTemplate } from "./profile";
import { findSoffice, realSofficePath, RecalcError, runBounded } from "./soffice";

export interface RecalcOptions {
  /** Where the recalculated files go (created if missing). Default: a new temp dir owned by the caller. */
  outDir?: string;
  /** Kill soffice after this long. Default 120 s + 5 s per file. */
  timeoutMs?: number;
  /** soffice binary; default $THIDUA_SOFFICE, then PATH, then the usual install locations. */
  sofficePath?: string;
  /** LibreOffice locale (formatting, collation). Default "en-US". */
  locale?: string;
  /** Template profile cache dir, or false for an empty profile every run. Default node_modules/.cache/thidua/lo-profile. */
  profileCache?: string | false;
  /** Only for the control test: false leaves LibreOffice's default "never recalculate" in place. */
  recalcOnLoad?: boolean;
  /** Keep the private work dir (profile, staged inputs, HOME) for debugging; its path is in the result. */
  keepWorkDir?: boolean;
}

export interface RecalcResult {
  /** Input path (exactly as passed) → recalculated .xlsx. */
  outputs: Map<string, string>;
  /** Wall time of the soffice process alone, in ms. */
  sofficeMs: number;
  /** Whether the private profile was seeded from the cached template. */
  profileFromCache: boolean;
  stdout: string;
  stderr: string;
  workDir: string;
}

/** Recalculates every file with LibreOffice in one soffice run; resolves input path → output path. */
export async function recalculateXlsx(files: string[], opts: RecalcOptions = {}): Promise<Map<string, string>> {
  return (await recalculateXlsxDetailed(files, opts)).outputs;
}

export async function recalculateXlsxDetailed(files: string[], opts: RecalcOptions = {}): Promise<RecalcResult> {
  const soffice = findSoffice(opts.sofficePath);

  // Validate inputs up front: soffice silently skips files it cannot open.
  const missing = files.filter((f) => !existsSync(f) || !statSync(f).isFile());
  if (missing.length) throw new Error(`recalculateXlsx: input file(s) not found: ${missing.join(", ")}`);

  // The same file passed twice is converted once.
  const unique: { abs: string; keys: string[] }[] = [];
  const byAbs = new Map<string, { abs: string; keys: string[] }>();
  for (const f of files) {
    const abs = resolve(f);
    const entry = byAbs.get(abs);
    if (entry) entry.keys.push(f);
    else {
      const e = { abs, keys: [f] };
      byAbs.set(abs, e);
      unique.push(e);
    }
  }

  if (unique.length === 0) {
    return { outputs: new Map(), sofficeMs: 0, profileFromCache: false, stdout: "", stderr: "", workDir: "" };
  }
  const ownOutDir = opts.outDir === undefined;
  const outDir = resolve(opts.outDir ?? mkdtempSync(join(tmpdir(), "thidua-recalc-")));
  mkdirSync(outDir, { recursive: true });
  const workDir = mkdtempSync(join(tmpdir(), "thidua-lo-"));

  const profileDir = join(workDir, "profile");
  const homeDir = join(workDir, "home");
  const inDir = join(workDir, "in");
  const convDir = join(workDir, "out");
  for (const d of [homeDir, inDir, convDir]) mkdirSync(d, { recursive: true });

  const outputs = new Map<string, string>();
  try {
    const cacheDir = opts.profileCache === false ? null : (opts.profileCache ?? defaultProfileCacheDir());
    const realSoffice = realSofficePath(soffice);
    const profileFromCache = prepareProfile(profileDir, cacheDir, realSoffice, {
      locale: opts.locale ?? "en-US",
      recalcOnLoad: opts.recalcOnLoad !== false,
    });

    // Stage every input under a short unique ASCII name: equal base names in one batch cannot collide in
    // --outdir, and odd file names (spaces, Vietnamese, leading dashes) never reach soffice's argv.
    const staged = unique.map((u, i) => {
      const ext = extname(u.abs).toLowerCase() || ".xlsx";
      const name = `f${String(i + 1).padStart(4, "0")}`;
      copyFileSync(u.abs, join(inDir, name + ext));
      return { ...u, stagedFile: name + ext, converted: join(convDir, name + ".xlsx") };
    });

    const profileUrl = fileUrl(profileDir);
    const args = [
      "--headless",
      "--norestore",
      "--nolockcheck",
      `-env:UserInstallation=${profileUrl}`,
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      convDir,
      ...staged.map((s) => s.stagedFile),
    ];
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: homeDir };
    const timeoutMs = opts.timeoutMs ?? 120_000 + 5_000 * staged.length;
    const run = await runBounded(soffice, args, { cwd: inDir, env, timeoutMs, marker: profileUrl });

    // Move results to their final names: <stem>.xlsx, or <stem>-2.xlsx … for a base name seen before.
    const failed: string[] = [];
    const used = new Set<string>();
    for (const s of staged) {
      if (!existsSync(s.converted) || statSync(s.converted).size === 0) {
        failed.push(...s.keys);
        continue;
      }
      const stem = basename(s.abs, extname(s.abs));
      let name = `${stem}.xlsx`;
      for (let k = 2; used.has(name.toLowerCase()); k++) name = `${stem}-${k}.xlsx`;
      used.add(name.toLowerCase());
      const dest = join(outDir, name);
      moveFile(s.converted, dest);
      for (const key of s.keys) outputs.set(key, dest);
    }

    const details = {
      command: [soffice, ...args],
      exitCode: run.exitCode,
      signal: run.signal,
      stdout: run.stdout,
      stderr: run.stderr,
      timedOut: run.timedOut,
      partial: outputs,
      failed,
    };
    if (run.timedOut) throw new RecalcError(`soffice timed out after ${timeoutMs} ms and was killed`, details);
    if (run.exitCode !== 0) throw new RecalcError("soffice failed", details);
    if (failed.length) throw new RecalcError(`soffice produced no output for ${failed.length} file(s)`, details);

    saveProfileTemplate(profileDir, cacheDir, realSoffice);
    return { outputs, sofficeMs: run.ms, profileFromCache, stdout: run.stdout, stderr: run.stderr, workDir };
  } catch (err) {
    // A temp outDir we created and that holds nothing useful is not left behind.
    if (ownOutDir && outputs.size === 0) rmSync(outDir, { recursive: true, force: true });
    throw err;
  } finally {
    if (!opts.keepWorkDir) rmSync(workDir, { recursive: true, force: true });
  }
}

function moveFile(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    copyFileSync(from, to); // across file systems (EXDEV)
    unlinkSync(from);
  }
}
