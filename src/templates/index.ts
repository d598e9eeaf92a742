/**
 * The standard templates shipped with ThiDua (mẫu chuẩn), see docs/template-format.md.
 * Each one is a JSON file in this folder in the template format v1; the registry below
 * lists them for pickers and the CLI, and loadStandardTemplate parses one by id.
 */
import { renderBoth } from "../messages/message";
import type { Template } from "../domain/template/model";
import { type ParseResult, parseTemplate } from "../domain/template/parse";
import blank100 from "./blank-100.json";
import caQuangTri347 from "./ca-quang-tri-cum-347-2025.json";
import ccbCum3 from "./ccb-cum-3-thang-90.json";
import cdDhsg from "./cd-dhsg-cdbp-2021.json";
import tnmtTienGiang from "./tnmt-tien-giang-2022.json";

/**
 * How much of a template comes from its source:
 * "published" – criteria, maxima, rules and bands as published (modelling choices in `notes`);
 * "bandsOnly" – only the bands and the process are from the source, the criteria are placeholders;
 * "example"   – written by ThiDua as a starting point.
 */
export type TemplateBasis = "published" | "bandsOnly" | "example";

export interface StandardTemplateInfo {
  readonly id: string;
  /** File name in src/templates/. */
  readonly file: string;
  readonly title: string;
  readonly organisation: string | undefined;
  /** Nominal maximum of the scored criteria (100, 1000, 90). */
  readonly total: number;
  readonly sourceUrl: string | undefined;
  readonly basis: TemplateBasis;
  /** The JSON as shipped (unparsed). */
  readonly data: unknown;
}

interface TemplateJson {
  id: string;
  title: string;
  organisation?: string;
  total: number;
  source?: { url?: string; date?: string; note?: string };
}

function info(json: TemplateJson, file: string, basis: TemplateBasis): StandardTemplateInfo {
  return {
    id: json.id,
    file,
    title: json.title,
    organisation: json.organisation,
    total: json.total,
    sourceUrl: json.source?.url,
    basis,
    data: json,
  };
}

/** The standard templates, real published tables first, then the placeholder and the blank starter. */
export const standardTemplates: readonly StandardTemplateInfo[] = [
  info(tnmtTienGiang, "tnmt-tien-giang-2022.json", "published"),
  info(caQuangTri347, "ca-quang-tri-cum-347-2025.json", "published"),
  info(cdDhsg, "cd-dhsg-cdbp-2021.json", "published"),
  info(ccbCum3, "ccb-cum-3-thang-90.json", "bandsOnly"),
  info(blank100, "blank-100.json", "example"),
];

export const standardTemplateIds: readonly string[] = standardTemplates.map((t) => t.id);

/** Registry entry by id, or undefined. */
export function findStandardTemplate(id: string): StandardTemplateInfo | undefined {
  return standardTemplates.find((t) => t.id === id);
}

/** Parses a standard template (the pane calls it through the lazily loaded templates module, with zod in it). */
export function parseStandardTemplate(info: StandardTemplateInfo): ParseResult {
  return parseTemplate(info.data);
}

/**
 * Parses a standard template by id. Throws for an unknown id (listing the known ids), or,
 * which the tests rule out, when a shipped file does not parse.
 */
export function loadStandardTemplate(id: string): Template {
  const entry = findStandardTemplate(id);
  if (!entry) {
    throw new Error(`Unknown standard template "${id}". Known ids: ${standardTemplateIds.join(", ")}.`);
  }
  const result = parseTemplate(entry.data);
  if (!result.ok) {
    const detail = result.errors.map((e) => `${e.path}: ${renderBoth(e.message).en}`).join("; ");
    throw new Error(`Standard template "${id}" (${entry.file}) does not parse: ${detail}`);
  }
  return result.template;
}
