/**
 * `thidua build --template <id|file> --units <units.txt|.csv> [--scores <scores.csv>] [--cluster "…"]
 * [--period "…"] [--history <earlier results>…] [--renamed "Tên cũ=Tên mới"]… --out <file.xlsx> [--force]`: writes
 * the ThiDua scoring workbook (buildPlan → renderPlan, docs/workbook-contract.md), pre-filled with the scores of a
 * CSV when given, and with a Lịch sử sheet of earlier periods when given (historyOption.ts).
 * An existing output file is never overwritten without --force, nor an input file ever (exit 2).
 * Exit 0 = written; 1 = template/CSV unusable, or the scores have error findings (the workbook is
 * still written, like rank still prints its table); 2 = usage, file paths.
 */
import { resolve } from "node:path";
import { countBySeverity, evaluateCluster, identityKey, render, type EntryInput, type Locale, type UnitInput } from "../../domain";
import { planSheets, type LazyPlan } from "../../workbook/buildPlan";
import { fillEntriesLazily } from "../../workbook/fillEntries";
import type { WorkbookPlan } from "../../workbook/plan";
import { streamPlanToBuffer } from "../../xlsx/streamPlan";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { readScoresText } from "../csv/readScores";
import { checkOutputs, writeAllOrNothing, type WritePolicy } from "../files/writeAll";
import type { FilePath } from "../files/writeProblem";
import { readTextFile, type Read } from "../csv/readText";
import { readUnitsText } from "../csv/readUnits";
import { findingLines } from "../format/rankReport";
import { helpText } from "../help";
import { t, text, type CliText } from "../messages";
import { loadCheckedTemplate } from "../templateSource";
import { readHistoryOption } from "./historyOption";

type Failure = { exit: number; errors: readonly CliText[] };

/** Writes the failure's messages to stderr, returns its exit code. */
export function reportFailure(io: CliIo, locale: Locale, r: Failure): number {
  lines(io.stderr)(...r.errors.map((e) => render(e, locale)));
  return r.exit;
}

/**
 * Where the workbook goes: `file` as typed, resolved against cwd. Refuses a name without .xlsx, any of
 * the command's input files (whatever the flags), a missing folder, a folder, and an existing file
 * unless `force` (src/cli/files/checkOutputs.ts).
 */
export function checkOutputPath(file: string, cwd: string, force: boolean, inputs: readonly string[] = []): Read<WriteTarget> {
  if (!/\.xlsx$/i.test(file)) return { ok: false, exit: EXIT_USAGE, errors: [text("build.notXlsx", { file })] };
  const target: WriteTarget = { file, full: resolve(cwd, file), policy: { force, inputs: inputs.map((f) => ({ file: f, full: resolve(cwd, f) })) } };
  const refused = checkOutputs([target], target.policy);
  return refused.length > 0 ? { ok: false, exit: EXIT_USAGE, errors: refused } : { ok: true, value: target };
}

/** A checked output path and what it may not overwrite. */
export interface WriteTarget extends FilePath {
  readonly policy: WritePolicy;
}

/** Renders the plan (streamed, sheet by sheet) and writes it to the checked target: through a temporary file, checked again just before. */
export async function writePlanFile(plan: WorkbookPlan | LazyPlan, target: WriteTarget): Promise<Read<string>> {
  const names = plan.definedNames;
  const data = await streamPlanToBuffer({ sheets: plan.sheets, definedNames: typeof names === "function" ? names : () => names });
  const problems = writeAllOrNothing([{ file: target.file, full: target.full, data }], target.policy);
  return problems.length > 0 ? { ok: false, exit: EXIT_USAGE, errors: problems } : { ok: true, value: target.full };
}

/** Two names for the same unit (identityKey: case, NFC/NFD, tone placement) cannot both be workbook columns. */
function duplicateUnits(units: readonly UnitInput[]): CliText[] {
  const seen = new Map<string, string>();
  const out: CliText[] = [];
  for (const u of units) {
    const k = identityKey(u.name);
    const other = seen.get(k);
    if (other !== undefined) {
      const where = u.where ? [u.where.file, u.where.line].filter((p) => p !== undefined).join(":") : "";
      out.push(text("build.duplicateUnit", { where, name: u.name, other }));
    } else seen.set(k, u.name);
  }
  return out;
}

