/** Texts of section "history.": results of earlier periods (Lịch sử) and award rules that look back. vi-VN first, en-US second. */
export const historyTexts = {
  "sheet.name": { vi: "Lịch sử", en: "Lịch sử" },
  "sheet.title": { vi: "Kết quả các kỳ trước (nhập hoặc nhập từ tệp; kỳ gần nhất ở bên trái)", en: "Results of earlier periods (typed or imported; most recent on the left)" },
  "head.aliases": { vi: "Tên trong các kỳ trước (nếu đổi tên; cách nhau bằng “;”)", en: "Names in earlier periods (if renamed; separated by “;”)" },
  "head.periodLabel": { vi: "Kỳ", en: "Period" },
  "head.periodAgo": { vi: "{back} kỳ trước", en: "{back} {back:period|periods} ago" },
  "head.total": { vi: "Tổng điểm", en: "Total" },
  "head.rank": { vi: "Hạng", en: "Rank" },
  "head.band": { vi: "Xếp loại", en: "Band" },
  "head.award": { vi: "Khen thưởng", en: "Award" },
  "head.rankNow": { vi: "Hạng kỳ này", en: "Rank now" },
  "head.rankChange": { vi: "Tăng (+) / giảm (−) bậc so với kỳ trước", en: "Places up (+) / down (−) since last period" },
  "head.totalNow": { vi: "Tổng điểm kỳ này", en: "Total now" },
  "head.lookBack": { vi: "Đủ {periods} kỳ liền trước cho “{award}”", en: "{periods} earlier {periods:period|periods} met for “{award}”" },
  "head.record": { vi: "Thành tích (dùng khi đồng hạng)", en: "Record (used between equal ranks)" },
  "note.lookBackShort": {
    vi: "Chưa đủ điều kiện {award}: cần {labels} trong {periods} kỳ liền trước; {back} kỳ trước: {found}.",
    en: "Not eligible for {award}: needs {labels} in each of the {periods} {periods:period|periods} before this one; {back} {back:period|periods} ago: {found}.",
  },
  "note.noResult": { vi: "chưa có kết quả", en: "no result" },
} as const;
