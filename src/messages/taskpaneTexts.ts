/** Texts of the task pane: vi-VN first, en-US second. */
export const taskpaneTexts = {
  "app.loading": { vi: "Đang tải ThiDua…", en: "Loading ThiDua…" },

  "openInExcel.title": { vi: "Mở ThiDua trong Excel", en: "Open ThiDua in Excel" },
  "openInExcel.intro": {
    vi: "ThiDua chấm điểm, kiểm tra và xếp hạng thi đua ngay trong Excel. Trang này đang mở ngoài Excel nên chưa dùng được.",
    en: "ThiDua scores, checks and ranks emulation results inside Excel. This page is open outside Excel, so it cannot work here.",
  },
  "openInExcel.stepsTitle": { vi: "Cách mở", en: "How to open it" },
  "openInExcel.step.open": {
    vi: "Mở Excel (trên máy tính hoặc Excel trên web) và mở sổ chấm điểm của cụm.",
    en: "Open Excel (on your computer or Excel on the web) and your cluster's scoring workbook.",
  },
  "openInExcel.step.button": {
    vi: "Trên thẻ Trang đầu (Home), chọn nút \"Chấm điểm thi đua\".",
    en: "On the Home tab, select \"Emulation scoring\".",
  },
  "openInExcel.step.missing": {
    vi: "Không thấy nút? Chọn Chèn › Phần bổ trợ của tôi và tìm ThiDua; nếu vẫn không có, nhờ bộ phận tin học của cơ quan cài ThiDua.",
    en: "No such button? Select Insert › My Add-ins and look for ThiDua; if it is not there, ask your IT staff to install ThiDua.",
  },
  "openInExcel.preview": { vi: "Xem thử ThiDua ngay trong trình duyệt (không cần Excel)", en: "Try ThiDua in this browser (no Excel needed)" },
  "openInExcel.details": { vi: "Chi tiết kỹ thuật (cho bộ phận tin học)", en: "Technical details (for IT staff)" },
  "openInExcel.reason.officeJsMissing": {
    vi: "Không tải được office.js của Microsoft (mất mạng hoặc bị chặn).",
    en: "Microsoft's office.js could not be loaded (offline or blocked).",
  },
  "openInExcel.reason.timeout": {
    vi: "Office không phản hồi sau {seconds} giây.",
    en: "Office did not answer within {seconds} seconds.",
  },
  "openInExcel.reason.notInOffice": {
    vi: "Trang đang mở trong trình duyệt thông thường, không phải trong Excel.",
    en: "This page is open in a regular browser, not in Excel.",
  },
  "openInExcel.reason.otherHost": {
    vi: "Trang đang mở trong {host}, không phải Excel.",
    en: "This page is open in {host}, not in Excel.",
  },
  "openInExcel.manifestUrl": { vi: "Tệp khai báo (manifest) của phần bổ trợ: {url}", en: "The add-in's manifest: {url}" },
  "openInExcel.install": {
    vi: "Cài cho cả cơ quan hoặc nạp thử: xem mục \"Deploying for your organisation\" trong README của ThiDua.",
    en: "To install for your organisation or sideload for a try: see \"Deploying for your organisation\" in ThiDua's README.",
  },

  "welcome.title": { vi: "ThiDua đã được tải", en: "ThiDua is loaded" },
  "welcome.body": {
    vi: "Ngăn tác vụ đã sẵn sàng. Các chức năng chấm điểm, kiểm tra và xếp hạng sẽ xuất hiện tại đây.",
    en: "The task pane is ready. Scoring, validation and ranking will appear here.",
  },

  "unsupportedApi.title": {
    vi: "Phiên bản Excel này không hỗ trợ {requirement}",
    en: "This version of Excel does not support {requirement}",
  },
  "unsupportedApi.body": {
    vi: "Một số chức năng (ví dụ kiểm tra dữ liệu nhập) sẽ bị tắt. Hãy cập nhật Excel (Microsoft 365) hoặc dùng Excel trên web.",
    en: "Some features (for example data validation) are turned off. Update Excel (Microsoft 365) or use Excel on the web.",
  },
  "app.name": { vi: "ThiDua – Chấm điểm thi đua", en: "ThiDua – Emulation scoring" },
  "lang.label": { vi: "Ngôn ngữ", en: "Language" },
  "lang.vi": { vi: "Tiếng Việt", en: "Tiếng Việt" },
  "lang.en": { vi: "English", en: "English" },
  "nav.label": { vi: "Các bước", en: "Steps" },
  "nav.done": { vi: "Đã xong", en: "Done" },
  "nav.number": { vi: "{n}", en: "{n}" },
  "file.none": { vi: "Chưa chọn tệp nào.", en: "No file chosen." },
  "file.chosen": { vi: "Đã chọn: {names}", en: "Chosen: {names}" },
  "place.cell": { vi: "ô {cell} trang {sheet}", en: "cell {cell} on {sheet}" },
  "place.cellStart": { vi: "Ô {cell} trang {sheet}", en: "Cell {cell} on {sheet}" },

  "ops.busy": {
    vi: "Đang có một thao tác chạy. Hãy chờ thao tác đó xong rồi thử lại.",
    en: "Another operation is running. Wait for it to finish, then try again.",
  },
  "ops.failedTitle": { vi: "Không thực hiện được: {label}", en: "Could not complete: {label}" },
  "ops.genericError": {
    vi: "Đã xảy ra lỗi không lường trước ({detail}). Hãy thử lại; nếu lỗi lặp lại, hãy đóng và mở lại ngăn tác vụ.",
    en: "Something unexpected went wrong ({detail}). Try again; if it keeps happening, close and reopen the task pane.",
  },
  "ops.dismiss": { vi: "Đóng thông báo", en: "Dismiss message" },
  "ops.progress": { vi: "Tiến trình", en: "Progress" },
  "ops.elapsed": { vi: "đã {seconds} giây", en: "{seconds} {seconds:second|seconds} so far" },

  "undo.offer": { vi: "Hoàn tác: {label}", en: "Undo: {label}" },
  "undo.confirmTitle": { vi: "Hoàn tác “{label}”?", en: "Undo “{label}”?" },
  "undo.confirmBody": {
    vi: "{cells} ô sẽ trở lại như trước thao tác lúc {time}.",
    en: "{cells} cells go back to how they were before the operation at {time}.",
  },
  "undo.confirmBodySheets": {
    vi: "{cells} ô sẽ trở lại như trước thao tác lúc {time}. Các trang tính do thao tác đó tạo sẽ bị xóa: {sheets}.",
    en: "{cells} cells go back to how they were before the operation at {time}. The sheets it created will be deleted: {sheets}.",
  },
  "undo.confirm": { vi: "Hoàn tác", en: "Undo" },
  "undo.cancel": { vi: "Không hoàn tác", en: "Keep changes" },
  "undo.running": { vi: "Đang hoàn tác: {label}", en: "Undoing: {label}" },
  "undo.loadFailed": { vi: "Đọc thông tin hoàn tác", en: "Reading the undo information" },

  "step.loading": { vi: "Đang tải bước này", en: "Loading this step" },
  "step.crashed": {
    vi: "Bước này gặp lỗi và không hiển thị được ({detail}). Hãy chọn bước khác rồi quay lại, hoặc đóng và mở lại ngăn tác vụ.",
    en: "This step hit an error and cannot be shown ({detail}). Open another step and come back, or close and reopen the task pane.",
  },
  "step.loadFailed": {
    vi: "Không tải được bước này ({detail}): có thể mạng đang mất kết nối. Hãy kiểm tra mạng, chọn bước khác rồi quay lại để tải lại; nếu vẫn lỗi, hãy đóng và mở lại ngăn tác vụ.",
    en: "This step could not be downloaded ({detail}): the network may be down. Check the connection, then open another step and come back to download it again; if it still fails, close and reopen the task pane.",
  },
  "next.step": { vi: "Tiếp: {step}", en: "Next: {step}" },
  "step.template.label": { vi: "Mẫu chấm điểm", en: "Scoring template" },
  "step.insert.label": { vi: "Chèn mẫu", en: "Insert template" },
  "step.check.label": { vi: "Kiểm tra", en: "Check" },
  "step.ranking.label": { vi: "Xếp hạng", en: "Ranking" },
  "step.export.label": { vi: "Xuất", en: "Export" },
  "step.selfScoring.label": { vi: "Tự chấm", en: "Self scores" },
  "step.rollup.label": { vi: "Tổng hợp khối", en: "Roll-up" },

  "template.title": { vi: "Mẫu chấm điểm và cụm thi đua", en: "Scoring template and cluster" },
  "template.sourceLabel": { vi: "Lấy mẫu từ", en: "Take the template from" },
  "template.source.standard": { vi: "Mẫu chuẩn có sẵn", en: "A standard template" },
  "template.source.file": { vi: "Tệp mẫu ThiDua đã lưu", en: "A saved ThiDua template file" },
  "template.source.workbook": { vi: "Tiêu chí đã có trong sổ làm việc này", en: "The criteria already in this workbook" },
  "template.standardLabel": { vi: "Mẫu chuẩn", en: "Standard templates" },
  "template.standardLoading": { vi: "Đang tải các mẫu chuẩn", en: "Loading the standard templates" },
  "template.standardFailed": {
    vi: "Không tải được các mẫu chuẩn ({detail}). Hãy đóng và mở lại ngăn tác vụ, hoặc dùng một tệp mẫu.",
    en: "Could not load the standard templates ({detail}). Close and reopen the task pane, or use a template file.",
  },
  "template.total": { vi: "Tổng {total} điểm", en: "{total} points in total" },
  "template.basis.published": { vi: "Bảng tiêu chí đã công bố", en: "Published scoring table" },
  "template.basis.bandsOnly": {
    vi: "Chỉ thang xếp loại theo nguồn; tiêu chí là mẫu để sửa",
    en: "Only the bands follow the source; the criteria are placeholders to edit",
  },
  "template.basis.example": { vi: "Mẫu khởi đầu do ThiDua soạn", en: "Starter template written by ThiDua" },
  "template.sourceUnknown": { vi: "Không ghi nguồn", en: "No source given" },
  "template.fileLabel": { vi: "Chọn tệp mẫu ThiDua", en: "Choose a ThiDua template file" },
  "template.fileHint": {
    vi: "Tệp mẫu được lưu từ ThiDua (nút \"Lưu bảng tiêu chí thành tệp mẫu\") hoặc do cụm khác gửi.",
    en: "A template file saved from ThiDua (\"Save the criteria as a template file\") or sent by another cluster.",
  },
  "template.parserLoadFailed": {
    vi: "Không tải được phần đọc tệp mẫu ({detail}). Hãy đóng và mở lại ngăn tác vụ rồi chọn lại tệp.",
    en: "Could not load the template reader ({detail}). Close and reopen the task pane, then choose the file again.",
  },
  "template.fileReading": { vi: "Đang đọc tệp {file}", en: "Reading file {file}" },
  "template.fileInvalid": {
    vi: "Tệp {file} không dùng được: {count} lỗi. Sửa các chỗ dưới đây rồi chọn lại tệp.",
    en: "File {file} cannot be used: {count} errors. Fix the places below, then choose the file again.",
  },
  "template.issueAt": { vi: "Tại {path}: {message}", en: "At {path}: {message}" },
  "template.readWorkbook": { vi: "Đọc tiêu chí từ sổ làm việc", en: "Read the criteria from the workbook" },
  "template.readingWorkbook": { vi: "Đang đọc sổ làm việc", en: "Reading the workbook" },
  "template.workbookHasNone": {
    vi: "Sổ làm việc này chưa có mẫu ThiDua. Hãy chọn một mẫu chuẩn hoặc một tệp mẫu.",
    en: "This workbook has no ThiDua template yet. Choose a standard template or a template file.",
  },
  "template.workbookLoaded": {
    vi: "Đã lấy mẫu, tên cụm, kỳ và {count} đơn vị từ sổ làm việc.",
    en: "Took the template, cluster name, period and {count} units from the workbook.",
  },
  "template.chosen": { vi: "Mẫu đang dùng: {title}", en: "Template in use: {title}" },
  "template.none": { vi: "Chưa chọn mẫu.", en: "No template chosen yet." },
  "template.checkWarnings": {
    vi: "Mẫu có {count} điểm cần xem lại (vẫn dùng được):",
    en: "The template has {count} points to review (it can still be used):",
  },
  "template.checkErrors": {
    vi: "Mẫu có {count} lỗi phải sửa trước khi chèn:",
    en: "The template has {count} errors to fix before inserting:",
  },

  "cluster.title": { vi: "Cụm thi đua", en: "Cluster" },
  "cluster.name": { vi: "Tên cụm/khối thi đua", en: "Cluster name" },
  "cluster.period": { vi: "Kỳ chấm điểm", en: "Scoring period" },
  "cluster.periodHint": { vi: "Ví dụ: 2025 hoặc 6 tháng đầu năm 2025", en: "For example: 2025, or first half of 2025" },
  "cluster.units": { vi: "Các đơn vị trong cụm", en: "Units in the cluster" },
  "cluster.unitsHint": {
    vi: "Mỗi dòng một đơn vị; có thể dán từ Excel, Word (cách nhau bằng tab) hoặc dùng dấu chấm phẩy. Cột STT, dòng tiêu đề và dòng trống được bỏ qua.",
    en: "One unit per line; you can paste from Excel or Word (tab-separated) or use semicolons. An STT (number) column, a header row and blank lines are left out.",
  },
  "cluster.unitCount": { vi: "{count} đơn vị", en: "{count} units" },
  "cluster.duplicatesTitle": {
    vi: "Có đơn vị bị nhập trùng – phải xóa bớt trước khi chèn mẫu",
    en: "Some units are entered twice – remove the repeats before inserting",
  },
  "cluster.duplicate": {
    vi: "Đơn vị thứ {second} “{name}” trùng với đơn vị thứ {first} “{other}”.",
    en: "Unit {second} “{name}” is the same as unit {first} “{other}”.",
  },
  "cluster.nearTitle": {
    vi: "Có tên đơn vị gần giống nhau – hãy kiểm tra có phải cùng một đơn vị không",
    en: "Some unit names are nearly the same – check whether they are one unit",
  },
  "cluster.near": {
    vi: "Đơn vị thứ {second} “{name}” gần giống đơn vị thứ {first} “{other}”.",
    en: "Unit {second} “{name}” is nearly the same as unit {first} “{other}”.",
  },
  "cluster.next": { vi: "Tiếp: Chèn mẫu", en: "Next: Insert template" },

  "insert.title": { vi: "Chèn mẫu vào sổ làm việc", en: "Insert the template into the workbook" },
  "insert.needTemplate": {
    vi: "Chưa chọn mẫu chấm điểm. Hãy chọn mẫu ở bước Mẫu chấm điểm.",
    en: "No scoring template is chosen. Choose one in the Scoring template step.",
  },
  "insert.needUnits": {
    vi: "Chưa có đơn vị nào. Hãy nhập danh sách đơn vị ở bước Mẫu chấm điểm.",
    en: "There are no units yet. Enter the list of units in the Scoring template step.",
  },
  "insert.hasDuplicates": {
    vi: "Danh sách đơn vị có {count} tên trùng. Hãy xóa bớt ở bước Mẫu chấm điểm.",
    en: "The unit list has {count} repeated names. Remove them in the Scoring template step.",
  },
  "insert.templateErrors": {
    vi: "Mẫu đang chọn có {count} lỗi. Hãy sửa tệp mẫu hoặc chọn mẫu khác.",
    en: "The chosen template has {count} errors. Fix the template file or choose another template.",
  },
  "insert.goToTemplate": { vi: "Về bước Mẫu chấm điểm", en: "Go to the Scoring template step" },
  "insert.summary": {
    vi: "Mẫu “{template}” cho {units} đơn vị, cụm “{cluster}”, kỳ “{period}”.",
    en: "Template “{template}” for {units} units, cluster “{cluster}”, period “{period}”.",
  },
  "insert.previewing": { vi: "Đang xem trước thay đổi", en: "Previewing the changes" },
  "insert.refreshPreview": { vi: "Xem trước lại", en: "Preview again" },
  "insert.previewMissing": {
    vi: "Chưa xem trước được. Chọn “Xem trước lại”.",
    en: "No preview yet. Select “Preview again”.",
  },
  "insert.newSheets": { vi: "Trang tính sẽ được tạo ({count})", en: "Sheets to be created ({count})" },
  "insert.noNewSheets": { vi: "Không tạo trang tính mới.", en: "No new sheets." },
  "insert.clashesTitle": {
    vi: "{count} trang tính đã có cùng tên",
    en: "{count} sheets with these names already exist",
  },
  "insert.clashChoice": { vi: "Xử lý các trang tính trùng tên", en: "What to do with the sheets of the same name" },
  "insert.clash.replace": {
    vi: "Thay thế các trang tính đang có (có thể hoàn tác)",
    en: "Replace the existing sheets (can be undone)",
  },
  "insert.clash.keepBoth": {
    vi: "Giữ cả hai: đặt tên mới cho các trang tính sẽ tạo",
    en: "Keep both: give the new sheets new names",
  },
  "insert.keepBothName": { vi: "“{from}” sẽ có tên “{to}”", en: "“{from}” will be named “{to}”" },
  "insert.chooseClash": {
    vi: "Hãy chọn thay thế hay giữ cả hai trước khi chèn.",
    en: "Choose replace or keep both before inserting.",
  },
  "insert.entriesTitle": { vi: "Điểm đã nhập", en: "Scores already entered" },
  "insert.entriesKept": { vi: "{count} mục giữ nguyên chỗ", en: "{count} entries stay where they are" },
  "insert.entriesMoved": {
    vi: "{count} mục được chuyển chỗ (thứ tự đơn vị hoặc tiêu chí đã đổi)",
    en: "{count} entries move (unit or criteria order changed)",
  },
  "insert.entriesOrphaned": {
    vi: "{count} mục không còn chỗ (đơn vị hoặc tiêu chí không còn trong mẫu):",
    en: "{count} entries have no place any more (unit or criterion no longer in the template):",
  },
  "insert.orphan": { vi: "{unit} – tiêu chí {criterion}", en: "{unit} – criterion {criterion}" },
  "insert.run": { vi: "Chèn", en: "Insert" },
  "insert.running": { vi: "Đang chèn mẫu", en: "Inserting the template" },
  "insert.done": { vi: "Đã chèn mẫu", en: "Template inserted" },
  "insert.cellsWritten": { vi: "Đã ghi {count} ô.", en: "{count} cells written." },
  "insert.undoable": {
    vi: "Có thể hoàn tác bằng nút Hoàn tác phía trên.",
    en: "You can undo this with the Undo button above.",
  },
  "insert.notUndoable": { vi: "Thao tác này không hoàn tác được.", en: "This operation cannot be undone." },
  "insert.notice": {
    vi: "Đã bỏ qua {feature} vì Excel này không hỗ trợ {requirement}.",
    en: "Skipped {feature} because this Excel does not support {requirement}.",
  },
  "insert.feature.print": { vi: "thiết lập in", en: "print settings" },
  "insert.feature.indent": { vi: "thụt lề tiêu chí con", en: "indenting sub-criteria" },
  "insert.feature.calculationSuspend": {
    vi: "tạm dừng tính toán khi ghi (ghi sẽ chậm hơn)",
    en: "pausing calculation while writing (writing is slower)",
  },
  "insert.unnamed": { vi: "(chưa đặt tên)", en: "(no name)" },
  "insert.openEntry": { vi: "Mở trang {sheet} để chấm điểm", en: "Go to sheet {sheet} to enter scores" },
  "insert.opening": { vi: "Mở trang {sheet}", en: "Opening sheet {sheet}" },
  "insert.opened": {
    vi: "Đã chọn {place}. Bấm vào ô đó để bắt đầu nhập điểm; với bàn phím, nhấn F6 để chuyển từ ngăn ThiDua sang trang tính.",
    en: "Selected {place}. Click that cell to start typing scores; from the keyboard, press F6 to move from the ThiDua pane to the sheet.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;
