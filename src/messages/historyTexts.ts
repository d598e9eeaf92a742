/** Texts of section "history.": results of earlier periods (Lịch sử) and award rules that look back. vi-VN first, en-US second. */
import { historyImportTexts } from "./historyImportTexts";

export const historyTexts = {
  ...historyImportTexts,
  "sheet.name": { vi: "Lịch sử", en: "Lịch sử" },
  "sheet.title": { vi: "Kết quả các kỳ trước (nhập hoặc nhập từ tệp; kỳ gần nhất ở bên trái)", en: "Results of earlier periods (typed or imported; most recent on the left)" },
  "head.aliases": { vi: "Tên trong các kỳ trước (nếu đổi tên; cách nhau bằng “;”)", en: "Names in earlier periods (if renamed; separated by “;”)" },
  "head.periodLabel": { vi: "Kỳ", en: "Period" },
  "head.periodAgo": { vi: "{back} kỳ trước", en: "{back} {back:period|periods} ago" },
  "head.total": { vi: "Tổng điểm", en: "Total" },
  "head.rank": { vi: "Hạng", en: "Rank" },
  "head.band": { vi: "Xếp loại", en: "Band" },
  "head.award": { vi: "Khen thưởng", en: "Award" },
  "head.prevTotal": { vi: "Tổng điểm kỳ trước", en: "Last period's total" },
  "head.prevRank": { vi: "Hạng kỳ trước", en: "Last period's rank" },
  "head.change": { vi: "Tăng/giảm bậc", en: "Places up/down" },
  "head.rankNow": { vi: "Hạng kỳ này", en: "Rank now" },
  "head.rankChange": { vi: "Tăng (+) / giảm (−) bậc so với kỳ trước", en: "Places up (+) / down (−) since last period" },
  "head.totalNow": { vi: "Tổng điểm kỳ này", en: "Total now" },
  "head.lookBack": { vi: "Đủ {periods} kỳ liền trước cho “{award}”", en: "{periods} earlier {periods:period|periods} met for “{award}”" },
  "head.record": { vi: "Thành tích (dùng khi đồng hạng)", en: "Record (used between equal ranks)" },
  "chart.totalsData": { vi: "Dữ liệu biểu đồ: tổng điểm", en: "Chart data: totals" },
  "chart.ranksData": { vi: "Dữ liệu biểu đồ: hạng", en: "Chart data: ranks" },
  "chart.now": { vi: "Kỳ này", en: "This period" },
  "chart.totalsTitle": { vi: "Tổng điểm qua các kỳ", en: "Totals over the periods" },
  "chart.ranksTitle": { vi: "Thứ hạng qua các kỳ", en: "Ranks over the periods" },
  "note.lookBackShort": {
    vi: "Chưa đủ điều kiện {award}: cần {labels} trong {periods} kỳ liền trước; {back} kỳ trước: {found}.",
    en: "Not eligible for {award}: needs {labels} in each of the {periods} {periods:period|periods} before this one; {back} {back:period|periods} ago: {found}.",
  },
  "check.unknownBand": {
    vi: "Khen thưởng {award}: “{label}” (xếp loại các kỳ trước) không phải mức xếp loại nào của mẫu này. Nếu các năm trước dùng tên khác thì giữ nguyên; nếu gõ nhầm thì sửa cho khớp.",
    en: "Award {award}: “{label}” (earlier periods' band) is none of this template's bands. Keep it if earlier years used another name; otherwise fix the typo.",
  },
  "check.unknownAward": {
    vi: "Khen thưởng {award}: “{label}” (khen thưởng các kỳ trước) không phải hình thức khen thưởng nào của mẫu này. Nếu các năm trước dùng tên khác thì giữ nguyên; nếu gõ nhầm thì sửa cho khớp.",
    en: "Award {award}: “{label}” (earlier periods' award) is none of this template's awards. Keep it if earlier years used another name; otherwise fix the typo.",
  },
  "note.heading": { vi: "Chưa đủ số kỳ liên tục", en: "Earlier periods not met" },
  "note.noResult": { vi: "chưa có kết quả", en: "no result" },
  "cli.filled": { vi: "Trang Lịch sử: kết quả các kỳ {periods}.", en: "Lịch sử sheet: results of periods {periods}." },
  "cli.dropped": {
    vi: "Trang Lịch sử có chỗ cho {slots} kỳ gần nhất: không ghi các kỳ {periods}.",
    en: "The Lịch sử sheet has room for the {slots} most recent periods: periods {periods} are left out.",
  },
  "cli.matchedRenamed": { vi: "“{unit}” kỳ {period} là “{was}” (tên cũ, đã ghi ở trang Lịch sử).", en: "“{unit}” in {period} is “{was}” (earlier name, kept on the Lịch sử sheet)." },
  "cli.rankFilled": { vi: "Kết quả các kỳ trước dùng để xét khen thưởng nhiều kỳ: {periods}.", en: "Earlier periods' results used by the awards that look back: {periods}." },
  "cli.rankDropped": {
    vi: "Chỉ dùng {slots} kỳ gần nhất (như trang Lịch sử của sổ chấm điểm): không dùng các kỳ {periods}.",
    en: "Only the {slots} most recent periods are used (as on the scoring workbook's Lịch sử sheet): periods {periods} are left out.",
  },
  "cli.rankMatchedRenamed": { vi: "“{unit}” kỳ {period} là “{was}” (tên cũ).", en: "“{unit}” in {period} is “{was}” (earlier name)." },
  "cli.rankNoHistory": {
    vi: "Mẫu có khen thưởng xét các kỳ trước ({awards}) nhưng chưa có kết quả các kỳ trước: không đơn vị nào đủ điều kiện đó. Thêm --history <sổ hoặc bảng tổng hợp kỳ trước>.",
    en: "The template has awards that look back ({awards}) but no earlier results were given: no unit meets that condition. Add --history <last period's workbook or summary>.",
  },
  "cli.samePeriod": {
    vi: "Kỳ {period} của các tệp kết quả trước trùng với kỳ đang làm (--period): có thể đã chọn nhầm tệp của kỳ này. Nếu nhầm, hãy chọn lại tệp của các kỳ trước.",
    en: "Period {period} of the earlier results is this period (--period): a file of this period may have been given by mistake. If so, give the earlier periods' files instead.",
  },
  "cli.unmatched": {
    vi: "Kết quả kỳ {period} của “{name}” không khớp đơn vị nào của cụm (đơn vị đã rời cụm?). Nếu đơn vị đã đổi tên, thêm --renamed \"{name}=Tên mới\".",
    en: "The {period} result of “{name}” matches no unit of the cluster (did it leave?). If the unit was renamed, add --renamed \"{name}=New name\".",
  },
  "cli.unmatchedNear": {
    vi: "Kết quả kỳ {period} của “{name}” không khớp đơn vị nào; gần giống “{near}”. Nếu là cùng đơn vị, thêm --renamed \"{name}={near}\".",
    en: "The {period} result of “{name}” matches no unit; it is close to “{near}”. If it is the same unit, add --renamed \"{name}={near}\".",
  },
  "cli.badRenamed": {
    vi: "--renamed \"{text}\": cần dạng \"Tên cũ=Tên mới\", ví dụ --renamed \"Công an tỉnh Hà Tây=Công an tỉnh Hòa Bình\".",
    en: "--renamed \"{text}\": expected \"Old name=New name\", e.g. --renamed \"Công an tỉnh Hà Tây=Công an tỉnh Hòa Bình\".",
  },
  "cli.renamedUnknown": {
    vi: "--renamed \"{text}\": “{unit}” không có trong danh sách đơn vị. Tên mới phải là tên một đơn vị của cụm kỳ này.",
    en: "--renamed \"{text}\": “{unit}” is not in the unit list. The new name must be one of this period's units.",
  },
} as const;
