/** Formats a number for people: vi-VN uses a decimal comma and no grouping below 10 000. */
export function formatNumber(value: number, locale: "vi-VN" | "en-US", maxDecimals = 4): string {
  return numberFormat(locale, maxDecimals, Math.abs(value) >= 10000).format(value);
}

/** Creating an Intl.NumberFormat costs far more than using one: reports of 10,000 units format 60,000 numbers. */
const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: "vi-VN" | "en-US", maxDecimals: number, useGrouping: boolean): Intl.NumberFormat {
  const key = `${locale}|${maxDecimals}|${useGrouping}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals, useGrouping });
    formats.set(key, f);
  }
  return f;
}
