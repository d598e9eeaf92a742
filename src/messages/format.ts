/** Formats a number for people: vi-VN uses a decimal comma and no grouping below 10 000. */
export function formatNumber(value: number, locale: "vi-VN" | "en-US", maxDecimals = 4): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals, useGrouping: Math.abs(value) >= 10000 }).format(value);
}
