/**
 * A cheap fingerprint of the cells a result was computed from: a 53-bit hash (cyrb53) over their values,
 * each tagged with its type and position, so that "8,5" (text) and 8.5 (number), or a value moved to
 * another cell, give different fingerprints. Pure; not a security hash.
 */
export type FingerprintValue = string | number | boolean | null | undefined;

/** Accumulates values in order; `digest()` gives the fingerprint text. */
export class FingerprintBuilder {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  /** Adds one value (its type tag, then its text) followed by a separator no value text can fake. */
  add(v: FingerprintValue): this {
    const tagged = v === null || v === undefined ? "z" : typeof v === "string" ? `s${v}` : typeof v === "number" ? `n${Object.is(v, -0) ? 0 : v}` : `b${v ? 1 : 0}`;
    this.text(tagged);
    this.text("\u0000");
    return this;
  }

  /** Adds every value of a grid, row by row (rows end with their own separator). */
  addGrid(rows: readonly (readonly FingerprintValue[])[]): this {
    for (const row of rows) {
      for (const v of row) this.add(v);
      this.text("\u0001");
    }
    return this;
  }

  digest(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return n.toString(36).padStart(11, "0");
  }

  private text(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      this.h1 = Math.imul(this.h1 ^ c, 2654435761);
      this.h2 = Math.imul(this.h2 ^ c, 1597334677);
    }
  }
}

/** The fingerprint of a list of values. */
export function fingerprintOf(values: Iterable<FingerprintValue>): string {
  const b = new FingerprintBuilder();
  for (const v of values) b.add(v);
  return b.digest();
}
