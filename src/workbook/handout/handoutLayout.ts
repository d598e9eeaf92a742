/**
 * Where everything sits in a self-scoring handout file (docs/self-scoring.md). Shared by the plan
 * builder and the reader (src/xlsx/readHandoutFile.ts). The reader finds criteria by their code in
 * column A, not by row; these positions are where the builder puts them.
 */
import { message, render } from "../../messages/message";
import type { handoutTexts } from "../../messages/handoutTexts";
import type { Params } from "../../messages/message";
import { WORKBOOK_LOCALE } from "../text";

export type HandoutTextId = keyof typeof handoutTexts;

/** A handout text in the workbook's language (Vietnamese, like the cluster workbook). */
export function ht(id: HandoutTextId, params: Params = {}): string {
  return render(message(`handout.${id}`, params), WORKBOOK_LOCALE);
}

export const HANDOUT_SHEET = {
  /** The visible sheet the unit fills. */
  main: ht("sheet.main"),
  /** Hidden: format, template, unit, file id (key in A, value in B). */
  meta: "_ThiDuaTuCham",
} as const;

/** Columns of the visible sheet. */
export const HANDOUT_COL = {
  code: 1,
  title: 2,
  kind: 3,
  method: 4,
  max: 5,
  self: 6,
  note: 7,
  points: 8,
} as const;

/** Header row; criteria start on the row below (tree order, groups included). */
export const HANDOUT_HEADER_ROW = 5;
export const HANDOUT_FIRST_ROW = 6;

/** Keys of the meta sheet (column A), in the order written. */
export const HANDOUT_META_KEYS = [
  "format",
  "formatVersion",
  "templateId",
  "templateVersion",
  "templateHash",
  "clusterName",
  "period",
  "unitName",
  "unitKey",
  "fileId",
  "generatedAt",
  "firstRow",
  "criteriaCount",
] as const;
export type HandoutMetaKey = (typeof HANDOUT_META_KEYS)[number];
