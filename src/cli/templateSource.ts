/** `<id|file>` → a parsed template: a standard template id (src/templates) or a template .json file. */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { checkTemplate, issueLocation, parseTemplate, parseTemplateText, render, type Locale, type ParseResult, type Template } from "../domain";
import { findStandardTemplate, standardTemplateIds } from "../templates";
import { EXIT_DATA, EXIT_USAGE } from "./args";
import { readTextFile, type Read } from "./csv/readText";
import { text } from "./messages";

export interface TemplateSource {
  /** What messages call it: the id, or the path as typed. */
  readonly name: string;
  readonly parsed: ParseResult;
}

export function loadTemplateArg(arg: string, cwd: string): Read<TemplateSource> {
  const standard = findStandardTemplate(arg.trim());
  if (standard) return { ok: true, value: { name: standard.id, parsed: parseTemplate(standard.data) } };
  const looksLikeFile = /\.json$/i.test(arg) || /[\\/]/.test(arg) || existsSync(resolve(cwd, arg));
  if (!looksLikeFile) {
    return { ok: false, exit: EXIT_USAGE, errors: [text("template.unknownId", { id: arg, known: standardTemplateIds.join(", ") })] };
  }
  const content = readTextFile(arg, cwd, "template");
  if (!content.ok) return content;
  return { ok: true, value: { name: arg, parsed: parseTemplateText(content.value) } };
}

/** `<id|file>` → a template ready to use: parse errors and error-severity checks refuse it (exit 1). */
export function loadCheckedTemplate(arg: string, cwd: string, locale: Locale): Read<Template> {
  const source = loadTemplateArg(arg, cwd);
  if (!source.ok) return source;
  const { name, parsed } = source.value;
  const issues = parsed.ok ? checkTemplate(parsed.template).filter((i) => i.severity === "error") : parsed.errors;
  if (!parsed.ok || issues.length > 0) {
    const detail = issues.map((i) => `  ${render(issueLocation(i), locale)}: ${render(i.message, locale)}`).join("\n");
    return { ok: false, exit: EXIT_DATA, errors: [text("template.invalid", { source: name, count: issues.length }), text("raw", { text: detail })] };
  }
  return { ok: true, value: parsed.template };
}
