/** Which sheet cell each JSON path of the built template came from, so parser and check findings name a cell. */
import { AWARD_COLUMNS, BAND_COLUMNS, CRITERION_COLUMNS, NOTE_COLUMNS, TIE_COLUMNS } from "./layout";

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

/** JSON field of a criterion → its column (a criterion's own path points at its code). */
const CRITERION_FIELDS: Readonly<Record<string, number>> = {
  "": CRITERION_COLUMNS.code, code: CRITERION_COLUMNS.code, title: CRITERION_COLUMNS.title, kind: CRITERION_COLUMNS.kind,
  max: CRITERION_COLUMNS.max, method: CRITERION_COLUMNS.method, "method.step": CRITERION_COLUMNS.step,
  "method.levels": CRITERION_COLUMNS.levels, "method.per": CRITERION_COLUMNS.per, "method.cap": CRITERION_COLUMNS.cap,
  naAllowed: CRITERION_COLUMNS.na, target: CRITERION_COLUMNS.target, rule: CRITERION_COLUMNS.rule, children: CRITERION_COLUMNS.code,
};
const BAND_FIELDS = { "": BAND_COLUMNS.label, label: BAND_COLUMNS.label, min: BAND_COLUMNS.min, max: BAND_COLUMNS.max, maxExclusive: BAND_COLUMNS.exclusive };
const TIE_FIELDS = { "": TIE_COLUMNS.by, by: TIE_COLUMNS.by, code: TIE_COLUMNS.code };
const AWARD_FIELDS = {
  "": AWARD_COLUMNS.title, id: AWARD_COLUMNS.id, title: AWARD_COLUMNS.title, quota: AWARD_COLUMNS.count, "quota.count": AWARD_COLUMNS.count,
  "quota.percent": AWARD_COLUMNS.percent, "quota.base": AWARD_COLUMNS.base, "quota.rounding": AWARD_COLUMNS.rounding,
  bands: AWARD_COLUMNS.bands, minScore: AWARD_COLUMNS.minScore, previous: AWARD_COLUMNS.previousPeriods,
  "previous.periods": AWARD_COLUMNS.previousPeriods, "previous.bands": AWARD_COLUMNS.previousBands, "previous.awards": AWARD_COLUMNS.previousAwards,
};

export class PathCells {
  private readonly cells = new Map<string, CellRef>();
  constructor(private readonly fallback: CellRef) {}

  set(path: string, row: number, column: number): void {
    this.cells.set(path, { row, column });
  }
  private fields(path: string, row: number, fields: Readonly<Record<string, number>>): void {
    for (const [f, column] of Object.entries(fields)) this.set(f === "" ? path : `${path}.${f}`, row, column);
  }
  criterion(path: string, row: number): void {
    this.fields(path, row, CRITERION_FIELDS);
  }
  band(path: string, row: number): void {
    this.fields(path, row, BAND_FIELDS);
  }
  tie(path: string, row: number): void {
    this.fields(path, row, TIE_FIELDS);
  }
  award(path: string, row: number): void {
    this.fields(path, row, AWARD_FIELDS);
  }
  note(path: string, row: number): void {
    this.set(path, row, NOTE_COLUMNS.text);
  }

  /** The cell of a JSON path ("criteria[0].children[2].method.levels[1].points"): the longest known prefix. */
  find(path: string): CellRef {
    for (let p = path; p !== ""; p = p.replace(/(\[\d+\]|\.?[^.[\]]+)$/, "")) {
      const hit = this.cells.get(p);
      if (hit) return hit;
    }
    return this.fallback;
  }
}
