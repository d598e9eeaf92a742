/**
 * Plain-text tables for terminals: columns padded by visible width, numbers right-aligned. Cells are
 * written in the newer tone-mark style ("Hòa", "Thủy"), one style per table whatever was typed.
 */
import { applyToneStyle } from "../../domain/text/toneStyle";

export type Align = "left" | "right";

export interface Column {
  readonly header: string;
  readonly align?: Align;
  /** Longer cells are cut with "…". */
  readonly maxWidth?: number;
}

/** Visible width: code points, not counting combining marks (decomposed Vietnamese letters). */
export function width(s: string): number {
  let n = 0;
  for (const ch of s.normalize("NFC")) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

function cut(s: string, max: number | undefined): string {
  const c = applyToneStyle(s, "new");
  if (max === undefined || width(c) <= max) return c;
  return [...c].slice(0, Math.max(1, max - 1)).join("") + "…";
}

function pad(s: string, w: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, w - width(s)));
  return align === "right" ? fill + s : s + fill;
}

/** Renders the table as lines: header, a rule, then the rows. Cells are joined with " | ". */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((r) => columns.map((c, i) => cut(r[i] ?? "", c.maxWidth)));
  const widths = columns.map((c, i) => Math.max(width(c.header), ...cells.map((r) => width(r[i]!))));
  const line = (r: readonly string[], header: boolean) =>
    r.map((s, i) => pad(s, widths[i]!, header ? "left" : (columns[i]!.align ?? "left"))).join(" | ").trimEnd();
  return [line(columns.map((c) => c.header), true), widths.map((w) => "-".repeat(w)).join("-+-"), ...cells.map((r) => line(r, false))];
}