export async function buildCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const failed = (r: Failure) => reportFailure(io, locale, r);
  const parsed = parseArgs(argv, {
    command: "build",
    options: {
      template: { type: "string", short: "t", example: "--template blank-100" },
      units: { type: "string", short: "u", example: "--units don-vi.txt" },
      scores: { type: "string", short: "s", example: "--scores diem.csv" },
      cluster: { type: "string", example: '--cluster "Cụm thi đua số 1"' },
      period: { type: "string", example: "--period 2025" },
      out: { type: "string", short: "o", example: "--out so-cham-diem.xlsx" },
      force: { type: "boolean" },
      "convert-legacy": { type: "boolean" },
      history: { type: "string", repeatable: true, example: "--history so-cham-diem-2025.xlsx" },
      renamed: { type: "string", repeatable: true, example: '--renamed "Công an tỉnh Hà Tây=Công an tỉnh Hòa Bình"' },
    },
    maxPositionals: 0,
  });
  if (!parsed.ok) return failed({ exit: EXIT_USAGE, errors: [parsed.error] });
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("build", locale));
    return EXIT_OK;
  }
  const example = "thidua build --template blank-100 --units don-vi.txt --out so-cham-diem.xlsx";
  for (const name of ["template", "out"] as const) {
    if (typeof o[name] !== "string") return failed({ exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: `--${name}`, example })] });
  }
  if (typeof o.units !== "string" && typeof o.scores !== "string") {
    return failed({ exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: "--units", example })] });
  }
  const outFile = o.out as string;
  const force = o.force === true;
  // Refuse an existing file before reading anything: the user learns it first.
  const historyFiles = parsed.args.lists.history ?? [];
  const inputs = [o.template, o.units, o.scores, ...historyFiles].filter((f): f is string => typeof f === "string");
  const target = checkOutputPath(outFile, io.cwd, force, inputs);
  if (!target.ok) return failed(target);

  const template = loadCheckedTemplate(o.template as string, io.cwd, locale);
  if (!template.ok) return failed(template);
  const tpl = template.value;

  let units: UnitInput[] | null = null;
  if (typeof o.units === "string") {
    const content = readTextFile(o.units, io.cwd, "units");
    if (!content.ok) return failed(content);
    const read = readUnitsText(content.value, o.units, { convertLegacy: o["convert-legacy"] === true });
    if (!read.ok) return failed(read);
    for (const n of read.notes) out(render(n, locale));
    units = read.value;
  }
  let scores: Scores | null = null;
  if (typeof o.scores === "string") {
    const read = readScoresOption(o.scores, io, o["convert-legacy"] === true);
    if (!read.ok) return failed(read);
    for (const n of read.value.legacyNotes) out(render(n, locale));
    scores = read.value;
    units ??= read.value.units;
  }
  const unitList = units!;
  const dups = duplicateUnits(unitList);
  if (dups.length > 0) return failed({ exit: EXIT_DATA, errors: dups });

  const names = unitList.map((u) => u.name);
  const renamed = parsed.args.lists.renamed ?? [];
  const history = historyFiles.length > 0 || renamed.length > 0 ? await readHistoryOption({ files: historyFiles, renamed, use: "sheet", current: typeof o.period === "string" ? o.period : null }, names, tpl, io.cwd) : null;
  if (history && !history.ok) return failed(history);
  // Each sheet is built as it is written, then dropped: a 1000-unit workbook never holds all seven at once.
  const cluster = { name: typeof o.cluster === "string" ? o.cluster : "", period: typeof o.period === "string" ? o.period : "", units: names };
  let plan = planSheets(tpl, history ? { ...cluster, history: history.value.history } : cluster);
  let errors = 0;
  let unmatchedEntries = () => [] as readonly EntryInput[];
  if (scores) {
    // The same findings as `rank` (file:line:column), printed the same way.
    const result = evaluateCluster(tpl, [...unitList, ...scores.blankUnitRows], scores.entries);
    out(...findingLines(result.findings, locale), "");
    errors = countBySeverity(result.findings).error;
    ({ plan, unmatched: unmatchedEntries } = fillEntriesLazily(plan, tpl, names, scores.entries));
  }
  // The entries live on only until Chấm điểm is filled.
  const filledFrom = scores ? { file: scores.file, count: scores.entries.length } : null;
  scores = null;
  const written = await writePlanFile(plan, target.value);
  if (!written.ok) return failed(written);
  const unmatched = unmatchedEntries().length;
  out(t(locale, "build.written", { file: outFile, title: tpl.title, id: tpl.id, units: names.length, criteria: tpl.leaves.length }));
  if (filledFrom) {
    out(t(locale, "build.filled", { scores: filledFrom.file, filled: filledFrom.count - unmatched }));
    if (unmatched > 0) out(t(locale, "build.unmatched", { count: unmatched }));
  }
  if (history) out(...history.value.notes.map((n) => render(n, locale)));
  out(t(locale, "build.howToUse"));
  if (errors > 0) {
    out("", t(locale, "build.hasErrors", { count: errors }));
    return EXIT_DATA;
  }
  return EXIT_OK;
}

type Scores = { file: string; entries: EntryInput[]; blankUnitRows: UnitInput[]; units: UnitInput[]; legacyNotes: CliText[] };

/** The --scores CSV read (its text is not kept). */
function readScoresOption(file: string, io: CliIo, convertLegacy: boolean): Read<Scores> {
  const content = readTextFile(file, io.cwd);
  if (!content.ok) return content;
  const read = readScoresText(content.value, file, { convertLegacy });
  if (!read.ok) return read;
  const { entries, blankUnitRows, units, legacyNotes } = read.value;
  return { ok: true, value: { file, entries, blankUnitRows, units, legacyNotes } };
}
