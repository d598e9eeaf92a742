/**
 * `thidua merge <cluster.xlsx> <files…> [--dry-run] [--force]`: merges the member units' self-scoring
 * files into the cluster workbook's Tự chấm cells (never Cụm chấm). Prints the preview (files, every cell
 * old → new, findings with file/sheet/cell/unit/criterion and how to fix); then, unless --dry-run, writes:
 * a copy of the workbook as it was ("<name>.truoc-gop-<time>.xlsx", the undo record), the new workbook
 * (checked by reading it back before it replaces the old one), and the merge log (hidden sheet _ThiDuaGop).
 * A read-only or locked workbook is refused before anything is written; the backup and the workbook are
 * written all or nothing (src/cli/files/writeAll.ts), the workbook only if nobody saved it meanwhile.
 *
 * A file with errors is skipped as a whole. When any file is skipped nothing is written unless --force
 * (then the files without errors are merged). Exit 0 = merged (or nothing to do) and no file skipped;
 * 1 = some file skipped, the workbook unusable, or the check after writing failed; 2 = usage, paths, a
 * workbook that cannot be written (read-only, locked, changed meanwhile).
 */
import { existsSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { countBySeverity, evaluateCluster, formatNumber, render, type Locale, type Message, type RawValue } from "../../domain";
import { findingWhere } from "../../domain/merge/findingWhere";
import { planMerge } from "../../domain/merge/planMerge";
import type { MergePlan } from "../../domain/merge/types";
import { message } from "../../messages/message";
import { mergeClusterFromRead } from "../../workbook/handout/mergeCluster";
import { applySelfScores, readMergeLog, verifyWritten } from "../../xlsx/writeSelfScores";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { sameFile } from "../files/sameFile";
import { checkOutputs, writeAllOrNothing, type WritePolicy } from "../files/writeAll";
import { renderTable } from "../format/table";
import { helpText } from "../help";
import { text } from "../messages";
import { loadClusterFile, loadHandoutFile } from "./mergeSupport";
import { unitInputsOf } from "../../workbook/readBack";

const SEVERITIES = ["error", "warning", "info"] as const;

export async function mergeCommand(argv: readonly string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const r = (m: Message) => render(m, locale);
  const fail = (exit: number, ...ms: Message[]) => {
    lines(io.stderr)(...ms.map(r));
    return exit;
  };
  const parsed = parseArgs(argv, {
    command: "merge",
    options: { "dry-run": { type: "boolean" }, force: { type: "boolean" } },
    maxPositionals: 100000,
  });
  if (!parsed.ok) return fail(EXIT_USAGE, parsed.error);
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("merge", locale));
    return EXIT_OK;
  }
  const [clusterFile, ...files] = parsed.args.positionals;
  if (clusterFile === undefined) {
    return fail(EXIT_USAGE, text("usage.missingArgument", { what: "so-cham-diem.xlsx", example: "thidua merge so-cham-diem.xlsx tu-cham/*.xlsx" }));
  }
  if (files.length === 0) return fail(EXIT_USAGE, message("handout.cli.noFiles"));

  const cluster = await loadClusterFile(clusterFile, io.cwd);
  if (!cluster.ok) return fail(cluster.exit, cluster.error);
  // A read-only or locked workbook is refused at once, before the preview and any backup (a dry run writes nothing).
  // The units' files are never written; the workbook itself given as a unit's file is only read (and skipped: not a handout).
  const handouts = files.map((f) => ({ file: f, full: resolve(io.cwd, f) })).filter((f) => !sameFile(f.full, cluster.full));
  const policy: WritePolicy = { force: false, inputs: handouts };
  const unwritable = o["dry-run"] === true ? [] : checkOutputs([{ file: clusterFile, full: cluster.full, existing: "update" }], policy);
  if (unwritable.length > 0) return fail(EXIT_USAGE, ...unwritable);
  const inputs = [];
  for (const f of files) inputs.push(await loadHandoutFile(f, io.cwd));
  const at = now();
  const plan = planMerge(mergeClusterFromRead(cluster.read, readMergeLog(cluster.workbook)), inputs, { now: at.toISOString() });
  out(...previewLines(plan, locale));

  const skipped = plan.files.filter((f) => f.status === "skipped").length;
  const dataExit = skipped > 0 ? EXIT_DATA : EXIT_OK;
  if (o["dry-run"] === true) {
    out("", r(message("handout.cli.dryRun", { file: clusterFile })));
    return dataExit;
  }
  if (skipped > 0 && o.force !== true) {
    out("", r(message("handout.cli.blocked", { count: skipped, file: clusterFile })));
    return EXIT_DATA;
  }
  if (skipped > 0) out("", r(message("handout.cli.forced", { count: skipped })));
  if (plan.changes.length === 0) return dataExit;

  await applySelfScores(cluster.workbook, plan.changes, plan.log);
  const bytes = Buffer.from(await cluster.workbook.xlsx.writeBuffer());
  const check = await verifyWritten(bytes, cluster.read.entries, plan.changes);
  if (check.problems.length > 0) {
    const detail = check.problems.slice(0, 5).map((p) => `${p.cell}: ${p.expected} ≠ ${p.found}`).join("; ");
    return fail(EXIT_DATA, message("handout.cli.verifyFailed", { file: clusterFile, detail }));
  }
  const backup = backupPath(cluster.full, at);
  // The backup (never over an existing file) and the new workbook (only if the file still holds what was
  // read): checked first, written to temporary files, renamed at the end; a failure changes nothing.
  const problems = writeAllOrNothing(
    [
      { file: join(dirname(clusterFile), basename(backup)), full: backup, data: cluster.bytes, existing: "never" },
      { file: clusterFile, full: cluster.full, data: bytes, existing: "update", expected: cluster.bytes },
    ],
    policy,
  );
  if (problems.length > 0) return fail(EXIT_USAGE, ...problems);
  out("", r(message("handout.cli.written", { changes: plan.changes.length, file: clusterFile, backup: basename(backup) })));
  const read = cluster.read;
  const after = evaluateCluster(read.meta.template, unitInputsOf(read), check.entries);
  const count = countBySeverity(after.findings);
  out(r(message("handout.cli.afterMerge", { errors: count.error, warnings: count.warning })));
  return dataExit;
}

