/**
 * `thidua template apply <book.xlsx> --template <id|file> --out <new.xlsx> [--rename "I.3=I.4, …"] [--dry-run]
 * [--force]`: the scoring workbook rebuilt with changed criteria, keeping every entered score (issue 13 item 4).
 * Prints what changes (each scored criterion, the scores without a place, the scores that no longer fit), then
 * writes a NEW workbook: the input is never written (it stays as it was, the way back); scores without a place
 * go to the sheet "Điểm không còn tiêu chí". Exit 0 = written (or dry run) and every kept score fits; 1 = the
 * workbook or template is unusable, or some kept score no longer fits (still written, flagged); 2 = usage,
 * paths, a rename list that cannot be applied.
 */
import { render, type Locale, type Message } from "../../domain";
import { changedCriteria, criterionLine, orphanLine } from "../../domain/template/change/report";
import { parseRenames, type Rename } from "../../domain/template/change/renames";
import type { Template } from "../../domain/template/model";
import { message } from "../../messages/message";
import { buildPlan, SHEET } from "../../workbook/buildPlan";
import { carryIntoPlan, type CarriedPlan } from "../../workbook/change/carryIntoPlan";
import { ORPHAN_SHEET_BASE } from "../../workbook/change/orphanSheet";
import { workbookCells } from "../../xlsx/readClusterWorkbook";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { findingLines } from "../format/rankReport";
import { helpText } from "../help";
import { text } from "../messages";
import { loadCheckedTemplate } from "../templateSource";
import { checkOutputPath, reportFailure, writePlanFile } from "./build";
import { loadClusterFile, type ClusterFile } from "./mergeSupport";

const EXAMPLE = 'thidua template apply so-cham-diem.xlsx --template mau-moi.json --out so-moi.xlsx --rename "II.1=II.3"';

function parse(argv: readonly string[]) {
  return parseArgs(argv, {
    command: "template apply",
    options: {
      template: { type: "string", short: "t", example: "--template mau-moi.json" },
      out: { type: "string", short: "o", example: "--out so-moi.xlsx" },
      rename: { type: "string", example: '--rename "I.3=I.4, II.1=II.3"' },
      "dry-run": { type: "boolean" },
      force: { type: "boolean" },
    },
    maxPositionals: 1,
  });
}

/** The preview: criteria that change, scores without a place, scores that no longer fit. */
export function changeReport(r: CarriedPlan, locale: Locale): string[] {
  const s = (m: Message) => render(m, locale);
  const criteria = changedCriteria(r.change);
  const out = criteria.length === 0 ? [s(message("change.cli.noCriteriaChange"))] : [s(message("change.cli.criteriaHeading", { count: criteria.length })), ...criteria.map((c) => `  ${s(criterionLine(c))}`)];
  const sheet = r.orphanSheet ?? ORPHAN_SHEET_BASE;
  if (r.carry.orphaned.length > 0) out.push("", s(message("change.cli.orphansHeading", { count: r.carry.orphaned.length, sheet })), ...r.carry.orphaned.map((o) => `  ${s(orphanLine(o))}`));
  if (r.carry.findings.length > 0) out.push("", s(message("change.cli.findingsHeading", { count: r.carry.findings.length })), ...findingLines(r.carry.findings, locale));
  const kept = r.carry.fates.filter((f) => f.status === "kept").length;
  const moved = r.carry.fates.filter((f) => f.status === "moved").length;
  const orphaned = r.carry.orphaned.length;
  out.push("", s(orphaned > 0 ? message("change.summary", { kept, moved, orphaned, sheet }) : message("change.summaryAllKept", { kept, moved })));
  return out;
}

interface ApplyArgs {
  readonly book: string;
  readonly template: string;
  /** null with --dry-run. */
  readonly out: string | null;
  readonly force: boolean;
  readonly renames: readonly Rename[];
}

