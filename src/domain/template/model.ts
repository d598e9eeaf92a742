import type { AwardRule, Band, CriterionInput, Kind, Method, TemplateInput, TieBreak } from "./schema";

/** A criterion after parsing: kind, method and step resolved, position known. */
export interface Criterion {
  readonly code: string;
  /** identityKey(code): what entries are matched on. */
  readonly key: string;
  readonly title: string;
  readonly kind: Kind;
  /** Points available (for bonus/penalty items: the most they can add/deduct; gates: 0). */
  readonly max: number;
  /** Leaves only. */
  readonly method: Method | null;
  /** Manual leaves: the step entries must follow. */
  readonly step: number | null;
  readonly target?: string | undefined;
  readonly rule?: string | undefined;
  readonly naAllowed: boolean;
  readonly children: readonly Criterion[];
  readonly parentCode: string | null;
  readonly depth: number;
  /** JSON path in the template file, for messages ("criteria[0].children[2]"). */
  readonly path: string;
  /** Whether `max` was given in the file (groups may omit it: the sum of their children). */
  readonly maxDeclared: boolean;
}

export interface Template {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly organisation?: string | undefined;
  readonly source?: TemplateInput["source"];
  readonly total: number;
  readonly precision: number;
  readonly step: number | null;
  readonly bonusCap: number | null;
  readonly penaltyCap: number | null;
  readonly selfClusterGap: number | null;
  readonly rankBy: "total" | "percentOfOwnMax";
  readonly gateEffect: "ineligible" | "unclassified";
  readonly bands: readonly Band[];
  readonly bandGap: "lowerBand" | "unclassified";
  readonly tieBreak: readonly TieBreak[];
  readonly awards: readonly AwardRule[];
  readonly criteria: readonly Criterion[];
  readonly notes: readonly string[];
  /** All leaves in document order (what units are scored on). */
  readonly leaves: readonly Criterion[];
  /** Every criterion by identity key (first one wins if codes repeat; checks report repeats). */
  readonly byKey: ReadonlyMap<string, Criterion>;
  /** The file as parsed (kept so a workbook can store it and re-validate later). */
  readonly input: TemplateInput;
}

export type { AwardRule, Band, CriterionInput, Kind, Method, TieBreak };