/** The preview: files, cells old → new, findings by severity. */
export function previewLines(plan: MergePlan, locale: Locale): string[] {
  const r = (m: Message) => render(m, locale);
  const out: string[] = [r(message("handout.cli.filesHeading", { count: plan.files.length }))];
  for (const f of plan.files) {
    const p = { file: f.file, unit: f.unit ?? "", changes: f.changes, values: f.values, notes: f.notes };
    if (f.status === "skipped") out.push(r(message("handout.cli.fileSkipped", { file: f.file, reason: f.reason ?? "" })));
    else if (f.status === "merge") out.push(r(message("handout.cli.fileMerge", p)));
    else if (f.status === "alreadyMerged") out.push(r(message("handout.cli.fileAlreadyMerged", p)));
    else out.push(r(message("handout.cli.fileUnchanged", p)));
  }
  out.push("");
  if (plan.changes.length === 0) out.push(r(message("handout.cli.noChanges")));
  else {
    out.push(r(message("handout.cli.changesHeading", { count: plan.changes.length })));
    const h = (id: "col.unit" | "col.criterion" | "col.cell" | "col.old" | "col.new" | "col.source") => r(message(`handout.${id}`));
    out.push(
      ...renderTable(
        [{ header: h("col.unit"), maxWidth: 30 }, { header: h("col.criterion") }, { header: h("col.cell") }, { header: h("col.old"), align: "right" }, { header: h("col.new"), align: "right" }, { header: h("col.source"), maxWidth: 50 }],
        plan.changes.map((c) => [c.unit, c.criterion, c.where.cell ?? "", shown(c.old, locale), shown(c.value, locale), `${basename(c.source.file ?? "")} ${c.source.cell ?? ""}`]),
      ),
    );
  }
  for (const severity of SEVERITIES) {
    const group = plan.findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    out.push("", r(message("handout.cli.findingsHeading", { severity: message(`cli.severity.${severity}`), count: group.length })));
    for (const f of group) {
      out.push(r(message("handout.cli.findingLine", { where: findingWhere(f, locale), text: f.message })));
      if (f.fix) out.push(r(message("handout.cli.fixLine", { fix: f.fix.message })));
    }
  }
  return out;
}

function shown(v: RawValue, locale: Locale): string {
  if (v === null || v === undefined || v === "") return "–";
  return typeof v === "number" ? formatNumber(v, locale) : String(v);
}

/** "<name>.truoc-gop-<time>.xlsx" beside the workbook; "-2", "-3"… for two merges within the same second. */
function backupPath(full: string, at: Date): string {
  const stamp = at.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const ext = extname(full);
  const name = (n: number) => join(dirname(full), `${basename(full, ext)}.truoc-gop-${stamp}${n > 1 ? `-${n}` : ""}${ext || ".xlsx"}`);
  let n = 1;
  while (existsSync(name(n))) n++;
  return name(n);
}
