/** `thidua templates`: the standard templates as a table. */
import { formatNumber, render } from "../../domain";
import { loadStandardTemplate, standardTemplates } from "../../templates";
import { EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { renderTable } from "../format/table";
import { helpText } from "../help";
import { t } from "../messages";

export function templatesCommand(argv: readonly string[], io: CliIo): number {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const parsed = parseArgs(argv, { command: "templates", options: {}, maxPositionals: 0 });
  if (!parsed.ok) {
    lines(io.stderr)(render(parsed.error, locale));
    return EXIT_USAGE;
  }
  if (parsed.args.options.help) {
    out(helpText("templates", locale));
    return EXIT_OK;
  }
  const rows = standardTemplates.map((info) => {
    let criteria: string;
    try {
      criteria = String(loadStandardTemplate(info.id).leaves.length);
    } catch {
      criteria = "?";
    }
    return [
      info.id,
      info.title,
      formatNumber(info.total, locale),
      criteria,
      t(locale, `templates.basis.${info.basis}`),
      info.sourceUrl ?? "",
    ];
  });
  out(
    ...renderTable(
      [
        { header: t(locale, "templates.col.id") },
        { header: t(locale, "templates.col.title"), maxWidth: 48 },
        { header: t(locale, "templates.col.total"), align: "right" },
        { header: t(locale, "templates.col.criteria"), align: "right" },
        { header: t(locale, "templates.col.basis") },
        { header: t(locale, "templates.col.source") },
      ],
      rows,
    ),
    "",
    t(locale, "templates.footer", { count: rows.length }),
  );
  return EXIT_OK;
}
