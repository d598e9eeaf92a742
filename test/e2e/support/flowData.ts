/**
 * The scores a new user types in the browser flow (cluster column, template blank-100, four units), with
 * the two wrong entries the issue asks for: "120" over a maximum of 20 and "8,5" typed as text. C and D end
 * on the same total and are separated by the first tie-break (criterion I). Expected results are never
 * written here: the tests compute them with the domain's evaluateCluster from these same entries.
 */
import type { EntryInput, UnitInput } from "../../../src/domain/scoring/input";

export const FLOW_TEMPLATE_ID = "blank-100";
export const FLOW_UNITS = ["Hội CCB tỉnh A", "Hội CCB tỉnh B", "Hội CCB tỉnh C", "Hội CCB tỉnh D"] as const;
export const FLOW_CLUSTER = { name: "Cụm thi đua số 3", period: "2025" } as const;

export interface TypedScore {
  readonly unit: string;
  readonly criterion: string;
  /** Exactly what the user types into the cell. */
  readonly text: string;
}

const PASS = "Đạt";
/** Per unit, the criteria in sheet order and what is typed (an empty string: left blank). */
const CODES = ["I.1", "I.2", "I.3", "II.1", "II.2", "III.1", "III.2", "C.1", "DK.1"] as const;
const TYPED_BY_UNIT: Record<(typeof FLOW_UNITS)[number], readonly string[]> = {
  "Hội CCB tỉnh A": ["120", "18", "19", "14", PASS, PASS, "0", "1", PASS],
  "Hội CCB tỉnh B": ["8,5", "17", "17", "13", PASS, PASS, "2", "", PASS],
  "Hội CCB tỉnh C": ["19", "18", "18", "13", PASS, PASS, "1", "", PASS],
  "Hội CCB tỉnh D": ["18", "18", "18", "14", PASS, PASS, "1", "", PASS],
};

export const TYPED_SCORES: readonly TypedScore[] = FLOW_UNITS.flatMap((unit) =>
  CODES.flatMap((criterion, i) => {
    const text = TYPED_BY_UNIT[unit][i]!;
    return text === "" ? [] : [{ unit, criterion, text }];
  }),
);

/** "120" over I.1's maximum of 20: corrected by typing in the grid. */
export const ABOVE_MAX = { unit: "Hội CCB tỉnh A", criterion: "I.1", text: "120", correction: "18" } as const;
/** "8,5" as text: fixed with the pane's offered fix (the number 8.5), after confirmation. */
export const TEXT_NUMBER = { unit: "Hội CCB tỉnh B", criterion: "I.1", text: "8,5", fixed: 8.5 } as const;

/**
 * Unit A's self-scoring file (Tự chấm), merged through the pane: equal to the cluster's scores, so no
 * self/cluster gap is reported.
 */
export const SELF_SCORES = { unit: "Hội CCB tỉnh A", scores: { "I.2": 18, "I.3": 19, "II.1": 14 } } as const;

/** What en-US Excel stores for a typed text in these tests: digits (with a "." decimal) are numbers, the rest text. */
export function storedValue(text: string): string | number {
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** The domain's entries (cluster scores, and unit A's self scores) after `overrides` (unit|criterion → stored cluster value). */
export function flowEntries(overrides: ReadonlyMap<string, string | number> = new Map()): EntryInput[] {
  const self = (unit: string, criterion: string): number | undefined =>
    unit === SELF_SCORES.unit ? (SELF_SCORES.scores as Readonly<Record<string, number>>)[criterion] : undefined;
  return TYPED_SCORES.map((s) => {
    const selfScore = self(s.unit, s.criterion);
    return {
      unit: s.unit,
      criterion: s.criterion,
      ...(selfScore === undefined ? {} : { self: selfScore }),
      cluster: overrides.get(`${s.unit}|${s.criterion}`) ?? storedValue(s.text),
    };
  });
}

export const key = (unit: string, criterion: string): string => `${unit}|${criterion}`;

export const flowUnits = (): UnitInput[] => FLOW_UNITS.map((name) => ({ name }));
