/**
 * `thidua handout <cluster.xlsx> --out-dir <dir> [--force]`: one self-scoring file per member unit
 * (buildHandoutPlan → renderPlan), named "Tự chấm - NN - <unit>.xlsx" (see src/workbook/handout/fileName.ts).
 * The files' self-score column is empty: scores already in the workbook are not copied (docs/self-scoring.md).
 * Every target is checked first and the files are written all or nothing (src/cli/files/writeAll.ts):
 * nothing is written when any target exists (unless --force), is the workbook itself, or cannot be written. Exit 0 = written; 1 = the workbook
 * cannot be used (not a ThiDua workbook, no units, rows moved); 2 = usage, paths, existing files.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, rmdirSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { render, type Message } from "../../domain";
import { message } from "../../messages/message";
import { buildHandoutPlan } from "../../workbook/handout/buildHandoutPlan";
import { handoutFileName } from "../../workbook/handout/fileName";
import { renderPlan } from "../../xlsx/renderPlan";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { checkOutputs, writeAllOrNothing, type FileWrite, type WritePolicy } from "../files/writeAll";
import { writeProblem } from "../files/writeProblem";
import { helpText } from "../help";
import { text } from "../messages";
import { loadClusterFile } from "./mergeSupport";

export async function handoutCommand(argv: readonly string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const fail = (exit: number, ...ms: Message[]) => {
    lines(io.stderr)(...ms.map((m) => render(m, locale)));
    return exit;
  };
  const parsed = parseArgs(argv, {
    command: "handout",
    options: { "out-dir": { type: "string", short: "o", example: "--out-dir tu-cham/" }, force: { type: "boolean" } },
    maxPositionals: 1,
  });
  if (!parsed.ok) return fail(EXIT_USAGE, parsed.error);
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("handout", locale));
    return EXIT_OK;
  }
  const example = "thidua handout so-cham-diem.xlsx --out-dir tu-cham/";
  const clusterFile = parsed.args.positionals[0];
  if (clusterFile === undefined) return fail(EXIT_USAGE, text("usage.missingArgument", { what: "so-cham-diem.xlsx", example }));
  if (typeof o["out-dir"] !== "string") return fail(EXIT_USAGE, text("usage.missingOption", { option: "--out-dir", example }));
  const outDir = o["out-dir"];
  const force = o.force === true;

  const cluster = await loadClusterFile(clusterFile, io.cwd);
  if (!cluster.ok) return fail(cluster.exit, cluster.error);
  const { read } = cluster;
  if (read.units.length === 0) return fail(EXIT_DATA, message("handout.cli.noUnits", { file: clusterFile }));

  const dir = resolve(io.cwd, outDir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) return fail(EXIT_USAGE, message("handout.cli.outDirIsFile", { dir: outDir }));
  const targets = read.units.map((u, i) => {
    const name = handoutFileName(u, i, read.units.length);
    return { unit: u, name, file: join(outDir, name), full: join(dir, name) };
  });
  // Every target is checked first (never the workbook itself, existing files only with --force): all files or none.
  const policy: WritePolicy = { force, inputs: [{ file: clusterFile, full: cluster.full }] };
  const created = !existsSync(dir);
  if (!created) {
    const refused = checkOutputs(targets, policy);
    if (refused.length > 0) return fail(EXIT_USAGE, ...refused);
  }
  const generatedAt = now().toISOString();
  const writes: (FileWrite & { unit: string; name: string })[] = [];
  for (const target of targets) {
    const plan = buildHandoutPlan({ template: read.meta.template, clusterName: read.meta.clusterName, period: read.meta.period, unit: target.unit, fileId: randomUUID(), generatedAt });
    writes.push({ ...target, data: await renderPlan(plan) });
  }
  const problems = writeInto(dir, created, writes, policy);
  if (problems.length > 0) return fail(EXIT_USAGE, ...problems);
  out(...writes.map((w) => render(message("handout.cli.handoutWritten", { file: w.name, unit: w.unit }), locale)));
  const t = read.meta.template;
  out(
    "",
    render(message("handout.cli.handoutSummary", { count: writes.length, criteria: t.leaves.length, template: `${t.id} ${t.version}`, dir: outDir, cluster: basename(clusterFile) }), locale),
    render(message("handout.cli.handoutPrefill"), locale),
  );
  return EXIT_OK;
}


/** Writes the files into `dir`, creating it first when `create`; a folder it created is removed again on failure. */
function writeInto(dir: string, create: boolean, writes: readonly FileWrite[], policy: WritePolicy): Message[] {
  if (create) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (e) {
      return [writeProblem(e, { file: writes[0]?.file ?? dir, full: dir }, "folder")];
    }
  }
  const problems = writeAllOrNothing(writes, policy);
  if (problems.length > 0 && create) rmdirSync(dir); // empty: nothing was written into it
  return problems;
}
