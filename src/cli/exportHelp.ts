/** `thidua export --help`, vi-VN first, en-US second (kept out of help.ts, which is long already). */
export const exportHelp = {
  vi: `Cách dùng: thidua export <sổ.xlsx> [--docx <biên-bản.docx>] [--csv <tệp.csv>] [--xlsx <tệp.xlsx>]
                     [--meeting <cuộc-họp.json>] [--decimal comma|point] [--tone-marks new|old] [--force]
                     [--lang vi|en]

Đọc sổ chấm điểm đã điền (do ThiDua tạo), tính kết quả từ điểm đã nhập và xuất các tài liệu gửi lên
cấp trên: biên bản họp (.docx, theo thể thức Nghị định 30/2020/NĐ-CP), bảng tổng hợp (.csv, .xlsx).
Nếu sổ đã được Excel tính lại, các ô của trang Xếp hạng phải khớp với kết quả; ô nào khác (công thức
bị sửa) được báo (trang, ô, đơn vị, giá trị) và không xuất, trừ khi có --force. Xem docs/export.md.

      --docx <tệp.docx>    Biên bản cuộc họp
      --csv <tệp.csv>      Bảng tổng hợp dạng CSV (UTF-8, xem docs/export-csv.md)
      --xlsx <tệp.xlsx>    Bảng tổng hợp dạng Excel (giá trị, không có công thức)
  -m, --meeting <tệp.json> Thông tin cuộc họp (ngày, địa điểm, chủ trì, thư ký, biểu quyết…);
                           ghi đè các ô nhập ở trang Tổng hợp
      --decimal comma|point  Dấu thập phân của CSV: comma (88,25; dấu ;) mặc định, point (88.25; dấu ,)
      --tone-marks new|old Cách đặt dấu thanh trong mọi tài liệu: new (hòa, thủy, khỏe) mặc định,
                           old (hoà, thuỷ, khoẻ)
      --force              Cho phép ghi đè tệp đã có; vẫn xuất khi sổ không khớp hoặc điểm có lỗi

Mã thoát: 0 = đã ghi; 1 = sổ hoặc tệp cuộc họp có lỗi, sổ không khớp với điểm đã nhập;
  2 = dùng lệnh sai, không mở được tệp, tệp kết quả đã có (thiếu --force), là tệp đầu vào hoặc không ghi
  được (chỉ đọc, đang mở trong Excel): khi đó không ghi tệp nào.`,
  en: `Usage: thidua export <book.xlsx> [--docx <minutes.docx>] [--csv <file.csv>] [--xlsx <file.xlsx>]
                     [--meeting <meeting.json>] [--decimal comma|point] [--tone-marks new|old] [--force]
                     [--lang vi|en]

Reads a filled scoring workbook (made by ThiDua), computes the results from the scores entered and
writes the documents sent upward: the minutes of the meeting (biên bản, .docx, laid out per Decree
30/2020/NĐ-CP) and the summary table (.csv, .xlsx). If Excel has recalculated the workbook, the cells
of the Xếp hạng sheet must agree with the results; a cell that does not (an edited formula) is reported
(sheet, cell, unit, values) and nothing is written unless --force. See docs/export.md.

      --docx <file.docx>   The minutes of the meeting
      --csv <file.csv>     The summary as CSV (UTF-8, see docs/export-csv.md)
      --xlsx <file.xlsx>   The summary as an Excel file (values, no formulas)
  -m, --meeting <file.json> Meeting details (date, place, chair, secretary, vote…); override the
                           input cells of the Tổng hợp sheet
      --decimal comma|point  CSV decimal mark: comma (88,25; separator ;) by default, point (88.25; ,)
      --tone-marks new|old Tone-mark placement in every document: new (hòa, thủy, khỏe) by default,
                           old (hoà, thuỷ, khoẻ)
      --force              Allow overwriting; export even when the workbook disagrees or scores have errors

Exit codes: 0 = written; 1 = the workbook or the meeting file has errors, or the workbook disagrees
  with the scores entered; 2 = usage, a file that cannot be opened, an output exists (no --force), is an
  input or cannot be written (read-only, open in Excel): then no file is written.`,
} as const;