/** The checked arguments, or the problems to print with their exit code (--help: the help text, exit 0). */
function applyArgs(argv: readonly string[], locale: Locale): ApplyArgs | { readonly exit: number; readonly errors: readonly Message[]; readonly help?: string } {
  const parsed = parse(argv);
  if (!parsed.ok) return { exit: EXIT_USAGE, errors: [parsed.error] };
  const o = parsed.args.options;
  if (o.help) return { exit: EXIT_OK, errors: [], help: helpText("template", locale) };
  const book = parsed.args.positionals[0];
  const dryRun = o["dry-run"] === true;
  if (book === undefined) return { exit: EXIT_USAGE, errors: [text("usage.missingArgument", { what: "so-cham-diem.xlsx", example: EXAMPLE })] };
  for (const name of dryRun ? ["template"] : ["template", "out"]) {
    if (typeof o[name] !== "string") return { exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: `--${name}`, example: EXAMPLE })] };
  }
  const renames = parseRenames(typeof o.rename === "string" ? o.rename : "");
  if (!renames.ok) return { exit: EXIT_USAGE, errors: renames.problems };
  return { book, template: o.template as string, out: dryRun ? null : (o.out as string), force: o.force === true, renames: renames.renames };
}

/** The new plan with the old workbook's scores and meeting details carried over. */
function rebuild(cluster: Extract<ClusterFile, { ok: true }>, template: Template, renames: readonly Rename[], at: Date): CarriedPlan {
  const { meta, units, entries } = cluster.read;
  const plan = buildPlan(template, { name: meta.clusterName, period: meta.period, units });
  const summary = { read: (row: number, col: number) => workbookCells(cluster.workbook).read(SHEET.summary, row, col), unitCount: meta.unitCount };
  return carryIntoPlan({ plan, template, units, previous: meta.template, entries, summary, renames, takenSheets: [], at: at.toISOString() });
}

export async function templateApplyCommand(argv: readonly string[], io: CliIo, now: () => Date = () => new Date()): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const say = (m: Message) => render(m, locale);
  const failed = (exit: number, errors: readonly Message[]) => reportFailure(io, locale, { exit, errors });
  const a = applyArgs(argv, locale);
  if (!("book" in a)) {
    if (a.help !== undefined) out(a.help);
    return a.help !== undefined ? a.exit : failed(a.exit, a.errors);
  }
  // The output is checked before anything is read: never the workbook or the template, never an existing file without --force.
  const target = a.out === null ? null : checkOutputPath(a.out, io.cwd, a.force, [a.book, a.template]);
  if (target && !target.ok) return failed(target.exit, target.errors);
  const cluster = await loadClusterFile(a.book, io.cwd);
  if (!cluster.ok) return failed(cluster.exit, [cluster.error]);
  const template = loadCheckedTemplate(a.template, io.cwd, locale);
  if (!template.ok) return failed(template.exit, template.errors);
  const rebuilt = rebuild(cluster, template.value, a.renames, now());

  out(say(message("change.cli.heading", { file: a.book, oldTitle: cluster.read.meta.template.title, newTitle: template.value.title })), "", ...changeReport(rebuilt, locale));
  if (rebuilt.change.problems.length > 0) {
    lines(io.stderr)(...rebuilt.change.problems.map(say));
    out("", say(message("change.cli.blocked")));
    return EXIT_USAGE;
  }
  const exit = rebuilt.carry.findings.length > 0 ? EXIT_DATA : EXIT_OK;
  if (target === null) {
    out("", say(message("change.cli.dryRun")));
    return exit;
  }
  const written = await writePlanFile(rebuilt.plan, target.value);
  if (!written.ok) return failed(written.exit, written.errors);
  out("", say(message("change.cli.written", { out: a.out!, file: a.book })));
  const left = cluster.workbook.worksheets.map((w) => w.name).filter((n) => !rebuilt.plan.sheets.some((sh) => sh.name.toLowerCase() === n.toLowerCase()));
  if (left.length > 0) out(say(message("change.cli.notCarried", { file: a.book, sheets: left.join(", ") })));
  return exit;
}
