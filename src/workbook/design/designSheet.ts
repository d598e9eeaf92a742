/**
 * The Thiết kế tiêu chí sheet as a workbook plan (src/workbook/plan.ts), from the design's rows
 * (src/domain/template/design): settings, the criteria table with live sums, then the bands, tie-break,
 * awards and notes blocks. Not protected: the user types, inserts and deletes rows freely.
 * Rendered by src/xlsx/renderPlan.ts (exceljs) and src/excel/applyPlan.ts (Office.js) like the other sheets.
 */
import {
  AWARD_COLUMNS, BAND_COLUMNS, blockTitle, COMPUTED_COLUMNS as K, CRITERION_COLUMNS as C, DESIGN_SHEET, HINT_ROW, NOTE_COLUMNS,
  SETTING_KEYS, SETTING_LABEL_COLUMN, SETTING_VALUE_COLUMN, SETTINGS_TITLE_ROW, settingLabel, TIE_COLUMNS, TITLE_ROW,
  type BlockName, type CellValue, type DesignBlock, type DesignSheet, type SettingKey,
} from "../../domain/template/design";
import { sheetText } from "../../domain/template/design/words";
import { addr, columnLetter, type SheetPlan, type WorkbookPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { criteriaHighlights, criteriaValidations } from "./designChecks";
import { blockValidations, settingValidations } from "./designInputs";
import {
  childSumFormula, isGroupFormula, kindFormula, maxFormula, parentFormula, scoredTotalFormula, statusFormula, totalStatusFormula, type CriteriaRows,
} from "./designFormulas";

/** Columns that hold text (kept as text: a code "1.10" must not become the number 1.1). */
const TEXT_COLUMNS = new Set<number>([C.code, C.title, C.levels, C.target, C.rule]);
const WRAP_COLUMNS = new Set<number>([C.title, C.levels, C.rule]);
const BLOCK_TEXT = new Set(["bands.label", "tieBreak.code", "awards.id", "awards.title", "awards.bands", "notes.text"]);
const TEXT_SETTINGS = new Set<SettingKey>(["id", "version", "title", "organisation", "sourceUrl", "sourceDate", "sourceNote"]);

function input(sh: SheetBuilder, column: number, row: number, value: CellValue, text: boolean, wrap = false): void {
  sh.set(column, row, { value, role: "input", locked: false, ...(text ? { numFmt: "@" } : {}), ...(wrap ? { wrap } : {}) });
}

function settings(sh: SheetBuilder, d: DesignSheet, rows: CriteriaRows): void {
  sh.label(1, SETTINGS_TITLE_ROW, sheetText("block.settings"), { bold: true });
  for (const k of SETTING_KEYS) {
    const s = d.settings[k];
    if (!s) continue;
    sh.label(SETTING_LABEL_COLUMN, s.row, settingLabel(k));
    input(sh, SETTING_VALUE_COLUMN, s.row, s.value, TEXT_SETTINGS.has(k));
  }
  const total = d.settings.total;
  if (total) {
    const sum = addr(SETTING_VALUE_COLUMN + 2, total.row);
    const scale = addr(SETTING_VALUE_COLUMN, total.row);
    const abs = (a: string) => `$${a.replace(/(\d+)$/, "$$$1")}`;
    sh.label(SETTING_VALUE_COLUMN + 1, total.row, sheetText("scoredSum"));
    sh.formula(SETTING_VALUE_COLUMN + 2, total.row, scoredTotalFormula(rows));
    sh.formula(SETTING_VALUE_COLUMN + 3, total.row, totalStatusFormula(sum, scale));
    sh.conditionalFormats.push({ ranges: [`${sum}:${addr(SETTING_VALUE_COLUMN + 3, total.row)}`], formula: `ABS(${abs(sum)}-${abs(scale)})>0.000001`, style: "warning" });
  }
}

function criteria(sh: SheetBuilder, b: DesignBlock<keyof typeof C>, rows: CriteriaRows): void {
  for (const [field, column] of Object.entries(C)) sh.header(column, b.headerRow, sheetText(`col.${field as keyof typeof C}`));
  sh.header(K.childSum, b.headerRow, sheetText("col.childSum"));
  sh.header(K.status, b.headerRow, sheetText("col.status"));
  for (const what of ["parent", "kind", "max", "group"] as const) sh.header(K[what], b.headerRow, sheetText("col.helper", { what: sheetText(`col.helper.${what}`) }));
  for (const r of b.rows) {
    for (const [field, column] of Object.entries(C)) input(sh, column, r.row, r.cells[field as keyof typeof C], TEXT_COLUMNS.has(column), WRAP_COLUMNS.has(column));
    sh.formula(K.parent, r.row, parentFormula(r.row, rows));
    sh.formula(K.kind, r.row, kindFormula(r.row, rows));
    sh.formula(K.group, r.row, isGroupFormula(r.row, rows));
    sh.formula(K.childSum, r.row, childSumFormula(r.row, rows));
    sh.formula(K.max, r.row, maxFormula(r.row));
    sh.formula(K.status, r.row, statusFormula(r.row));
  }
  sh.dataValidations.push(...criteriaValidations(rows));
  sh.conditionalFormats.push(...criteriaHighlights(rows));
}

/** A block under the table: title, headers, its rows as inputs. */
function block<F extends string>(sh: SheetBuilder, name: Exclude<BlockName, "criteria">, b: DesignBlock<F>, columns: Readonly<Record<F, number>>, header: (f: F) => string): void {
  sh.label(1, b.titleRow, blockTitle(name), { bold: true });
  for (const [f, column] of Object.entries<number>(columns)) sh.header(column, b.headerRow, header(f as F));
  for (const r of b.rows) for (const [f, column] of Object.entries<number>(columns)) input(sh, column, r.row, r.cells[f as F], BLOCK_TEXT.has(`${name}.${f}`), name === "notes");
}

export function buildDesignSheet(d: DesignSheet): SheetPlan {
  const sh = new SheetBuilder(DESIGN_SHEET);
  const rows: CriteriaRows = { first: d.criteria.rows[0]?.row ?? d.criteria.headerRow + 1, last: d.criteria.rows.at(-1)?.row ?? d.criteria.headerRow + 1 };
  sh.label(1, TITLE_ROW, sheetText("title"), { bold: true });
  sh.label(1, HINT_ROW, sheetText("hint"));
  settings(sh, d, rows);
  sh.label(1, d.criteria.titleRow, blockTitle("criteria"), { bold: true });
  criteria(sh, d.criteria, rows);
  block(sh, "bands", d.bands, BAND_COLUMNS, (f) => sheetText(`col.band.${f}`));
  block(sh, "tieBreak", d.tieBreak, TIE_COLUMNS, (f) => sheetText(`col.tie.${f}`));
  block(sh, "awards", d.awards, AWARD_COLUMNS, (f) => sheetText(`col.award.${f}`));
  block(sh, "notes", d.notes, NOTE_COLUMNS, () => sheetText("col.note"));
  sh.dataValidations.push(...settingValidations(d), ...blockValidations(d));
  const widths: [number, number][] = [[C.level, 6], [C.code, 10], [C.title, 48], [C.kind, 14], [C.method, 22], [C.max, 10], [C.step, 9], [C.levels, 30], [C.per, 9], [C.cap, 10], [C.na, 9], [C.target, 18], [C.rule, 40], [K.childSum, 11], [K.status, 9]];
  for (const [column, w] of widths) sh.width(column, w);
  for (const column of [K.parent, K.kind, K.max, K.group]) sh.width(column, 8);
  sh.print = { orientation: "landscape", repeatRows: `${d.criteria.headerRow}:${d.criteria.headerRow}`, area: `A1:${columnLetter(K.status)}${d.notes.rows.at(-1)?.row ?? d.notes.headerRow}` };
  return { ...sh.build(), protection: { protect: false } };
}

/** A workbook with only the design sheet (what `thidua template to-sheet` writes). */
export function designWorkbookPlan(d: DesignSheet): WorkbookPlan {
  return { sheets: [buildDesignSheet(d)], definedNames: [] };
}
