/**
 * designToTemplate: the rows of the Thiết kế tiêu chí sheet → the same JSON-shaped object the template file format
 * uses, fed through parseTemplate and checkTemplate: one template model and one parser behind both. Every finding
 * names its cell ("Thiết kế tiêu chí!F12") and uses the template checks' words.
 */
import { message } from "../../../messages/message";
import { checkTemplate } from "../check";
import type { Template } from "../model";
import { parseTemplate, type TemplateIssue } from "../parse";
import { TEMPLATE_FORMAT, TEMPLATE_FORMAT_VERSION } from "../schema";
import { criteriaFromRows } from "./criteriaFromRows";
import { AWARD_COLUMNS, BAND_COLUMNS, CRITERION_COLUMNS, settingLabel, SETTING_LABEL_COLUMN, SETTING_VALUE_COLUMN, TIE_COLUMNS, type SettingKey } from "./layout";
import { isBlank, rowIsBlank, type DesignBlock, type DesignFinding, type DesignSheet } from "./model";
import { PathCells } from "./pathCells";
import { CellReader, FindingList } from "./readCells";
import { BAND_GAP, GATE_EFFECT, QUOTA_BASE, RANK_BY, ROUNDING, TIE_BY, YES_NO } from "./words";

type Json = Record<string, unknown>;

export interface DesignResult {
  /** The template JSON the design stands for (what `template from-sheet` saves). */
  readonly data: Json;
  /** The parsed template when the design has no error. */
  readonly template: Template | null;
  /** Reading, parser and check findings, each at its cell. */
  readonly findings: readonly DesignFinding[];
}

const put = (o: Json, key: string, v: unknown) => {
  if (v !== undefined) o[key] = v;
};

function readSettings(sheet: DesignSheet, read: CellReader, cells: PathCells): Json {
  const cell = (k: SettingKey) => {
    const s = sheet.settings[k];
    if (s === undefined) {
      const required = ["id", "version", "title", "total", "precision"].includes(k);
      read.findings.add(required ? "error" : "warning", sheet.criteria.titleRow, SETTING_LABEL_COLUMN, message("design.sheet.finding.missingSetting", { label: settingLabel(k) }));
      return { value: null, row: sheet.criteria.titleRow, column: SETTING_VALUE_COLUMN };
    }
    return { value: s.value, row: s.row, column: SETTING_VALUE_COLUMN };
  };
  const jsonPath: Partial<Record<SettingKey, string>> = { sourceUrl: "source.url", sourceDate: "source.date", sourceNote: "source.note" };
  for (const [k, s] of Object.entries(sheet.settings)) if (s) cells.set(jsonPath[k as SettingKey] ?? k, s.row, SETTING_VALUE_COLUMN);
  const o: Json = { format: TEMPLATE_FORMAT, formatVersion: TEMPLATE_FORMAT_VERSION };
  for (const k of ["id", "version", "title", "organisation"] as const) put(o, k, read.text(cell(k)));
  const source: Json = {};
  put(source, "url", read.text(cell("sourceUrl")));
  put(source, "date", read.text(cell("sourceDate")));
  put(source, "note", read.text(cell("sourceNote")));
  if (Object.keys(source).length > 0) o.source = source;
  put(o, "total", read.number(cell("total")));
  put(o, "precision", read.number(cell("precision"), true));
  put(o, "step", read.number(cell("step")));
  for (const k of ["bonusCap", "penaltyCap", "selfClusterGap"] as const) {
    const c = cell(k);
    o[k] = isBlank(c.value) ? null : (read.number(c) ?? null);
  }
  put(o, "rankBy", read.word(cell("rankBy"), RANK_BY));
  put(o, "gateEffect", read.word(cell("gateEffect"), GATE_EFFECT));
  put(o, "bandGap", read.word(cell("bandGap"), BAND_GAP));
  return o;
}

/** The filled rows of a block, each turned into a JSON object at `${name}[i]`. */
function blockItems<F extends string>(block: DesignBlock<F>, name: string, toJson: (row: (typeof block.rows)[number], path: string) => Json | string): (Json | string)[] {
  return block.rows.filter((r) => !rowIsBlank(r)).map((r, i) => toJson(r, `${name}[${i}]`));
}

