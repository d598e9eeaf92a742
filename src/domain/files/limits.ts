/**
 * How big a file ThiDua reads (docs/bad-inputs.md). Far above any real cluster's files, low enough that
 * a wrong file (a video, a database dump, a zip bomb) is refused at once instead of filling the memory.
 */
const MB = 1024 * 1024;

export type InputRole = "csv" | "units" | "template" | "meeting" | "workbook" | "handout";

export const MAX_FILE_BYTES: Readonly<Record<InputRole, number>> = {
  csv: 20 * MB,
  units: 5 * MB,
  template: 2 * MB,
  meeting: 1 * MB,
  workbook: 50 * MB,
  handout: 10 * MB,
};

/** An .xlsx unpacks to XML many times its size: beyond this, loading it would exhaust the memory. */
export const MAX_UNPACKED_BYTES = 400 * MB;

/** Excel's own limit is 32 767 characters per cell; a template text may be shown together with others in one cell. */
export const MAX_TEMPLATE_TEXT = 4000;

/** Brackets { [ nested deeper than this in a template or meeting file (a real template needs about 12). */
export const MAX_JSON_DEPTH = 40;

/** Megabytes, one decimal, for messages; rounded up, so a file just over a limit never shows as equal to it. */
export function megabytes(bytes: number): number {
  return Math.ceil((bytes / MB) * 10) / 10;
}
