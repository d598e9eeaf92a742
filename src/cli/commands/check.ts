/** `thidua check <template.json|id> [--units N]`: parse errors with JSON paths, then checkTemplate findings. */
import { checkTemplate, issueLocation, render, type Locale, type TemplateIssue } from "../../domain";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { renderTable } from "../format/table";
import { helpText } from "../help";
import { t, text } from "../messages";
import { loadTemplateArg } from "../templateSource";

export function checkCommand(argv: readonly string[], io: CliIo): number {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const err = lines(io.stderr);
  const parsed = parseArgs(argv, { command: "check", options: { units: { type: "string", short: "u", example: "--units 5" } }, maxPositionals: 1 });
  if (!parsed.ok) {
    err(render(parsed.error, locale));
    return EXIT_USAGE;
  }
  const { options, positionals } = parsed.args;
  if (options.help) {
    out(helpText("check", locale));
    return EXIT_OK;
  }
  const arg = positionals[0];
  if (arg === undefined) {
    err(render(text("usage.missingArgument", { what: text("what.template"), example: "thidua check blank-100" }), locale));
    return EXIT_USAGE;
  }
  let unitCount: number | undefined;
  if (typeof options.units === "string") {
    if (!/^\s*\d+\s*$/.test(options.units) || Number(options.units) < 1) {
      err(render(text("usage.badUnitCount", { value: options.units }), locale));
      return EXIT_USAGE;
    }
    unitCount = Number(options.units);
  }

  const source = loadTemplateArg(arg, io.cwd);
  if (!source.ok) {
    err(...source.errors.map((e) => render(e, locale)));
    return source.exit;
  }
  const { name, parsed: result } = source.value;
  if (!result.ok) {
    out(t(locale, "template.invalid", { source: name, count: result.errors.length }), ...issueTable(result.errors, locale));
    return EXIT_DATA;
  }
  const tpl = result.template;
  const issues = checkTemplate(tpl, unitCount === undefined ? {} : { unitCount });
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  out(t(locale, "check.summary", { id: tpl.id, title: tpl.title, leaves: tpl.leaves.length, total: tpl.total, errors, warnings }));
  if (issues.length > 0) out("", ...issueTable(issues, locale), "");
  out(t(locale, errors > 0 ? "check.notOk" : "check.ok"));
  return errors > 0 ? EXIT_DATA : EXIT_OK;
}

function issueTable(issues: readonly TemplateIssue[], locale: Locale): string[] {
  return renderTable(
    [{ header: t(locale, "check.col.severity") }, { header: t(locale, "check.col.path") }, { header: t(locale, "check.col.message") }],
    issues.map((i) => [t(locale, `severity.${i.severity}`), render(issueLocation(i), locale), render(i.message, locale)]),
  );
}
