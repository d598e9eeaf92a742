/**
 * How the grid shows a cell value for its number format, close to Excel's: "0", "0.0", "0.00" (fixed
 * decimals), "#,##0…" (thousands separators), "0%"/"0.0%", "@" (text) and General (up to 10 significant
 * digits), each with quoted texts around it ('General" lần"' shows 12 as "12 lần"). Booleans show as TRUE/FALSE,
 * errors as their code. Dates and other formats show as General.
 */
export function formatValue(value: string | number | boolean, numberFormat: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const { before, core, after } = quotedTexts((numberFormat ?? "General").trim());
  return before + formatNumber(value, core) + after;
}

/** A format's quoted texts around its number part, as Excel shows them: 'General" lần"' → "", "General", " lần". */
function quotedTexts(fmt: string): { before: string; core: string; after: string } {
  const m = /^((?:"[^"]*")*)(.*?)((?:"[^"]*")*)$/.exec(fmt)!;
  const unquote = (s: string) => s.replace(/"/g, "");
  return { before: unquote(m[1]!), core: m[2]!.trim() || "General", after: unquote(m[3]!) };
}

function formatNumber(value: number, fmt: string): string {
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(fmt);
  if (m) {
    const decimals = m[2]?.length ?? 0;
    const x = m[3] ? value * 100 : value;
    const text = new Intl.NumberFormat("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: !!m[1] }).format(x);
    return `${text === "-0" ? "0" : text}${m[3] ?? ""}`;
  }
  return general(value);
}

/** Excel's General format in a normal-width column: integers in full, others to 10 significant digits. */
export function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  if (n !== 0 && (Math.abs(n) >= 1e11 || Math.abs(n) < 1e-9)) return n.toExponential(5).replace(/\.?0+e/, "e").toUpperCase().replace(/E([+-])(\d)$/, "E$10$2");
  return String(Number(n.toPrecision(10)));
}

/** What the formula bar and F2 show for a cell: the formula, or the value as it would be typed. */
export function rawInput(cell: { formula: string | null; value: string | number | boolean } | undefined): string {
  if (!cell) return "";
  if (cell.formula) return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  if (typeof cell.value === "boolean") return cell.value ? "TRUE" : "FALSE";
  return String(cell.value);
}
