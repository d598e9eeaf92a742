/** Texts of section "preview.": The browser preview host (simulated workbook beside the pane). vi-VN first, en-US second. */
export const previewTexts = {
  "banner.title": { vi: "Bản xem thử không cần Excel", en: "Preview without Excel" },
  "banner.text": {
    vi: "Bảng tính bên phải là bảng tính mô phỏng trong trình duyệt (công thức được tính bằng một bộ tính công thức riêng, không phải Excel). Dữ liệu không được lưu: tải lại trang sẽ mất hết.",
    en: "The workbook on the right is simulated in the browser (formulas are computed by a separate formula engine, not Excel). Nothing is saved: reloading the page loses everything.",
  },
  "banner.reopenPane": { vi: "Đóng và mở lại ngăn ThiDua", en: "Close and reopen the ThiDua pane" },
  "grid.label": { vi: "Bảng tính mô phỏng", en: "Simulated workbook" },
  "grid.sheets": { vi: "Các trang tính", en: "Sheets" },
  "grid.nameBox": { vi: "Ô đang chọn", en: "Selected cell" },
  "grid.formulaBar": { vi: "Thanh công thức", en: "Formula bar" },
  "grid.editing": { vi: "Đang sửa ô {cell}: Enter để nhập, Esc để hủy", en: "Editing {cell}: Enter to confirm, Esc to cancel" },
  "grid.protected": {
    vi: "Ô {cell} trên trang tính \"{sheet}\" đang được bảo vệ nên không sửa được. Chỉ nhập vào các ô nền vàng của trang \"Chấm điểm\"; muốn sửa ô khác, hãy bỏ bảo vệ trang tính (Review > Unprotect Sheet) trong Excel.",
    en: "The cell {cell} on the protected sheet \"{sheet}\" cannot be changed. Type only into the yellow cells of \"Chấm điểm\"; to change other cells, unprotect the sheet (Review > Unprotect Sheet) in Excel.",
  },
  "grid.inputMessage": { vi: "Hướng dẫn nhập của ô", en: "Input message of the cell" },
  "grid.dismiss": { vi: "Đóng", en: "Dismiss" },
  "grid.error": { vi: "Ô {cell} có lỗi {error}", en: "Cell {cell} shows the error {error}" },
  "grid.noSheets": { vi: "Bảng tính chưa có trang tính nào hiện.", en: "The workbook has no visible sheet." },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
