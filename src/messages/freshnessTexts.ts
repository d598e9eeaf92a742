/** Texts of section "fresh.": Results that know the workbook state they were computed from, and are marked stale when it changes. vi-VN first, en-US second. */
export const freshnessTexts = {
  "stale.title": {
    vi: "Kết quả này tính từ sổ trước khi sửa — Tính lại",
    en: "This result was computed from the workbook before it was changed — Recompute",
  },
  "stale.body": {
    vi: "Sổ tính đã thay đổi sau khi kết quả này được tính (ô điểm, đơn vị, tiêu chí hoặc trang tính). Các nút của kết quả cũ bị tắt cho đến khi bạn bấm \"Tính lại\".",
    en: "The workbook changed after this result was computed (scores, units, criteria or sheets). The old result's buttons are off until you press \"Recompute\".",
  },
  "stale.recompute": { vi: "Tính lại", en: "Recompute" },
  "stale.regionLabel": { vi: "Kết quả cũ (không dùng được)", en: "Old result (out of date)" },
  "export.rereading": { vi: "Đang đọc lại sổ trước khi tạo {file}…", en: "Re-reading the workbook before making {file}…" },
  "export.changed": {
    vi: "Sổ tính đã thay đổi kể từ khi kết quả được hiển thị: ThiDua đã đọc lại sổ và {file} dùng số liệu mới (kết quả trên ngăn đã được cập nhật).",
    en: "The workbook changed since the result was shown: ThiDua read it again and {file} uses the new figures (the result in the pane was updated).",
  },
  rankOtherSet: {
    vi: "Trang “{sheet}” thiếu hoặc có công thức bị ghi đè. ThiDua chỉ dựng lại được trang Xếp hạng của bộ trang tính đầu tiên; với bộ trang “Giữ cả hai”, hãy vào bước Chèn mẫu và chèn lại (chọn Thay thế).",
    en: "Sheet “{sheet}” is missing or some of its formulas were typed over. ThiDua can rebuild only the first set's ranking sheet; for a “keep both” set, go to Chèn mẫu and insert again (choose Replace).",
  },
  "meeting.noSheet": {
    vi: "Sổ này không có trang “{sheet}”: không có chỗ ghi thông tin cuộc họp. Hãy chèn lại mẫu (bước Chèn mẫu) để có trang Tổng hợp.",
    en: "This workbook has no “{sheet}” sheet, so there is nowhere to keep the meeting details. Insert the template again (Chèn mẫu) to get the Tổng hợp sheet.",
  },
  "meeting.unchanged": { vi: "Thông tin cuộc họp trên trang “{sheet}” đã giống hệt: không ghi gì.", en: "The meeting details on “{sheet}” are already the same: nothing written." },
  "meeting.saved": { vi: "Đã ghi {count} ô thông tin cuộc họp vào trang “{sheet}”.", en: "Wrote {count} meeting detail cells to “{sheet}”." },
  "meeting.undoLabel": { vi: "Ghi thông tin cuộc họp", en: "Write the meeting details" },
  "meeting.save": { vi: "Lưu vào sổ", en: "Save to the workbook" },
  "meeting.saving": { vi: "Đang ghi thông tin cuộc họp vào sổ…", en: "Writing the meeting details to the workbook…" },
  "meeting.loading": { vi: "Đang đọc thông tin cuộc họp từ sổ…", en: "Reading the meeting details from the workbook…" },
  "meeting.loaded": { vi: "Đã đọc thông tin cuộc họp đã lưu trên trang Tổng hợp.", en: "Read the meeting details saved on the Tổng hợp sheet." },
  "meeting.unsaved": {
    vi: "Có thông tin chưa lưu vào sổ: bấm \"Lưu vào sổ\" (hoặc tải biên bản, việc này cũng lưu) để không mất khi đóng ngăn.",
    en: "Some details are not saved in the workbook yet: press \"Save to the workbook\" (downloading the biên bản saves them too) so that closing the pane does not lose them.",
  },
  "meeting.saveFailed": { vi: "Chưa ghi được thông tin cuộc họp vào sổ", en: "Could not write the meeting details to the workbook" },
  "meeting.readFailed": { vi: "Chưa đọc được thông tin cuộc họp đã lưu", en: "Could not read the saved meeting details" },
  "insert.failedTitle": { vi: "Chưa chèn được mẫu", en: "The template was not inserted" },
  "insert.previewFailedTitle": { vi: "Chưa xem trước được", en: "Could not preview the insert" },
  "insert.openFailedTitle": { vi: "Chưa mở được trang", en: "Could not open the sheet" },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
