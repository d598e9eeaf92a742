/**
 * The visible sheet "Điểm không còn tiêu chí": every entered score that has no place after a criteria change
 * (criterion removed or now a group, unit no longer listed), one row each with its unit, old code, old title,
 * old maximum, both scores exactly as typed (text stays text), the former cell and the reason. Plain values,
 * no formula, not protected: nothing points at the old sheets, so it stays readable, and the user may copy from it.
 */
import type { OrphanReason, ScoreFate } from "../../domain/template/change/scoreFates";
import type { RawValue } from "../../domain/scoring/entryValue";
import { message, render, type Params } from "../../messages/message";
import type { changeTexts } from "../../messages/changeTexts";
import type { SheetPlan } from "../plan";
import { SheetBuilder } from "../sheetBuilder";
import { WORKBOOK_LOCALE } from "../text";

type Orphan = Extract<ScoreFate, { status: "orphaned" }>;

const text = (id: keyof typeof changeTexts, params: Params = {}) => render(message(`change.${id}`, params), WORKBOOK_LOCALE);

export const ORPHAN_SHEET_BASE = text("sheet.orphans");

const HEADS = ["unit", "code", "title", "max", "self", "cluster", "cell", "reason"] as const;
const WIDTHS = [28, 10, 40, 10, 10, 10, 18, 36];
/** The first row of orphans (row 1: the title line, row 2: the headers). */
export const ORPHAN_FIRST_ROW = 3;

export const reasonText = (reason: OrphanReason): string => text(`reason.${reason}`);

const cellValue = (v: RawValue): string | number | null => (v === undefined || v === null ? null : typeof v === "boolean" ? String(v).toUpperCase() : v);

/** "Chấm điểm!D8 / E8": the cells the scores were in (those of the entry that held a score). */
function formerCells(o: Orphan): string {
  const w = o.entry.where;
  const cells = [o.entry.self !== undefined ? w?.self : undefined, o.entry.cluster !== undefined ? w?.cluster : undefined].filter((l) => l?.cell !== undefined);
  return cells.length === 0 ? "" : `${cells[0]!.sheet ?? ""}!${cells.map((l) => l!.cell).join(" / ")}`;
}

const two = (n: number) => String(n).padStart(2, "0");
/** "05/12/2026 14:30", in the local time of the computer that makes the change. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The sheet plan; `at` (ISO time) is named in the title line, in local time. */
export function orphanSheetPlan(name: string, orphans: readonly Orphan[], at: string): SheetPlan {
  const b = new SheetBuilder(name);
  b.label(1, 1, text("orphans.title", { at: localTime(at) }), { bold: true });
  HEADS.forEach((h, i) => {
    b.header(i + 1, 2, text(`orphans.head.${h}`));
    b.width(i + 1, WIDTHS[i]!);
  });
  orphans.forEach((o, i) => {
    const row = ORPHAN_FIRST_ROW + i;
    const values = [
      o.entry.unit,
      o.old?.code ?? o.entry.criterion,
      o.old?.title ?? "",
      o.old?.max ?? null,
      cellValue(o.entry.self),
      cellValue(o.entry.cluster),
      formerCells(o),
      reasonText(o.reason),
    ];
    values.forEach((v, c) => b.label(c + 1, row, v));
  });
  b.freeze = { rows: 2, columns: 0 };
  return { ...b.build(), protection: { protect: false } };
}
