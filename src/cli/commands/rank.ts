/**
 * `thidua rank --template <id|file> --scores <scores.csv> [--units <file>] [--lang vi|en] [--json]`.
 * Exit 0 when the scores have no error findings (warnings allowed); 1 when they do (the ranking is
 * still printed, as provisional) or when the CSV/template cannot be used; 2 for usage errors.
 */
import { countBySeverity, evaluateCluster, render, type Message, type UnitInput } from "../../domain";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { readScoresText } from "../csv/readScores";
import { readTextFile } from "../csv/readText";
import { readUnitsText } from "../csv/readUnits";
import { findingLines, rankingLines, rankJson } from "../format/rankReport";
import { helpText } from "../help";
import { t, text } from "../messages";
import { loadCheckedTemplate } from "../templateSource";

export function rankCommand(argv: readonly string[], io: CliIo): number {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const err = lines(io.stderr);
  const failed = (r: { exit: number; errors: readonly Message[] }) => {
    err(...r.errors.map((e) => render(e, locale)));
    return r.exit;
  };
  const parsed = parseArgs(argv, {
    command: "rank",
    options: {
      template: { type: "string", short: "t", example: "--template blank-100" },
      scores: { type: "string", short: "s", example: "--scores diem.csv" },
      units: { type: "string", short: "u", example: "--units don-vi.txt" },
      json: { type: "boolean" },
      "convert-legacy": { type: "boolean" },
    },
    maxPositionals: 0,
  });
  if (!parsed.ok) return failed({ exit: EXIT_USAGE, errors: [parsed.error] });
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("rank", locale));
    return EXIT_OK;
  }
  const example = "thidua rank --template blank-100 --scores diem.csv";
  for (const name of ["template", "scores"] as const) {
    if (typeof o[name] !== "string") return failed({ exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: `--${name}`, example })] });
  }
  const scoresFile = o.scores as string;
  const unitsFile = typeof o.units === "string" ? o.units : null;

  const template = loadCheckedTemplate(o.template as string, io.cwd, locale);
  if (!template.ok) return failed(template);
  const content = readTextFile(scoresFile, io.cwd);
  if (!content.ok) return failed(content);
  const convertLegacy = o["convert-legacy"] === true;
  const scores = readScoresText(content.value, scoresFile, { convertLegacy });
  if (!scores.ok) return failed(scores);
  const legacyNotes = scores.value.legacyNotes;
  let units: UnitInput[] = scores.value.units;
  if (unitsFile !== null) {
    const unitsText = readTextFile(unitsFile, io.cwd, "units");
    if (!unitsText.ok) return failed(unitsText);
    const read = readUnitsText(unitsText.value, unitsFile, { convertLegacy });
    if (!read.ok) return failed(read);
    units = read.value;
    legacyNotes.push(...read.notes);
  }

  const result = evaluateCluster(template.value, [...units, ...scores.value.blankUnitRows], scores.value.entries);
  const errors = countBySeverity(result.findings).error;
  // Conversions go to stderr: --json keeps stdout machine-readable.
  for (const n of legacyNotes) err(render(n, locale));
  if (o.json) {
    out(JSON.stringify(rankJson(result, { scores: scoresFile, units: unitsFile }), null, 2));
  } else {
    const tpl = template.value;
    const report = [
      t(locale, "rank.header", { title: tpl.title, id: tpl.id, version: tpl.version, file: scoresFile, rows: scores.value.rows, units: result.units.length }),
      "",
      ...findingLines(result.findings, locale),
      "",
      ...rankingLines(result, locale),
    ];
    // One call per line: spreading 100,000 lines into one call overflows the stack.
    for (const line of report) out(line);
    if (errors > 0) out("", t(locale, "rank.hasErrors", { count: errors }));
  }
  return errors > 0 ? EXIT_DATA : EXIT_OK;
}

