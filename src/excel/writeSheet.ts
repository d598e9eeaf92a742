/**
 * One sheet of a WorkbookPlan written through Office.js (applyPlan.ts calls it per sheet): values and formulas
 * by blocks, unlocked inputs, fills, bold, wrap and indent by rectangles, widths, merges, freeze panes, data
 * validation, conditional formats and print settings; every operation counted toward the batch size (`spend`).
 */
import type { CellRole, ConditionalFormatPlan, DataValidationPlan, SheetPlan } from "../workbook/plan";
import { boxAddress, columnWidthRanges, parseBox, positioned, rectangles, sheetBlocks, shiftFormula, type Box } from "./cells";

const FILL: Partial<Record<CellRole, string>> = { header: "#D9E1F2", input: "#FFF2CC", group: "#EDEDED" };
const CF_STYLE: Record<ConditionalFormatPlan["style"], { fill: string; font: string }> = {
  error: { fill: "#FFC7CE", font: "#9C0006" },
  warning: { fill: "#FFEB9C", font: "#9C5700" },
};

export interface WriteEnv {
  readonly canIndent: boolean;
  readonly canPrint: boolean;
  readonly spend: (bytes: number) => Promise<void>;
  readonly clipped: string[];
  readonly maxBytes: number;
}

/** Approximate request bytes of one formatting operation (what batches are sized with). */
export const OP_BYTES = 120;

export async function writeSheet(ws: Excel.Worksheet, sp: SheetPlan, env: WriteEnv): Promise<void> {
  const { spend } = env;
  const cells = positioned(sp);
  // Values and formulas, one 2-D array per block (null = cell left alone).
  for (const b of sheetBlocks(sp, Math.floor(env.maxBytes / 2))) {
    await spend(b.bytes);
    const r = ws.getRange(boxAddress(b.box));
    r.formulas = b.formulas as unknown[][];
    if (b.numberFormat) r.numberFormat = b.numberFormat as unknown[][];
  }
  // Locked is Excel's default; unlock the input rectangles.
  for (const boxes of rectangles(cells, (c) => (c.locked ? null : "unlocked")).values()) {
    for (const b of boxes) {
      await spend(OP_BYTES);
      ws.getRange(boxAddress(b)).format.protection.locked = false;
    }
  }
  for (const [color, boxes] of rectangles(cells, (c) => FILL[c.role] ?? null)) {
    for (const b of boxes) {
      await spend(OP_BYTES);
      ws.getRange(boxAddress(b)).format.fill.color = color;
    }
  }
  for (const boxes of rectangles(cells, (c) => (c.bold ? "bold" : null)).values()) {
    for (const b of boxes) {
      await spend(OP_BYTES);
      ws.getRange(boxAddress(b)).format.font.bold = true;
    }
  }
  for (const boxes of rectangles(cells, (c) => (c.wrap || c.indent ? "top" : null)).values()) {
    for (const b of boxes) {
      await spend(OP_BYTES);
      const f = ws.getRange(boxAddress(b)).format;
      f.verticalAlignment = "Top";
    }
  }
  for (const boxes of rectangles(cells, (c) => (c.wrap ? "wrap" : null)).values()) {
    for (const b of boxes) {
      await spend(OP_BYTES);
      ws.getRange(boxAddress(b)).format.wrapText = true;
    }
  }
  if (env.canIndent) {
    for (const [level, boxes] of rectangles(cells, (c) => (c.indent ? c.indent : null))) {
      for (const b of boxes) {
        await spend(OP_BYTES);
        ws.getRange(boxAddress(b)).format.indentLevel = level;
      }
    }
  }
  for (const w of columnWidthRanges(sp.columnWidths)) {
    await spend(OP_BYTES);
    ws.getRange(w.address).format.columnWidth = w.points;
  }
  for (const m of sp.merges) {
    await spend(OP_BYTES);
    ws.getRange(m).merge(false);
  }
  const { rows, columns } = sp.freeze;
  if (rows > 0 && columns > 0) ws.freezePanes.freezeAt(boxAddress({ r0: 1, c0: 1, r1: rows, c1: columns }));
  else if (rows > 0) ws.freezePanes.freezeRows(rows);
  else if (columns > 0) ws.freezePanes.freezeColumns(columns);
  for (const dv of sp.dataValidations) {
    await spend(OP_BYTES * 4 + JSON.stringify(dv).length);
    writeValidation(ws.getRange(dv.range), dv, env.clipped);
  }
  for (const cf of sp.conditionalFormats) {
    const first = parseBox(cf.ranges[0]!);
    for (const area of cf.ranges) {
      const b: Box = parseBox(area);
      await spend(OP_BYTES * 3 + cf.formula.length);
      const f = ws.getRange(area).conditionalFormats.add("Custom");
      f.custom.rule.formula = `=${shiftFormula(cf.formula, b.r0 - first.r0, b.c0 - first.c0)}`;
      f.custom.format.fill.color = CF_STYLE[cf.style].fill;
      f.custom.format.font.color = CF_STYLE[cf.style].font;
    }
  }
  if (sp.print && env.canPrint) {
    await spend(OP_BYTES * 4);
    const pl = ws.pageLayout;
    pl.orientation = sp.print.orientation === "landscape" ? "Landscape" : "Portrait";
    pl.paperSize = "A4";
    pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    if (sp.print.repeatRows) pl.setPrintTitleRows(absRows(sp.print.repeatRows));
    if (sp.print.repeatColumns) pl.setPrintTitleColumns(absCols(sp.print.repeatColumns));
    if (sp.print.area) pl.setPrintArea(sp.print.area);
  }
}

const absRows = (r: string) => r.split(":").map((x) => `$${x}`).join(":");
const absCols = (c: string) => c.split(":").map((x) => `$${x}`).join(":");

function clip(s: string, max: number, what: string, clipped: string[]): string {
  if (s.length <= max) return s;
  clipped.push(what);
  return s.slice(0, max - 1) + "…";
}

function writeValidation(range: Excel.Range, dv: DataValidationPlan, clipped: string[]): void {
  const v = range.dataValidation;
  const r = dv.rule;
  switch (r.type) {
    case "list":
      v.rule = { list: { inCellDropDown: true, source: r.values.map(String).join(",") } };
      break;
    case "decimal":
    case "whole": {
      const basic =
        r.max === undefined
          ? { formula1: r.min, operator: "GreaterThanOrEqualTo" as const }
          : { formula1: r.min, formula2: r.max, operator: "Between" as const };
      v.rule = r.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
      break;
    }
    case "custom":
      v.rule = { custom: { formula: `=${r.formula}` } };
      break;
  }
  v.ignoreBlanks = dv.allowBlank;
  v.prompt = {
    showPrompt: true,
    title: clip(dv.prompt.title, 32, `${dv.range} prompt title`, clipped),
    message: clip(dv.prompt.text, 255, `${dv.range} prompt`, clipped),
  };
  v.errorAlert = {
    showAlert: true,
    style: dv.errorStyle === "stop" ? "Stop" : "Warning",
    title: clip(dv.error.title, 32, `${dv.range} error title`, clipped),
    message: clip(dv.error.text, 225, `${dv.range} error message`, clipped),
  };
}
