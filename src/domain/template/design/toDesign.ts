/** templateToDesign: a template (the JSON-shaped input) → the rows of the Thiết kế tiêu chí sheet. */
import type { AwardRule, Band, CriterionInput, Method, TemplateInput, TieBreak } from "../schema";
import {
  AWARD_COLUMNS, BAND_COLUMNS, CRITERION_COLUMNS, DEFAULT_SPARE, FIRST_SETTING_ROW, NOTE_COLUMNS, SETTING_KEYS, TIE_COLUMNS,
  type SettingKey, type SpareRows,
} from "./layout";
import type { CellValue, DesignBlock, DesignRow, DesignSheet, SettingCell } from "./model";
import { BAND_GAP, GATE_EFFECT, KINDS, METHODS, QUOTA_BASE, RANK_BY, ROUNDING, TIE_BY, wordOf, YES_NO, type MethodWord } from "./words";

type Cells<F extends string> = Record<F, CellValue>;

function blankCells<F extends string>(columns: Readonly<Record<F, number>>): Cells<F> {
  return Object.fromEntries(Object.keys(columns).map((k) => [k, null])) as Cells<F>;
}

/** Levels as typed in one cell: "points: label", one per line; points with a decimal comma. */
export function levelsText(levels: readonly { points: number; label: string }[]): string {
  return levels.map((l) => `${String(l.points).replace(".", ",")}: ${l.label}`).join("\n");
}

function methodWord(m: Method): MethodWord {
  if (m.type === "perCount") return m.mode === "deductFromMax" ? "deduct" : "accumulate";
  return m.type;
}

function criterionCells(c: CriterionInput, level: number): Cells<keyof typeof CRITERION_COLUMNS> {
  const m = c.method;
  return {
    level,
    code: c.code,
    title: c.title,
    kind: c.kind ? wordOf(KINDS, c.kind) : null,
    method: m ? wordOf(METHODS, methodWord(m)) : null,
    max: c.max ?? null,
    step: m?.type === "manual" ? (m.step ?? null) : null,
    levels: m?.type === "levels" ? levelsText(m.levels) : null,
    per: m?.type === "perCount" ? m.per : null,
    cap: m?.type === "perCount" ? (m.cap ?? null) : null,
    na: c.naAllowed === undefined ? null : wordOf(YES_NO, c.naAllowed),
    target: c.target ?? null,
    rule: c.rule ?? null,
  };
}

function flatten(nodes: readonly CriterionInput[], level: number): Cells<keyof typeof CRITERION_COLUMNS>[] {
  return nodes.flatMap((c) => [criterionCells(c, level), ...flatten(c.children ?? [], level + 1)]);
}

const bandCells = (b: Band): Cells<keyof typeof BAND_COLUMNS> => ({
  label: b.label,
  min: b.min,
  max: b.max ?? null,
  exclusive: b.maxExclusive === undefined ? null : wordOf(YES_NO, b.maxExclusive),
});

const tieCells = (t: TieBreak): Cells<keyof typeof TIE_COLUMNS> => ({ by: wordOf(TIE_BY, t.by), code: t.by === "criterion" ? t.code : null });

const awardCells = (a: AwardRule): Cells<keyof typeof AWARD_COLUMNS> => ({
  id: a.id,
  title: a.title,
  count: a.quota.count ?? null,
  percent: a.quota.percent ?? null,
  base: a.quota.base ? wordOf(QUOTA_BASE, a.quota.base) : null,
  rounding: a.quota.rounding ? wordOf(ROUNDING, a.quota.rounding) : null,
  bands: a.bands ? a.bands.join("; ") : null,
  minScore: a.minScore ?? null,
  previousPeriods: a.previous?.periods ?? null,
  previousBands: a.previous?.bands ? a.previous.bands.join("; ") : null,
  previousAwards: a.previous?.awards ? a.previous.awards.join("; ") : null,
});

function settingValues(t: TemplateInput): Record<SettingKey, CellValue> {
  return {
    id: t.id,
    version: t.version,
    title: t.title,
    organisation: t.organisation ?? null,
    sourceUrl: t.source?.url ?? null,
    sourceDate: t.source?.date ?? null,
    sourceNote: t.source?.note ?? null,
    total: t.total,
    precision: t.precision,
    step: t.step ?? null,
    bonusCap: t.bonusCap,
    penaltyCap: t.penaltyCap,
    selfClusterGap: t.selfClusterGap ?? null,
    rankBy: t.rankBy ? wordOf(RANK_BY, t.rankBy) : null,
    gateEffect: t.gateEffect ? wordOf(GATE_EFFECT, t.gateEffect) : null,
    bandGap: t.bandGap ? wordOf(BAND_GAP, t.bandGap) : null,
  };
}

/** Places a block at `titleRow`: title, headers, the filled rows, then `spare` empty rows. */
function block<F extends string>(titleRow: number, columns: Readonly<Record<F, number>>, filled: readonly Cells<F>[], spare: number): DesignBlock<F> {
  const rows: DesignRow<F>[] = [...filled, ...Array.from({ length: spare }, () => blankCells(columns))].map((cells, i) => ({
    row: titleRow + 2 + i,
    cells,
  }));
  return { titleRow, headerRow: titleRow + 1, rows };
}

/** The row after a block and the empty row that separates it from the next one. */
const after = (b: DesignBlock<string>) => b.headerRow + b.rows.length + 2;

/** The sheet's rows for a template: every setting, every criterion in tree order, the blocks, and spare rows to type into. */
export function templateToDesign(t: TemplateInput, spare: SpareRows = DEFAULT_SPARE): DesignSheet {
  const values = settingValues(t);
  const settings = Object.fromEntries(
    SETTING_KEYS.map((k, i) => [k, { row: FIRST_SETTING_ROW + i, value: values[k] } satisfies SettingCell]),
  ) as Record<SettingKey, SettingCell>;
  const criteria = block(FIRST_SETTING_ROW + SETTING_KEYS.length + 1, CRITERION_COLUMNS, flatten(t.criteria, 1), spare.criteria);
  const bands = block(after(criteria), BAND_COLUMNS, t.bands.map(bandCells), spare.blocks);
  const tieBreak = block(after(bands), TIE_COLUMNS, t.tieBreak.map(tieCells), spare.blocks);
  const awards = block(after(tieBreak), AWARD_COLUMNS, t.awards.map(awardCells), spare.blocks);
  const notes = block(after(awards), NOTE_COLUMNS, (t.notes ?? []).map((text) => ({ text })), spare.blocks);
  return { settings, criteria, bands, tieBreak, awards, notes };
}
