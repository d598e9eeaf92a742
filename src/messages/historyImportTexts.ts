/** Texts of the pane's import of earlier results into Lịch sử (section "history.", keys "import.…"). vi-VN first, en-US second. */
export const historyImportTexts = {
  "import.title": { vi: "Kết quả các kỳ trước (trang Lịch sử)", en: "Earlier periods' results (Lịch sử sheet)" },
  "import.intro": {
    vi: "Chọn sổ chấm điểm ThiDua hoặc bảng tổng hợp đã xuất (Excel, CSV) của các kỳ trước thay vì gõ tay. Sổ năm trước mang theo cả trang Lịch sử của nó. Kết quả đã gõ ở trang Lịch sử được giữ nguyên: tệp chỉ điền những ô còn trống.",
    en: "Choose earlier periods' ThiDua scoring workbooks or exported summaries (Excel, CSV) instead of typing them. Last year's workbook brings its own Lịch sử too. Results already typed on Lịch sử are kept: the files only fill what is blank.",
  },
  "import.pick": { vi: "Chọn tệp kết quả các kỳ trước", en: "Choose earlier periods' result files" },
  "import.pickHint": { vi: "Sổ chấm điểm ThiDua, bảng tổng hợp Excel hoặc CSV; chọn nhiều tệp một lần.", en: "ThiDua scoring workbooks, summary workbooks or CSV; several at once." },
  "import.reading": { vi: "Đang đọc {count} tệp…", en: "Reading {count} {count:file|files}…" },
  "import.previewing": { vi: "Đang đối chiếu với các đơn vị của sổ…", en: "Matching with the workbook's units…" },
  "import.writing": { vi: "Đang ghi vào trang Lịch sử…", en: "Writing to the Lịch sử sheet…" },
  "import.fileFailed": { vi: "{file}: {problem}", en: "{file}: {problem}" },
  "import.periods": { vi: "Trang Lịch sử sẽ có các kỳ: {periods}. Tệp điền kết quả cho: {filled}.", en: "The Lịch sử sheet will hold the periods {periods}. The files fill results for: {filled}." },
  "import.nothingFilled": { vi: "(không kỳ nào: mọi ô đã có kết quả đã gõ hoặc không đơn vị nào khớp)", en: "(none: every cell is typed already, or no unit matches)" },
  "import.createsSheet": {
    vi: "Sổ chưa có trang Lịch sử: sẽ thêm trang này (và các cột kỳ trước ở trang Tổng hợp). Điểm và thông tin đã nhập được giữ nguyên.",
    en: "The workbook has no Lịch sử sheet yet: it will be added (with last period's columns on Tổng hợp). Scores and details typed are kept.",
  },
  "import.awardIsProposal": {
    vi: "Cột Khen thưởng lấy theo đề nghị khen thưởng của kỳ đó trong tệp (đơn vị còn bình xét hoặc chờ xác nhận điều kiện: để trống). Nếu cấp trên đã quyết định khác, hãy sửa ô đó ở trang Lịch sử.",
    en: "The Khen thưởng column takes the award each file proposed for its period (a unit still to be voted on or awaiting a gate decision: blank). If the higher body decided otherwise, correct that cell on Lịch sử.",
  },
  "import.dropped": {
    vi: "Trang Lịch sử có chỗ cho {room} kỳ: không ghi các kỳ {periods}. Kỳ đã gõ không bị thay; muốn thay thì xoá kỳ đó ở trang Lịch sử rồi nhập lại.",
    en: "The Lịch sử sheet has room for {room} {room:period|periods}: periods {periods} are left out. Typed periods are not replaced; to replace one, clear it on Lịch sử and import again.",
  },
  "import.samePeriod": {
    vi: "Kỳ {period} là kỳ của chính sổ này: có thể đã chọn nhầm tệp của kỳ này. Nếu nhầm, hãy chọn lại các tệp của các kỳ trước.",
    en: "Period {period} is this workbook's own period: a file of this period may have been chosen by mistake. If so, choose the earlier periods' files again.",
  },
  "import.renamedHeading": { vi: "Khớp theo tên cũ", en: "Matched by an earlier name" },
  "import.renamed": { vi: "“{unit}” kỳ {period} là “{was}” (tên cũ sẽ ghi ở trang Lịch sử).", en: "“{unit}” in {period} is “{was}” (the earlier name is kept on Lịch sử)." },
  "import.unmatchedHeading": { vi: "Kết quả chưa khớp đơn vị nào", en: "Results that match no unit" },
  "import.unmatchedHint": {
    vi: "Đơn vị đã đổi tên: chọn tên hiện nay của nó (tên cũ được ghi ở trang Lịch sử, năm sau tự khớp). Đơn vị đã rời cụm: để trống.",
    en: "A renamed unit: choose its name now (the earlier name is kept on Lịch sử and found next year). A unit that left the cluster: leave it blank.",
  },
  "import.unmatched": { vi: "“{name}” (kỳ {periods})", en: "“{name}” ({periods})" },
  "import.near": { vi: "Gần giống “{near}”.", en: "Close to “{near}”." },
  "import.noUnit": { vi: "— không ghép —", en: "— not mapped —" },
  "import.keptHeading": { vi: "Giữ kết quả đã gõ", en: "Typed results kept" },
  "import.kept": {
    vi: "“{unit}” kỳ {period}: giữ kết quả đã gõ ({typed}); tệp ghi {imported}. Muốn dùng số của tệp thì xoá các ô đó ở trang Lịch sử rồi nhập lại.",
    en: "“{unit}” in {period}: the typed result is kept ({typed}); the file says {imported}. To use the file's, clear those cells on Lịch sử and import again.",
  },
  "import.blank": { vi: "trống", en: "blank" },
  "import.rebuilds": {
    vi: "Ghi sẽ dựng lại các trang ThiDua theo mẫu của sổ (như Chèn mẫu → Thay thế): điểm và mọi ô đã nhập được giữ, nhưng định dạng tự thêm (màu, viền) ở các trang đó thì không.",
    en: "Writing rebuilds the ThiDua sheets from the workbook's template (like Chèn mẫu → Replace): scores and every typed cell are kept, formatting added by hand (colours, borders) on those sheets is not.",
  },
  "import.writesCells": {
    vi: "Ghi chỉ thay các ô nhập của trang Lịch sử có kết quả mới; các trang khác (và định dạng tự thêm) giữ nguyên.",
    en: "Writing changes only the Lịch sử input cells that get a new result; the other sheets (and formatting added by hand) stay as they are.",
  },
  "import.write": { vi: "Ghi vào trang Lịch sử", en: "Write to the Lịch sử sheet" },
  "import.done": {
    vi: "Đã ghi kết quả các kỳ trước vào trang {sheet} ({cells} ô, dựng lại sổ theo mẫu của nó; điểm và mọi ô đã gõ được giữ). Có thể hoàn tác.",
    en: "Earlier results written to the {sheet} sheet ({cells} cells, the workbook rebuilt from its template; scores and every typed cell kept). It can be undone.",
  },
  "import.cellsDone": {
    vi: "Đã ghi kết quả các kỳ trước vào trang {sheet}: {cells} ô (chỉ các ô nhập của trang này; các trang khác giữ nguyên cả định dạng). Có thể hoàn tác.",
    en: "Earlier results written to the {sheet} sheet: {cells} {cells:cell|cells} (only that sheet's input cells; the other sheets, formatting included, are untouched). It can be undone.",
  },
  "import.nothingToWrite": {
    vi: "Trang {sheet} đã có đúng các kết quả này: không có ô nào cần ghi.",
    en: "The {sheet} sheet holds these results already: no cell to write.",
  },
  "import.undoLabel": { vi: "Nhập kết quả các kỳ trước", en: "Import of earlier results" },
  "import.otherSet": {
    vi: "Sổ đang dùng bộ trang “Giữ cả hai” (“{sheet}”): ThiDua chỉ nhập được kết quả các kỳ trước vào bộ trang tính đầu tiên. Hãy vào bước Chèn mẫu và chèn lại (chọn Thay thế), rồi nhập.",
    en: "The workbook uses a “keep both” sheet set (“{sheet}”): ThiDua imports earlier results only into the first set. Go to Chèn mẫu and insert again (choose Replace), then import.",
  },
} as const;
