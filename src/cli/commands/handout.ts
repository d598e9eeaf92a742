/**
 * `thidua handout <cluster.xlsx> --out-dir <dir> [--force]`: one self-scoring file per member unit
 * (buildHandoutPlan → renderPlan), named "Tự chấm - NN - <unit>.xlsx" (see src/workbook/handout/fileName.ts).
 * The files' self-score column is empty: scores already in the workbook are not copied (docs/self-scoring.md).
 * Nothing is written when any target file exists (unless --force). Exit 0 = written; 1 = the workbook
 * cannot be used (not a ThiDua workbook, no units, rows moved); 2 = usage, paths, existing files.
 */
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { render, type Message } from "../../domain";
import { message } from "../../messages/message";
import { buildHandoutPlan } from "../../workbook/handout/buildHandoutPlan";
import { handoutFileName } from "../../workbook/handout/fileName";
import { renderPlan } from "../../xlsx/renderPlan";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
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
  const names = read.units.map((u, i) => handoutFileName(u, i, read.units.length));
  // Check every target first: either all files are written or none.
  if (!force) {
    const clash = names.find((n) => existsSync(join(dir, n)));
    if (clash !== undefined) return fail(EXIT_USAGE, message("handout.cli.exists", { file: join(outDir, clash) }));
  }
  mkdirSync(dir, { recursive: true });
  const generatedAt = now().toISOString();
  const rendered: { name: string; bytes: Buffer; unit: string }[] = [];
  for (const [i, unit] of read.units.entries()) {
    const plan = buildHandoutPlan({ template: read.meta.template, clusterName: read.meta.clusterName, period: read.meta.period, unit, fileId: randomUUID(), generatedAt });
    rendered.push({ name: names[i]!, bytes: await renderPlan(plan), unit });
  }
  for (const r of rendered) {
    try {
      writeFileSync(join(dir, r.name), r.bytes, { flag: force ? "w" : "wx" });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fail(EXIT_USAGE, message(code === "EEXIST" ? "handout.cli.exists" : "handout.cli.writeFailed", { file: join(outDir, r.name), detail: code ?? String(e) }));
    }
    out(render(message("handout.cli.handoutWritten", { file: r.name, unit: r.unit }), locale));
  }
  const t = read.meta.template;
  out(
    "",
    render(message("handout.cli.handoutSummary", { count: rendered.length, criteria: t.leaves.length, template: `${t.id} ${t.version}`, dir: outDir, cluster: basename(clusterFile) }), locale),
    render(message("handout.cli.handoutPrefill"), locale),
  );
  return EXIT_OK;
}