function readBlocks(sheet: DesignSheet, read: CellReader, cells: PathCells): Json {
  const bands = blockItems(sheet.bands, "bands", (r, path) => {
    cells.band(path, r.row);
    const at = (f: keyof typeof BAND_COLUMNS) => ({ value: r.cells[f], row: r.row, column: BAND_COLUMNS[f] });
    const o: Json = {};
    put(o, "label", read.text(at("label")));
    put(o, "min", read.number(at("min")));
    put(o, "max", read.number(at("max")));
    put(o, "maxExclusive", read.word(at("exclusive"), YES_NO));
    return o;
  });
  const tieBreak = blockItems(sheet.tieBreak, "tieBreak", (r, path) => {
    cells.tie(path, r.row);
    const by = read.word({ value: r.cells.by, row: r.row, column: TIE_COLUMNS.by }, TIE_BY);
    const code = read.text({ value: r.cells.code, row: r.row, column: TIE_COLUMNS.code });
    return by === "criterion" ? { by, ...(code !== undefined ? { code } : {}) } : by !== undefined ? { by } : {};
  });
  const awards = blockItems(sheet.awards, "awards", (r, path) => {
    cells.award(path, r.row);
    const at = (f: keyof typeof AWARD_COLUMNS) => ({ value: r.cells[f], row: r.row, column: AWARD_COLUMNS[f] });
    const o: Json = {};
    put(o, "id", read.text(at("id")));
    put(o, "title", read.text(at("title")));
    const quota: Json = {};
    put(quota, "count", read.number(at("count"), true));
    put(quota, "percent", read.number(at("percent")));
    if ((quota.count === undefined) === (quota.percent === undefined)) {
      read.findings.add("error", r.row, AWARD_COLUMNS.count, message("design.sheet.finding.awardQuotaBoth", { award: String(o.title ?? o.id ?? "") }));
    }
    put(quota, "base", read.word(at("base"), QUOTA_BASE));
    put(quota, "rounding", read.word(at("rounding"), ROUNDING));
    o.quota = quota;
    put(o, "minScore", read.number(at("minScore")));
    const list = (f: keyof typeof AWARD_COLUMNS) => read.text(at(f))?.split(";").map((b) => b.trim()).filter((b) => b !== "");
    const bands = list("bands");
    if (bands !== undefined) o.bands = bands;
    const periods = read.number(at("previousPeriods"), true);
    const [previousBands, previousAwards] = [list("previousBands"), list("previousAwards")];
    if (periods !== undefined || previousBands !== undefined || previousAwards !== undefined) {
      if (periods === undefined || (previousBands === undefined) === (previousAwards === undefined)) {
        read.findings.add("error", r.row, AWARD_COLUMNS.previousPeriods, message("design.sheet.finding.awardPreviousIncomplete", { award: String(o.title ?? o.id ?? "") }));
      }
      const previous: Json = {};
      put(previous, "periods", periods);
      put(previous, "bands", previousBands);
      put(previous, "awards", previousAwards);
      o.previous = previous;
    }
    return o;
  });
  const notes = blockItems(sheet.notes, "notes", (r, path) => {
    cells.note(path, r.row);
    return String(r.cells.text);
  });
  return { bands, tieBreak, awards, criteria: criteriaFromRows(sheet.criteria.rows, read, cells), ...(notes.length > 0 ? { notes } : {}) };
}

/** The design → template JSON, parsed and checked; findings at their cells. */
export function designToTemplate(sheet: DesignSheet, options: { unitCount?: number } = {}): DesignResult {
  const findings = new FindingList();
  const read = new CellReader(findings);
  const cells = new PathCells({ row: sheet.criteria.headerRow, column: CRITERION_COLUMNS.code });
  cells.set("criteria", sheet.criteria.headerRow, CRITERION_COLUMNS.code);
  const data = { ...readSettings(sheet, read, cells), ...readBlocks(sheet, read, cells) };
  if ((data.criteria as unknown[]).length === 0) findings.add("error", sheet.criteria.headerRow, CRITERION_COLUMNS.code, message("design.sheet.finding.noCriteria"));
  const located = (i: TemplateIssue): void => {
    const c = cells.find(i.path);
    findings.add(i.severity, c.row, c.column, i.message);
  };
  const parsed = parseTemplate(data);
  if (!parsed.ok) parsed.errors.forEach(located);
  else checkTemplate(parsed.template, options).forEach(located);
  const template = parsed.ok && !findings.hasErrors ? parsed.template : null;
  return { data, template, findings: findings.items };
}
