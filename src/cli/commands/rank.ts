/**
 * `thidua rank --template <id|file> --scores <scores.csv> [--units <file>] [--history <earlier results>…]
 * [--renamed "Tên cũ=Tên mới"]… [--lang vi|en] [--json]`.
 * Exit 0 when the scores have no error findings (warnings allowed); 1 when they do (the ranking is
 * still printed, as provisional) or when the CSV/template cannot be used; 2 for usage errors.
 * Synchronous unless earlier results are given (reading a workbook is asynchronous).
 */
import { countBySeverity, evaluateCluster, message, render, type Locale, type Message, type Template, type UnitInput } from "../../domain";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { readScoresText, type ScoresRead } from "../csv/readScores";
import { readTextFile } from "../csv/readText";
import { readUnitsText } from "../csv/readUnits";
import { findingLines, rankingLines, rankJson } from "../format/rankReport";
import { helpText } from "../help";
import { t, text } from "../messages";
import { loadCheckedTemplate } from "../templateSource";
import type { HistoryOption } from "./historyOption";

interface RankInputs {
  readonly locale: Locale;
  readonly json: boolean;
  readonly template: Template;
  readonly scoresFile: string;
  readonly unitsFile: string | null;
  readonly scores: ScoresRead;
  readonly units: readonly UnitInput[];
  readonly notes: readonly Message[];
  readonly history: { readonly files: readonly string[]; readonly renamed: readonly string[] };
}

type Failure = { exit: number; errors: readonly Message[] };

function failed(io: CliIo, locale: Locale, r: Failure): number {
  lines(io.stderr)(...r.errors.map((e) => render(e, locale)));
  return r.exit;
}

export function rankCommand(argv: readonly string[], io: CliIo): number | Promise<number> {
  const inputs = rankInputs(argv, io);
  if (typeof inputs === "number") return inputs;
  const { files, renamed } = inputs.history;
  if (files.length === 0 && renamed.length === 0) return report(inputs, io, null);
  const names = inputs.units.map((u) => u.name);
  // Loaded only here: reading earlier workbooks needs exceljs, which a plain `thidua rank` never pays for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { readHistoryOption } = require("./historyOption") as typeof import("./historyOption");
  return readHistoryOption({ files, renamed, use: "ranking" }, names, inputs.template, io.cwd).then((h) => (h.ok ? report(inputs, io, h.value) : failed(io, inputs.locale, h)));
}

/** The options read and the files loaded; a number is the exit code of a failure already reported. */
function rankInputs(argv: readonly string[], io: CliIo): RankInputs | number {
  const locale = pickLocale(argv, io.env);
  const fail = (r: Failure) => failed(io, locale, r);
  const parsed = parseArgs(argv, {
    command: "rank",
    options: {
      template: { type: "string", short: "t", example: "--template blank-100" },
      scores: { type: "string", short: "s", example: "--scores diem.csv" },
      units: { type: "string", short: "u", example: "--units don-vi.txt" },
      history: { type: "string", repeatable: true, example: "--history so-cham-diem-2025.xlsx" },
      renamed: { type: "string", repeatable: true, example: '--renamed "Tên cũ=Tên mới"' },
      json: { type: "boolean" },
      "convert-legacy": { type: "boolean" },
    },
    maxPositionals: 0,
  });
  if (!parsed.ok) return fail({ exit: EXIT_USAGE, errors: [parsed.error] });
  const o = parsed.args.options;
  if (o.help) {
    lines(io.stdout)(helpText("rank", locale));
    return EXIT_OK;
  }
  const example = "thidua rank --template blank-100 --scores diem.csv";
  for (const name of ["template", "scores"] as const) {
    if (typeof o[name] !== "string") return fail({ exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: `--${name}`, example })] });
  }
  const scoresFile = o.scores as string;
  const unitsFile = typeof o.units === "string" ? o.units : null;
  const template = loadCheckedTemplate(o.template as string, io.cwd, locale);
  if (!template.ok) return fail(template);
  const convertLegacy = o["convert-legacy"] === true;
  const content = readTextFile(scoresFile, io.cwd);
  if (!content.ok) return fail(content);
  const scores = readScoresText(content.value, scoresFile, { convertLegacy });
  if (!scores.ok) return fail(scores);
  const notes: Message[] = [...scores.value.legacyNotes];
  let units: UnitInput[] = scores.value.units;
  if (unitsFile !== null) {
    const unitsText = readTextFile(unitsFile, io.cwd, "units");
    if (!unitsText.ok) return fail(unitsText);
    const read = readUnitsText(unitsText.value, unitsFile, { convertLegacy });
    if (!read.ok) return fail(read);
    units = read.value;
    notes.push(...read.notes);
  }
  const history = { files: parsed.args.lists.history ?? [], renamed: parsed.args.lists.renamed ?? [] };
  const all = [...units, ...scores.value.blankUnitRows];
  return { locale, json: o.json === true, template: template.value, scoresFile, unitsFile, scores: scores.value, units: all, notes, history };
}

/** Each unit with its earlier results, in the cluster's order. */
function withHistory(units: readonly UnitInput[], h: HistoryOption | null): UnitInput[] {
  return h ? units.map((u, i) => ({ ...u, history: h.history.units[i]?.results ?? [] })) : [...units];
}

/** What was read of earlier periods; without any, a reminder when the template's awards look back. */
function historyNotes(t: Template, history: HistoryOption | null): readonly Message[] {
  if (history) return history.notes;
  const lookingBack = t.awards.filter((a) => a.previous).map((a) => a.title);
  return lookingBack.length > 0 ? [message("history.cli.rankNoHistory", { awards: lookingBack.join(", ") })] : [];
}

function report(r: RankInputs, io: CliIo, history: HistoryOption | null): number {
  const { locale, template: tpl } = r;
  const out = lines(io.stdout);
  const err = lines(io.stderr);
  const result = evaluateCluster(tpl, withHistory(r.units, history), r.scores.entries);
  const errors = countBySeverity(result.findings).error;
  // Conversions and what was read of earlier periods go to stderr with --json: stdout stays machine-readable.
  const fromHistory = historyNotes(tpl, history).map((n) => render(n, locale));
  if (r.json) {
    err(...r.notes.map((n) => render(n, locale)), ...fromHistory);
    out(JSON.stringify(rankJson(result, { scores: r.scoresFile, units: r.unitsFile }), null, 2));
    return errors > 0 ? EXIT_DATA : EXIT_OK;
  }
  for (const n of r.notes) err(render(n, locale));
  const reportLines = [
    t(locale, "rank.header", { title: tpl.title, id: tpl.id, version: tpl.version, file: r.scoresFile, rows: r.scores.rows, units: result.units.length }),
    ...fromHistory,
    "",
    ...findingLines(result.findings, locale),
    "",
    ...rankingLines(result, locale),
  ];
  // One call per line: spreading 100,000 lines into one call overflows the stack.
  for (const line of reportLines) out(line);
  if (errors > 0) out("", t(locale, "rank.hasErrors", { count: errors }));
  return errors > 0 ? EXIT_DATA : EXIT_OK;
}
