/**
 * The period as the biên bản writes it: "2025" or "Năm 2025" give "năm 2025" (never "năm Năm 2025"), a
 * mid-year period ("6 tháng đầu năm 2025") is written as typed; a mid-year period makes the meeting a
 * sơ kết, a year a tổng kết; the next head and deputy serve the year after the period's year.
 */
const YEAR_ONLY = /^\d{4}$/;
const STARTS_WITH_YEAR_WORD = /^năm\s+/iu;
const MID_YEAR = /(6|sáu)\s+tháng|sơ\s+kết|quý|giữa\s+năm/iu;

export function periodPhrase(period: string): string {
  const p = period.trim().normalize("NFC");
  if (p === "") return "";
  if (YEAR_ONLY.test(p)) return `năm ${p}`;
  if (STARTS_WITH_YEAR_WORD.test(p)) return p.replace(STARTS_WITH_YEAR_WORD, "năm ");
  return p.charAt(0).toLocaleLowerCase("vi-VN") + p.slice(1);
}

export function isMidYear(period: string): boolean {
  return MID_YEAR.test(period.normalize("NFC"));
}

/** The year after the period's last 4-digit year ("2025", "Năm 2025" → "2026"), else "tới" (next). */
export function nextYear(period: string): string {
  const years = period.match(/\d{4}/g);
  return years ? String(Number(years[years.length - 1]) + 1) : "tới";
}
