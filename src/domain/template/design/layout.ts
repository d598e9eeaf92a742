/**
 * Where things are on the Thiết kế tiêu chí sheet: the general settings (label in C, value in D), the criteria
 * table (one row per criterion, columns below) and the blocks under it (bands, tie-break chain, awards, notes).
 * The reader finds the settings by their labels and each block by its title in column A, so rows inserted
 * by the user move nothing out of reach.
 */
import { sheetText } from "./words";

export const DESIGN_SHEET = sheetText("name");

export const CRITERION_COLUMNS = {
  level: 1, code: 2, title: 3, kind: 4, method: 5, max: 6, step: 7, levels: 8, per: 9, cap: 10, na: 11, target: 12, rule: 13,
} as const;
/** Computed columns right of the inputs: the live sums and the helpers they need. */
export const COMPUTED_COLUMNS = { childSum: 14, status: 15, parent: 16, kind: 17, max: 18, group: 19 } as const;
export const BAND_COLUMNS = { label: 3, min: 4, max: 5, exclusive: 6 } as const;
export const TIE_COLUMNS = { by: 3, code: 4 } as const;
export const AWARD_COLUMNS = { id: 2, title: 3, count: 4, percent: 5, base: 6, rounding: 7, bands: 8, minScore: 9, previousPeriods: 10, previousBands: 11, previousAwards: 12 } as const;
export const NOTE_COLUMNS = { text: 3 } as const;

export type CriterionField = keyof typeof CRITERION_COLUMNS;
export type BandField = keyof typeof BAND_COLUMNS;
export type TieField = keyof typeof TIE_COLUMNS;
export type AwardField = keyof typeof AWARD_COLUMNS;
export type NoteField = keyof typeof NOTE_COLUMNS;

export const SETTING_KEYS = [
  "id", "version", "title", "organisation", "sourceUrl", "sourceDate", "sourceNote", "total", "precision", "step",
  "bonusCap", "penaltyCap", "selfClusterGap", "rankBy", "gateEffect", "bandGap",
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];
export const SETTING_LABEL_COLUMN = 3;
export const SETTING_VALUE_COLUMN = 4;

export type BlockName = "criteria" | "bands" | "tieBreak" | "awards" | "notes";
/** Block titles, in column A, in this order under the settings. */
export const BLOCK_ORDER: readonly BlockName[] = ["criteria", "bands", "tieBreak", "awards", "notes"];
export const blockTitle = (b: BlockName): string => sheetText(`block.${b}`);
export const settingLabel = (k: SettingKey): string => sheetText(`setting.${k}`);

export const TITLE_ROW = 1;
export const HINT_ROW = 2;
export const SETTINGS_TITLE_ROW = 3;
export const FIRST_SETTING_ROW = 4;

/** How many empty rows each block gets for the user to type into. */
export interface SpareRows {
  readonly criteria: number;
  readonly blocks: number;
}
export const DEFAULT_SPARE: SpareRows = { criteria: 30, blocks: 4 };

/** "Thiết kế tiêu chí!F12": how findings name a cell. */
export function cellName(row: number, column: number): string {
  let letters = "";
  for (let x = column; x > 0; x = Math.floor((x - 1) / 26)) letters = String.fromCharCode(65 + ((x - 1) % 26)) + letters;
  return `${DESIGN_SHEET}!${letters}${row}`;
}
