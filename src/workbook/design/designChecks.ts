/** The design sheet's in-cell checks: drop-downs and number rules (data validation) and highlighted problems (conditional formats). */
import { CRITERION_COLUMNS as C, COMPUTED_COLUMNS as K } from "../../domain/template/design";
import { choiceWords, KINDS, METHODS, sheetText, YES_NO, type Choice } from "../../domain/template/design/words";
import { str } from "../formulas";
import { columnLetter, type ConditionalFormatPlan, type DataValidationPlan } from "../plan";
import { GATE_WORD, type CriteriaRows } from "./designFormulas";

const title = sheetText("dv.title");

export function listValidation<V>(range: string, choices: readonly Choice<V>[], emptyNote = ""): DataValidationPlan {
  const text = sheetText("dv.pick", { values: choiceWords(choices).join(", ") }) + emptyNote;
  return {
    range,
    rule: { type: "list", values: choiceWords(choices) },
    allowBlank: true,
    prompt: { title, text: text.slice(0, 255) },
    error: { title, text: sheetText("dv.error", { text }).slice(0, 255) },
    errorStyle: "stop",
  };
}

export function numberValidation(range: string, min: number, max?: number, whole = false): DataValidationPlan {
  const text = max === undefined ? sheetText("dv.number", { min }) : sheetText("dv.between", { min, max });
  return {
    range,
    rule: { type: whole ? "whole" : "decimal", min, ...(max !== undefined ? { max } : {}) },
    allowBlank: true,
    prompt: { title, text },
    error: { title, text: sheetText("dv.error", { text }) },
    errorStyle: "stop",
  };
}

const span = (column: number, { first, last }: CriteriaRows) => `${columnLetter(column)}${first}:${columnLetter(column)}${last}`;

export function criteriaValidations(rows: CriteriaRows): DataValidationPlan[] {
  return [
    numberValidation(span(C.level, rows), 1, 9, true),
    listValidation(span(C.kind, rows), KINDS, sheetText("dv.kindEmpty")),
    listValidation(span(C.method, rows), METHODS, sheetText("dv.methodEmpty")),
    ...[C.max, C.step, C.per, C.cap].map((c) => numberValidation(span(c, rows), 0)),
    listValidation(span(C.na, rows), YES_NO),
  ];
}

/** Each rule: the columns it marks, its formula for the first row, and whether it is an error or a warning. */
export function criteriaHighlights(rows: CriteriaRows): ConditionalFormatPlan[] {
  const r = rows.first;
  const at = (c: number) => `$${columnLetter(c)}${r}`;
  const codes = `$${columnLetter(C.code)}$${rows.first}:$${columnLetter(C.code)}$${rows.last}`;
  const methodIs = (...ids: ("levels" | "deduct" | "accumulate")[]) => `OR(${ids.map((id) => `${at(C.method)}=${str(sheetText(`method.${id}`))}`).join(",")})`;
  const rule = (columns: number[], formula: string, style: ConditionalFormatPlan["style"]): ConditionalFormatPlan => ({
    ranges: columns.map((c) => span(c, rows)),
    formula,
    style,
  });
  return [
    rule([C.level], `AND(${at(C.code)}<>"",NOT(ISNUMBER(${at(C.level)})))`, "error"),
    rule([C.level], `AND(ISNUMBER(${at(C.level)}),${at(C.level)}>N($${columnLetter(C.level)}${r - 1})+1)`, "error"),
    rule([C.code], `AND(${at(C.code)}<>"",COUNTIF(${codes},${at(C.code)})>1)`, "error"),
    rule([C.code], `AND(${at(C.code)}="",COUNTA(${at(C.title)}:${at(C.rule)})>0)`, "error"),
    rule([C.max], `AND(ISNUMBER(${at(C.level)}),${at(K.group)}=0,NOT(ISNUMBER(${at(C.max)})),${at(K.kind)}<>${str(GATE_WORD)})`, "error"),
    rule([C.method], `AND(${at(K.group)}=1,${at(C.method)}<>"")`, "error"),
    rule([C.levels], `AND(${methodIs("levels")},${at(C.levels)}="")`, "error"),
    rule([C.per], `AND(${methodIs("deduct", "accumulate")},NOT(ISNUMBER(${at(C.per)})))`, "error"),
    rule([C.max, K.childSum, K.status], `AND(${at(K.group)}=1,ISNUMBER(${at(C.max)}),ABS(${at(C.max)}-${at(K.childSum)})>0.000001)`, "warning"),
  ];
}
