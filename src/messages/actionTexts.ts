/** Texts of section "actions.": Results and errors of the pane's workbook actions (src/excel/actions). vi-VN first, en-US second. */
export const actionTexts = {
  // ---- what each action is called (used inside error messages) ----
  "op.readWorkbook": { vi: "đọc sổ tính", en: "reading the workbook" },
  "op.previewInsert": { vi: "xem trước khi chèn mẫu", en: "previewing the insert" },
  "op.insert": { vi: "chèn mẫu chấm điểm", en: "inserting the scoring template" },
  "op.validate": { vi: "kiểm tra số liệu", en: "checking the scores" },
  "op.selectCell": { vi: "chọn ô", en: "selecting the cell" },
  "op.applyFixes": { vi: "sửa các ô đã chọn", en: "fixing the chosen cells" },
  "op.showHighlights": { vi: "tô màu các ô cần xem", en: "highlighting the cells to check" },
  "op.clearHighlights": { vi: "bỏ tô màu", en: "removing the highlights" },
  "op.rank": { vi: "xếp hạng", en: "ranking" },
  "op.lastUndo": { vi: "đọc thao tác có thể hoàn tác", en: "reading the last undoable change" },
  "op.undoLast": { vi: "hoàn tác", en: "undoing" },
  "op.readMergeCluster": { vi: "đọc sổ tính để gộp bảng tự chấm", en: "reading the workbook for the self-score merge" },
  "op.applySelfScores": { vi: "ghi điểm tự chấm", en: "writing the self scores" },
  "op.fingerprints": { vi: "đọc lại sổ để xem kết quả còn đúng không", en: "re-reading the workbook to see whether results still hold" },
  "op.watchChanges": { vi: "theo dõi thay đổi trong sổ", en: "watching the workbook for changes" },
  "op.readMeeting": { vi: "đọc thông tin cuộc họp ở trang Tổng hợp", en: "reading the meeting details on the Tổng hợp sheet" },
  "op.writeMeeting": { vi: "ghi thông tin cuộc họp vào trang Tổng hợp", en: "writing the meeting details to the Tổng hợp sheet" },
  "op.previewHistoryImport": { vi: "xem trước kết quả các kỳ trước sẽ nhập", en: "previewing the earlier results to import" },
  "op.importHistory": { vi: "nhập kết quả các kỳ trước vào trang Lịch sử", en: "importing earlier results into the Lịch sử sheet" },

  // ---- errors ----
  "error.notThiDua": {
    vi: "Sổ tính này chưa có mẫu chấm điểm ThiDua ({detail}). Hãy chèn mẫu ở bước \"Chèn mẫu\" trước.",
    en: "This workbook has no ThiDua scoring template ({detail}). Insert the template in the \"Insert\" step first.",
  },
  "error.clash": {
    vi: "Sổ tính đã có trang tính hoặc tên trùng với mẫu: {sheets}. Hãy chọn \"Thay thế\" hoặc \"Giữ cả hai\"; ThiDua không ghi đè khi chưa được phép.",
    en: "The workbook already has sheets or names the template uses: {sheets}. Choose \"Replace\" or \"Keep both\"; ThiDua never overwrites without asking.",
  },
  "error.orphans": {
    vi: "{count} điểm đã nhập không có chỗ trong mẫu mới (ví dụ: {first}). \"Thay thế\" sẽ làm mất chúng: hãy chọn \"Giữ cả hai\" để giữ trang cũ, hoặc sửa mẫu/danh sách đơn vị.",
    en: "{count} entered {count:score|scores} have no place in the new template (e.g. {first}). \"Replace\" would lose them: choose \"Keep both\" to keep the old sheets, or change the template or unit list.",
  },
  "error.protected": {
    vi: "Trang tính \"{sheet}\" đang được bảo vệ bằng mật khẩu nên ThiDua không ghi vào được. Hãy mở khoá: Xem lại (Review) > Bỏ bảo vệ trang tính (Unprotect Sheet), rồi thử lại. Không có gì bị thay đổi.",
    en: "Sheet \"{sheet}\" is protected with a password, so ThiDua cannot write to it. Unlock it in Review > Unprotect Sheet, then try again. Nothing was changed.",
  },
  "error.codeNotLoaded": {
    vi: "Không tải được phần xử lý sổ làm việc của ThiDua ({detail}). Kiểm tra kết nối mạng rồi thử lại; nếu vẫn lỗi, đóng và mở lại ngăn tác vụ. Sổ làm việc chưa bị thay đổi.",
    en: "Could not load ThiDua's workbook code ({detail}). Check the network connection and try again; if it still fails, close and reopen the task pane. The workbook was not changed.",
  },
  "error.office": {
    vi: "Excel báo lỗi khi {action}: {detail}",
    en: "Excel reported an error while {action}: {detail}",
  },
  "error.busy": {
    vi: "Excel đang bận (có thể bạn đang sửa một ô) nên chưa thể {action}. Nhấn Enter hoặc Esc để kết thúc sửa ô rồi thử lại.",
    en: "Excel is busy (perhaps a cell is being edited), so {action} could not start. Press Enter or Esc to finish editing the cell, then try again.",
  },
  "error.badUnits": {
    vi: "Danh sách đơn vị chưa dùng được: {detail}",
    en: "The unit list cannot be used: {detail}",
  },
  "error.sheetMissing": {
    vi: "Không có trang tính \"{sheet}\" trong sổ tính (có thể đã bị đổi tên hoặc xoá).",
    en: "There is no sheet \"{sheet}\" in the workbook (it may have been renamed or deleted).",
  },
  "error.hiddenSheet": {
    vi: "Trang tính \"{sheet}\" đang ẩn nên không chọn được ô {cell}. Hãy bỏ ẩn trang (chuột phải vào tên trang > Bỏ ẩn) rồi thử lại.",
    en: "Sheet \"{sheet}\" is hidden, so cell {cell} cannot be selected. Unhide it (right-click a sheet tab > Unhide), then try again.",
  },
  "error.badCell": {
    vi: "\"{cell}\" không phải địa chỉ ô hợp lệ (ví dụ đúng: D5).",
    en: "\"{cell}\" is not a valid cell address (for example: D5).",
  },
  "error.selfScoreSheet": {
    vi: "Không ghi ô {cell} của trang \"{sheet}\": điểm tự chấm chỉ được ghi vào cột Tự chấm của trang \"{entry}\". Không có gì bị thay đổi; hãy chọn lại các tệp tự chấm để xem trước lại.",
    en: "Cell {cell} of sheet \"{sheet}\" was not written: self scores go only into the Tự chấm columns of sheet \"{entry}\". Nothing was changed; choose the self-scoring files again to preview again.",
  },
  "error.selfScoreColumn": {
    vi: "Không ghi ô {cell} của trang \"{sheet}\": ô này không nằm trong cột Tự chấm của đơn vị nào (các cột Tự chấm: {columns}); cột Cụm chấm và các cột khác không bao giờ bị ghi. Không có gì bị thay đổi; hãy chọn lại các tệp tự chấm để xem trước lại.",
    en: "Cell {cell} of sheet \"{sheet}\" was not written: it is not in any unit's Tự chấm column (the Tự chấm columns are {columns}); the Cụm chấm and other columns are never written. Nothing was changed; choose the self-scoring files again to preview again.",
  },
  "error.selfScoreRow": {
    vi: "Không ghi ô {cell} của trang \"{sheet}\": dòng {row} không phải dòng của một tiêu chí chấm điểm (dòng nhóm, dòng tổng hoặc ngoài bảng). Không có gì bị thay đổi; hãy chọn lại các tệp tự chấm để xem trước lại.",
    en: "Cell {cell} of sheet \"{sheet}\" was not written: row {row} is not the row of a scored criterion (a group row, a total row or outside the table). Nothing was changed; choose the self-scoring files again to preview again.",
  },
  "error.selfScoreMoved": {
    vi: "Không ghi ô {cell} của trang \"{sheet}\": ô Tự chấm của \"{unit}\", tiêu chí {criterion} bây giờ không phải ô này (sổ tính đã thay đổi sau khi xem trước: đơn vị hoặc tiêu chí đã đổi). Không có gì bị thay đổi; hãy chọn lại các tệp tự chấm để xem trước lại.",
    en: "Cell {cell} of sheet \"{sheet}\" was not written: it is no longer the Tự chấm cell of \"{unit}\", criterion {criterion} (the workbook changed after the preview: units or criteria differ). Nothing was changed; choose the self-scoring files again to preview again.",
  },
  "error.selfScoreChanged": {
    vi: "Chưa ghi gì: ô {cell} của trang \"{sheet}\" (Tự chấm của \"{unit}\", tiêu chí {criterion}) bây giờ là {now}, nhưng bản xem trước ghi {shown}; ô đã được sửa sau khi xem trước ({count} ô như vậy). Ghi tiếp sẽ xoá mất giá trị mới. Không có gì bị thay đổi; hãy chọn lại các tệp tự chấm để xem bản xem trước mới.",
    en: "Nothing was written: cell {cell} of sheet \"{sheet}\" (Tự chấm of \"{unit}\", criterion {criterion}) now holds {now}, but the preview showed {shown}; the cell was changed after the preview ({count} such {count:cell|cells}). Writing would overwrite the new value. Nothing was changed; choose the self-scoring files again to see a fresh preview.",
  },
  "error.nothingToUndo": {
    vi: "Không có thao tác nào của ThiDua để hoàn tác.",
    en: "There is no ThiDua change to undo.",
  },
  "error.undoUnreadable": {
    vi: "Không đọc được bản ghi hoàn tác trong trang ẩn {sheet} ({detail}); không có gì bị thay đổi.",
    en: "The undo record in the hidden sheet {sheet} cannot be read ({detail}); nothing was changed.",
  },

  // ---- results ----
  "insert.done": {
    vi: "Đã chèn mẫu: tạo {created} trang tính, thay {replaced} trang tính, ghi {cells} ô.",
    en: "Template inserted: {created} {created:sheet|sheets} created, {replaced} replaced, {cells} cells written.",
  },
  "insert.doneKept": {
    vi: "Đã chèn mẫu: tạo {created} trang tính, thay {replaced} trang tính; giữ lại {kept} điểm đã nhập.",
    en: "Template inserted: {created} {created:sheet|sheets} created, {replaced} replaced; {kept} entered {kept:score|scores} carried over.",
  },
  "fixes.done": { vi: "Đã sửa {count} ô.", en: "{count} {count:cell|cells} fixed." },
  "selfScores.done": {
    vi: "Đã ghi {count} ô Tự chấm và thêm {files} dòng vào nhật ký gộp (trang ẩn {log}).",
    en: "Wrote {count} Tự chấm cells and added {files} rows to the merge log (hidden sheet {log}).",
  },
  "selfScores.none": { vi: "Không có ô Tự chấm nào để ghi.", en: "There are no Tự chấm cells to write." },
  "fixes.none": { vi: "Chưa chọn ô nào để sửa.", en: "No cells were chosen to fix." },
  "fix.restoreFormula": {
    vi: "Khôi phục công thức {formula} (ô này đã bị gõ đè).",
    en: "Restore the formula {formula} (the cell was typed over).",
  },
  "rank.upToDate": { vi: "Trang \"{sheet}\" đã được cập nhật, không cần thay đổi gì.", en: "Sheet \"{sheet}\" is already up to date; nothing to change." },
  "rank.created": { vi: "Đã tạo lại trang \"{sheet}\" ({cells} ô).", en: "Sheet \"{sheet}\" was created again ({cells} cells)." },
  "rank.restored": {
    vi: "Đã khôi phục công thức trang \"{sheet}\" ({cells} ô) vì có ô bị gõ đè.",
    en: "The formulas of sheet \"{sheet}\" were restored ({cells} cells) because some were typed over.",
  },
  "undo.label.insert": { vi: "Chèn mẫu chấm điểm", en: "Insert the scoring template" },
  "undo.label.fixes": { vi: "Sửa {count} ô", en: "Fix {count} {count:cell|cells}" },
  "undo.label.selfScores": { vi: "Nhập {count} điểm tự chấm", en: "Enter {count} self {count:score|scores}" },
  "undo.label.rank": { vi: "Khôi phục trang xếp hạng", en: "Restore the ranking sheet" },
  "undo.formatsLost": {
    vi: "Hoàn tác sẽ trả lại giá trị và công thức của {sheets}, nhưng không trả lại định dạng (màu, viền, khoá ô, kiểm tra dữ liệu) của các trang đã bị thay thế.",
    en: "Undo restores the values and formulas of {sheets}, but not the formatting (colours, borders, locked cells, data validation) of the replaced sheets.",
  },
  "undo.done": { vi: "Đã hoàn tác: {label} ({cells} ô).", en: "Undone: {label} ({cells} cells)." },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
