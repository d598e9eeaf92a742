/** Minimal types for fast-formula-parser 1.0.x (MIT), as the preview engine uses it. */
declare module "fast-formula-parser" {
  export interface CellRef {
    sheet: string;
    row: number;
    col: number;
  }
  export interface RangeRef {
    sheet: string;
    from: { row: number; col: number };
    to: { row: number; col: number };
  }
  export interface FunctionArg {
    value: unknown;
    isArray?: boolean;
    isCellRef?: boolean;
    isRangeRef?: boolean;
    omitted?: boolean;
  }
  export interface FormulaParserConfig {
    functions?: Record<string, (...args: FunctionArg[]) => unknown>;
    onCell?: (ref: CellRef) => unknown;
    onRange?: (ref: RangeRef) => unknown[][];
    onVariable?: (name: string, sheet: string, position: { sheet: string; row: number; col: number }) => CellRef | RangeRef | null;
  }
  export class FormulaError extends Error {
    constructor(error: string, msg?: string, details?: unknown);
    readonly error: string;
    static readonly DIV0: FormulaError;
    static readonly NA: FormulaError;
    static readonly NAME: FormulaError;
    static readonly NULL: FormulaError;
    static readonly NUM: FormulaError;
    static readonly REF: FormulaError;
    static readonly VALUE: FormulaError;
  }
  export default class FormulaParser {
    constructor(config?: FormulaParserConfig);
    parse(formula: string, position: { sheet: string; row: number; col: number }, allowReturnArray?: boolean): unknown;
    static readonly FormulaError: typeof FormulaError;
  }
}

declare module "fast-formula-parser/formulas/operators" {
  export const Infix: {
    compareOp: (v1: unknown, infix: string, v2: unknown, isArray1: boolean, isArray2: boolean) => unknown;
    concatOp: (v1: unknown, infix: string, v2: unknown, isArray1: boolean, isArray2: boolean) => unknown;
  };
}
