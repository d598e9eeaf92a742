/**
 * The live formulas of the Thiết kế tiêu chí sheet (en-US, Excel 2016 functions). They work from the Cấp column of
 * each prepared row, so a table the user types or re-arranges is summed correctly: helper columns give each row its
 * parent row (the last row above one level up), its kind (own or inherited) and its maximum (declared, or the sum
 * of its children); each group shows the sum of its same-kind children, and the settings the scored total.
 * Children are always below their parent, so every sum only reads rows below it: no circular reference.
 */
import { COMPUTED_COLUMNS as K, CRITERION_COLUMNS as C } from "../../domain/template/design";
import { sheetText } from "../../domain/template/design/words";
import { str } from "../formulas";
import { columnLetter } from "../plan";

const col = (n: number) => `$${columnLetter(n)}`;
const cell = (n: number, r: number) => `${col(n)}${r}`;
/** An absolute-row range of one column from `from` to the last prepared row: $P13:$P$60. */
const below = (n: number, from: number, last: number) => `${col(n)}${from}:${col(n)}$${last}`;

export const SCORED_WORD = sheetText("kind.scored");
export const GATE_WORD = sheetText("kind.gate");
export const OK_WORD = sheetText("status.ok");
export const MISMATCH_WORD = sheetText("status.mismatch");
const EPS = "0.000001";

/** Rows first…last of the criteria table. */
export interface CriteriaRows {
  readonly first: number;
  readonly last: number;
}

export function parentFormula(r: number, { first }: CriteriaRows): string {
  if (r === first) return "0";
  const levels = `${col(C.level)}$${first}:${cell(C.level, r - 1)}`;
  const rows = `ROW(${levels})`;
  return `IF(ISNUMBER(${cell(C.level, r)}),IF(${cell(C.level, r)}<=1,0,SUMPRODUCT(MAX(ISNUMBER(${levels})*(${levels}=${cell(C.level, r)}-1)*${rows}))),0)`;
}

export function kindFormula(r: number, { first }: CriteriaRows): string {
  const own = cell(C.kind, r);
  if (r === first) return `IF(${own}<>"",${own},${str(SCORED_WORD)})`;
  const parentKind = `INDEX(${col(K.kind)}$${first}:${cell(K.kind, r - 1)},${cell(K.parent, r)}-ROW(${col(K.kind)}$${first})+1)`;
  return `IF(${own}<>"",${own},IF(${cell(K.parent, r)}=0,${str(SCORED_WORD)},${parentKind}))`;
}

export function isGroupFormula(r: number, { last }: CriteriaRows): string {
  return r >= last ? "0" : `IF(COUNTIF(${below(K.parent, r + 1, last)},ROW())>0,1,0)`;
}

export function childSumFormula(r: number, { last }: CriteriaRows): string {
  if (r >= last) return '""';
  const sum = `SUMPRODUCT((${below(K.parent, r + 1, last)}=ROW())*(${below(K.kind, r + 1, last)}=${cell(K.kind, r)})*${below(K.max, r + 1, last)})`;
  return `IF(${cell(K.group, r)}=1,${sum},"")`;
}

export function maxFormula(r: number): string {
  const declared = cell(C.max, r);
  return `IF(ISNUMBER(${cell(C.level, r)}),IF(ISNUMBER(${declared}),${declared},IF(${cell(K.group, r)}=1,${cell(K.childSum, r)},0)),0)`;
}

export function statusFormula(r: number): string {
  const max = cell(C.max, r);
  return `IF(AND(${cell(K.group, r)}=1,ISNUMBER(${max})),IF(ABS(${max}-${cell(K.childSum, r)})<${EPS},${str(OK_WORD)},${str(MISMATCH_WORD)}),"")`;
}

/** The scored top-level groups' maxima added up (compared with the scale in the settings). */
export function scoredTotalFormula({ first, last }: CriteriaRows): string {
  const range = (n: number) => `${col(n)}$${first}:${col(n)}$${last}`;
  return `SUMPRODUCT((${range(K.parent)}=0)*ISNUMBER(${range(C.level)})*(${range(K.kind)}=${str(SCORED_WORD)})*${range(K.max)})`;
}

export function totalStatusFormula(sum: string, scale: string): string {
  return `IF(ABS(${sum}-${scale})<${EPS},${str(OK_WORD)},${str(MISMATCH_WORD)})`;
}
