/**
 * Rounding that agrees with Excel's ROUND (half away from zero, decimal-correct):
 * ROUND(2.675, 2) = 2.68 in Excel although 2.675 is 2.67499999… in binary.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const abs = Math.abs(value);
  // Round via the shortest decimal representation (what Excel shows), not the binary expansion.
  const shifted = Number(`${toPlain(abs)}e${decimals}`);
  const result = Number(`${Math.round(shifted)}e-${decimals}`);
  return result === 0 ? 0 : sign * result;
}

/** Plain decimal string for a finite non-negative number (no exponent), 15 significant digits like Excel. */
function toPlain(x: number): string {
  const p = Number(x.toPrecision(15));
  const s = String(p);
  if (!/e/i.test(s)) return s;
  return p.toFixed(20).replace(/\.?0+$/, "");
}

/** True when value is a whole multiple of step (to 1e-9 relative tolerance). */
export function isMultipleOf(value: number, step: number): boolean {
  const q = value / step;
  return Math.abs(q - Math.round(q)) < 1e-9 * Math.max(1, Math.abs(q));
}
