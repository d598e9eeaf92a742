/**
 * The ThiDua template format, version 1 (see docs/template-format.md).
 * A template is cluster-independent: the criteria tree, the points scale and the rules
 * (caps, bands, tie-breaks, awards). Units and scores are supplied separately.
 */
import { z } from "zod";
import { MAX_LOOK_BACK } from "../history/types";

export const TEMPLATE_FORMAT = "thidua-template";
export const TEMPLATE_FORMAT_VERSION = 1;

const code = z.string().trim().min(1);
const points = z.number().finite();
const positive = z.number().finite().positive();

/** How the entry typed for a leaf criterion becomes points. */
export const methodSchema = z.discriminatedUnion("type", [
  /** Points typed directly: 0…max in multiples of `step` (template step if absent). */
  z.object({ type: z.literal("manual"), step: positive.optional() }).strict(),
  /** "Đạt" → max, "Không đạt" → 0. */
  z.object({ type: z.literal("passFail") }).strict(),
  /** Pick exactly one tier; the entry is the tier's points. Tiers are mutually exclusive, never summed. */
  z
    .object({
      type: z.literal("levels"),
      levels: z.array(z.object({ points, label: z.string().min(1) }).strict()).min(2),
    })
    .strict(),
  /**
   * The entry is a count of occurrences. amount = min(cap, count × per).
   * mode "deductFromMax" (scored items: max − amount), "accumulate" (min(max, amount); bonus/penalty items).
   */
  z
    .object({
      type: z.literal("perCount"),
      per: positive,
      cap: positive.optional(),
      mode: z.enum(["deductFromMax", "accumulate"]),
    })
    .strict(),
  /** The entry is the % of target achieved (80 = 80 %). points = min(max, max × pct / 100). */
  z.object({ type: z.literal("ratio") }).strict(),
  /**
   * Công an rule, relative to the cluster's best. The entry is the % of target achieved.
   * missed: ½M × pct/100; met: ½M; best over-achiever: M; otherwise ½M + (pct−100)/(best−100) × ½M.
   */
  z.object({ type: z.literal("relativeToBest") }).strict(),
]);

export const kindSchema = z.enum(["scored", "bonus", "penalty", "gate"]);

export interface CriterionInput {
  code: string;
  title: string;
  max?: number | undefined;
  kind?: z.infer<typeof kindSchema> | undefined;
  method?: z.infer<typeof methodSchema> | undefined;
  target?: string | undefined;
  rule?: string | undefined;
  naAllowed?: boolean | undefined;
  children?: CriterionInput[] | undefined;
}

export const criterionSchema: z.ZodType<CriterionInput> = z.lazy(() =>
  z
    .object({
      code,
      title: z.string().trim().min(1),
      max: z.number().finite().nonnegative().optional(),
      kind: kindSchema.optional(),
      method: methodSchema.optional(),
      target: z.string().optional(),
      rule: z.string().optional(),
      naAllowed: z.boolean().optional(),
      children: z.array(criterionSchema).min(1).optional(),
    })
    .strict(),
);

export const bandSchema = z
  .object({
    label: z.string().trim().min(1),
    /** Inclusive lower bound. */
    min: points,
    /** Upper bound as published (inclusive unless maxExclusive); absent = no upper bound. */
    max: points.optional(),
    maxExclusive: z.boolean().optional(),
  })
  .strict();

export const tieBreakSchema = z.discriminatedUnion("by", [
  /** Higher final score of a group (or any criterion) ranks higher. */
  z.object({ by: z.literal("criterion"), code }).strict(),
  /** Smaller (capped) deductions rank higher. */
  z.object({ by: z.literal("penalty") }).strict(),
  /** Larger (capped) bonus ranks higher. */
  z.object({ by: z.literal("bonus") }).strict(),
  /** Higher self-scored total ranks higher. */
  z.object({ by: z.literal("selfTotal") }).strict(),
]);

export const awardRuleSchema = z
  .object({
    id: code,
    title: z.string().trim().min(1),
    /** At most `count` units, or at most `percent` % of `base` units (rounded down unless `rounding` says up). */
    quota: z
      .object({
        count: z.number().int().nonnegative().optional(),
        percent: z.number().positive().max(100).optional(),
        base: z.enum(["units", "eligible"]).optional(),
        rounding: z.enum(["floor", "round", "ceil"]).optional(),
      })
      .strict()
      .refine((q) => (q.count === undefined) !== (q.percent === undefined), {
        message: "quota: count or percent, exactly one",
      }),
    /** Minimum ranking value (total, or % of own maximum) to qualify. */
    minScore: points.optional(),
    /** Labels of the bands that qualify (absent = any band). */
    bands: z.array(z.string().min(1)).optional(),
    /**
     * Look-back: in each of the `periods` periods just before this one (consecutive), the unit's band was one of
     * `bands`, or its award one of `awards` (exactly one of the two). Texts compare as Excel's TRIM(cell)="text" does.
     */
    previous: z
      .object({
        periods: z.number().int().min(1).max(MAX_LOOK_BACK),
        bands: z.array(z.string().trim().min(1)).min(1).optional(),
        awards: z.array(z.string().trim().min(1)).min(1).optional(),
      })
      .strict()
      .refine((p) => (p.bands === undefined) !== (p.awards === undefined), { message: "previous: bands or awards, exactly one" })
      .optional(),
  })
  .strict();

export const templateSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT),
    formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id: lowercase letters, digits and hyphens"),
    version: z.string().min(1),
    title: z.string().trim().min(1),
    organisation: z.string().optional(),
    source: z
      .object({ url: z.string().optional(), date: z.string().optional(), note: z.string().optional() })
      .strict()
      .optional(),
    /** Nominal maximum of the scored criteria (e.g. 100, 1000). */
    total: positive,
    /** Decimals kept in totals; totals are rounded to it before ranking. */
    precision: z.number().int().min(0).max(4),
    /** Default step for manual points. */
    step: positive.optional(),
    /** Cap on the sum of bonus points; null = uncapped (totals may exceed `total`). */
    bonusCap: z.number().nonnegative().nullable(),
    /** Cap on the sum of deductions; null = uncapped. */
    penaltyCap: z.number().nonnegative().nullable(),
    /** Allowed absolute gap between self and cluster score on one criterion; null = not checked. */
    selfClusterGap: z.number().nonnegative().nullable().optional(),
    /** "total": rank by total; "percentOfOwnMax": by total as % of the unit's own maximum (N/A items excluded). */
    rankBy: z.enum(["total", "percentOfOwnMax"]).optional(),
    /** What a failed gate does: the unit is not eligible for awards, or is also left unclassified. */
    gateEffect: z.enum(["ineligible", "unclassified"]).optional(),
    bands: z.array(bandSchema),
    /** A score between two published bands: classify in the lower band, or leave unclassified. */
    bandGap: z.enum(["lowerBand", "unclassified"]).optional(),
    tieBreak: z.array(tieBreakSchema),
    awards: z.array(awardRuleSchema),
    criteria: z.array(criterionSchema).min(1),
    notes: z.array(z.string()).optional(),
  })
  .strict();

export type TemplateInput = z.infer<typeof templateSchema>;
export type Method = z.infer<typeof methodSchema>;
export type Kind = z.infer<typeof kindSchema>;
export type Band = z.infer<typeof bandSchema>;
export type TieBreak = z.infer<typeof tieBreakSchema>;
export type AwardRule = z.infer<typeof awardRuleSchema>;
export type LookBack = NonNullable<AwardRule["previous"]>;
