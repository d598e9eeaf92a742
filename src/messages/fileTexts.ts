/** Texts of section "files.": Reading and writing files safely: bad inputs, locked or read-only files, all-or-nothing writes (CLI and pane). vi-VN first, en-US second. */
export const fileTexts = {
  // ---- writing (src/cli/files/; docs/export.md "Files"): outputs checked first, written all or nothing ----
  "write.isInput": {
    vi: "{file} chính là tệp đầu vào {input} của lệnh này: ThiDua không bao giờ ghi đè lên tệp đầu vào (kể cả với --force). Chọn một tên tệp kết quả khác.",
    en: "{file} is the same file as the input {input}: ThiDua never writes over an input (not even with --force). Choose another name for the output.",
  },
  "write.exists": {
    vi: "{file}: tệp đã có, không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè tệp cũ.",
    en: "{file}: the file already exists and is not overwritten. Choose another name, or add --force to overwrite it.",
  },
  "write.sameOutput": { vi: "{file} được chọn cho hai kết quả: hãy dùng hai tên tệp khác nhau.", en: "{file} is chosen for two outputs: use two different file names." },
  "write.noFolder": {
    vi: "{file}: không có thư mục {dir}. Tạo thư mục trước hoặc chọn đường dẫn khác.",
    en: "{file}: the folder {dir} does not exist. Create it first or choose another path.",
  },
  "write.isDirectory": { vi: "{file}: đây là một thư mục, không phải tệp. Hãy ghi rõ tên tệp.", en: "{file}: this is a folder, not a file. Give a file name." },
  "write.readOnly": {
    vi: "{file}: tệp chỉ đọc (read-only), không ghi được. Bỏ thuộc tính chỉ đọc (chuột phải vào tệp → Properties → bỏ chọn Read-only) hoặc lưu một bản sao và dùng bản sao đó.",
    en: "{file}: the file is read-only and cannot be written. Remove the read-only attribute (right-click the file → Properties → untick Read-only) or save a copy and use the copy.",
  },
  "write.locked": {
    vi: "{file}: tệp đang được một chương trình khác mở hoặc khoá (thường là Excel). Đóng tệp trong Excel rồi chạy lại lệnh.",
    en: "{file}: the file is open or locked in another program (usually Excel). Close the file in Excel and try again.",
  },
  "write.folderNotWritable": {
    vi: "{file}: không được phép ghi vào thư mục {dir}. Chọn thư mục khác (ví dụ Documents) hoặc xin quyền ghi.",
    en: "{file}: writing to the folder {dir} is not allowed. Choose another folder (e.g. Documents) or ask for write permission.",
  },
  "write.readOnlyDisk": {
    vi: "{file}: ổ đĩa hoặc thẻ nhớ này chỉ đọc. Chép tệp sang ổ khác (ví dụ Documents) rồi chạy lại.",
    en: "{file}: this drive or memory card is read-only. Copy the files to another drive (e.g. Documents) and try again.",
  },
  "write.diskFull": { vi: "{file}: ổ đĩa đã đầy. Giải phóng chỗ trống hoặc ghi sang ổ khác rồi chạy lại.", en: "{file}: the disk is full. Free some space or write to another drive, then try again." },
  "write.nameTooLong": {
    vi: "{file}: tên hoặc đường dẫn tệp quá dài. Chọn thư mục nông hơn hoặc tên ngắn hơn.",
    en: "{file}: the file name or path is too long. Choose a shorter folder path or file name.",
  },
  "write.failed": {
    vi: "{file}: hệ thống không cho ghi tệp này. Kiểm tra ổ đĩa, quyền ghi và chỗ trống rồi chạy lại.",
    en: "{file}: the system did not let ThiDua write this file. Check the drive, the permission to write and the free space, then try again.",
  },
  "write.changedMeanwhile": {
    vi: "{file} đã bị thay đổi trong lúc ThiDua đang làm việc (có thể vừa được lưu trong Excel). Không ghi gì, để không mất phần vừa lưu. Chạy lại lệnh.",
    en: "{file} was changed while ThiDua was working (perhaps just saved in Excel). Nothing was written, so that change is not lost. Run the command again.",
  },
  "write.nothingChanged": { vi: "Không tệp nào được ghi: các tệp đã có vẫn giữ nguyên.", en: "No file was written: existing files are unchanged." },
  "write.notRestored": {
    vi: "{file}: việc ghi dừng giữa chừng và không khôi phục được bản cũ. Kiểm tra tệp này trước khi dùng.",
    en: "{file}: the write stopped half-way and the old file could not be restored. Check this file before using it.",
  },
  // ---- reading a user's file (src/domain/files, src/cli/files/readInput.ts; docs/bad-inputs.md) ----
  "read.at": { vi: "{file}: {problem}", en: "{file}: {problem}" },
  "read.notFound": {
    vi: "không tìm thấy tệp (thư mục hiện tại: {cwd}). Kiểm tra tên và đường dẫn; tên có dấu cách thì đặt trong ngoặc kép, ví dụ \"Tự chấm/Hà Giang.xlsx\".",
    en: "file not found (current folder: {cwd}). Check the name and the path; put a name with spaces in double quotes, e.g. \"Tự chấm/Hà Giang.xlsx\".",
  },
  "read.isFolder": { vi: "đây là một thư mục, không phải tệp. Ghi đường dẫn đến tệp trong thư mục.", en: "this is a folder, not a file. Give the path of a file inside it." },
  "read.noPermission": {
    vi: "không có quyền đọc tệp. Xin quyền đọc (hoặc chép tệp sang thư mục của mình) rồi chạy lại.",
    en: "you have no permission to read this file. Ask for read access (or copy the file into your own folder) and run again.",
  },
  "read.locked": {
    vi: "tệp đang bị chương trình khác khoá. Đóng tệp trong Excel (hoặc chương trình đang mở nó) rồi chạy lại.",
    en: "the file is locked by another program. Close it in Excel (or the program that has it open) and run again.",
  },
  "read.failed": {
    vi: "hệ điều hành không đọc được tệp (ổ đĩa, ổ mạng hoặc USB có vấn đề). Chép tệp sang ổ máy rồi chạy lại.",
    en: "the system could not read the file (a disk, network drive or USB stick problem). Copy the file to a local disk and run again.",
  },
  "read.empty": { vi: "tệp rỗng (0 byte). Lưu lại tệp từ chương trình đã tạo ra nó, hoặc xin gửi lại tệp.", en: "the file is empty (0 bytes). Save it again from the program that made it, or ask for it to be sent again." },
  "read.tooLarge": {
    vi: "tệp nặng {size} MB, quá giới hạn {limit} MB cho {what}. Có thể đã chọn nhầm tệp; nếu đúng tệp thì chia nhỏ tệp.",
    en: "the file is {size} MB, above the {limit} MB limit for {what}. Perhaps the wrong file was chosen; if not, split it.",
  },
  "read.what.csv": { vi: "tệp điểm CSV", en: "a scores CSV" },
  "read.what.units": { vi: "danh sách đơn vị", en: "a unit list" },
  "read.what.template": { vi: "tệp mẫu .json", en: "a template .json" },
  "read.what.meeting": { vi: "tệp thông tin cuộc họp .json", en: "a meeting .json" },
  "read.what.workbook": { vi: "sổ chấm điểm .xlsx", en: "a scoring workbook .xlsx" },
  "read.what.handout": { vi: "bảng tự chấm .xlsx", en: "a self-scoring .xlsx" },

  // workbooks (.xlsx expected): the problem alone; "read.at" puts the file in front
  "read.wb.empty": { vi: "tệp rỗng (0 byte). Lưu lại sổ từ Excel, hoặc xin gửi lại tệp.", en: "the file is empty (0 bytes). Save the workbook again from Excel, or ask for it to be sent again." },
  "read.wb.xls": {
    vi: "tệp được lưu dạng Excel 97-2003 (.xls), ThiDua chỉ đọc .xlsx. Mở tệp trong Excel, chọn Lưu thành (Save As) → \"Sổ làm việc Excel (*.xlsx)\", rồi dùng tệp .xlsx mới.",
    en: "the file is saved as Excel 97-2003 (.xls); ThiDua reads .xlsx only. Open it in Excel, choose Save As → \"Excel Workbook (*.xlsx)\", then use the new .xlsx file.",
  },
  "read.wb.encrypted": {
    vi: "sổ có mật khẩu mở nên không đọc được. Mở sổ trong Excel, chọn Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu, lưu lại, rồi chạy lại.",
    en: "the workbook is protected by a password to open, so it cannot be read. Open it in Excel, choose File → Info → Protect Workbook → Encrypt with Password, clear the password, save, and run again.",
  },
  "read.wb.text": {
    vi: "đây là tệp văn bản (CSV/TXT/HTML), không phải sổ Excel .xlsx (có thể chỉ bị đổi đuôi tên). Mở tệp trong Excel, chọn Lưu thành (Save As) → \"Sổ làm việc Excel (*.xlsx)\"; hoặc dùng đúng sổ .xlsx.",
    en: "this is a text file (CSV/TXT/HTML), not an Excel .xlsx workbook (perhaps only renamed). Open it in Excel, choose Save As → \"Excel Workbook (*.xlsx)\"; or use the right .xlsx workbook.",
  },
  "read.wb.word": { vi: "đây là văn bản Word, không phải sổ Excel. Chọn đúng tệp .xlsx.", en: "this is a Word document, not an Excel workbook. Choose the right .xlsx file." },
  "read.wb.powerpoint": { vi: "đây là tệp PowerPoint, không phải sổ Excel. Chọn đúng tệp .xlsx.", en: "this is a PowerPoint file, not an Excel workbook. Choose the right .xlsx file." },
  "read.wb.pdf": { vi: "đây là tệp PDF, không phải sổ Excel. Chọn đúng tệp .xlsx.", en: "this is a PDF file, not an Excel workbook. Choose the right .xlsx file." },
  "read.wb.xlsb": {
    vi: "sổ được lưu dạng Excel nhị phân (.xlsb). Mở trong Excel, chọn Lưu thành (Save As) → \"Sổ làm việc Excel (*.xlsx)\".",
    en: "the workbook is saved as an Excel Binary Workbook (.xlsb). Open it in Excel, choose Save As → \"Excel Workbook (*.xlsx)\".",
  },
  "read.wb.openDocument": {
    vi: "đây là tệp LibreOffice/OpenOffice (.ods/.odt). Trong LibreOffice chọn Lưu thành (Save As) → \"Excel 2007-365 (.xlsx)\".",
    en: "this is a LibreOffice/OpenOffice file (.ods/.odt). In LibreOffice choose Save As → \"Excel 2007-365 (.xlsx)\".",
  },
  "read.wb.zipOfWorkbooks": {
    vi: "đây là tệp nén .zip chứa nhiều tệp. Giải nén (Extract All) rồi dùng các tệp .xlsx bên trong.",
    en: "this is a .zip archive holding several files. Extract it (Extract All) and use the .xlsx files inside.",
  },
  "read.wb.otherZip": { vi: "đây là tệp nén .zip, không phải sổ Excel .xlsx. Chọn đúng tệp .xlsx.", en: "this is a .zip archive, not an Excel .xlsx workbook. Choose the right .xlsx file." },
  "read.wb.binary": { vi: "nội dung tệp không phải sổ Excel .xlsx (không nhận ra được). Chọn đúng tệp .xlsx.", en: "the content is not an Excel .xlsx workbook (unrecognised). Choose the right .xlsx file." },
  "read.wb.damaged": { vi: "tệp .xlsx bị hỏng hoặc không đầy đủ (có thể chép hoặc tải về chưa xong). {fix}", en: "the .xlsx file is damaged or incomplete (perhaps a copy or download that did not finish). {fix}" },
  "read.wb.tooBigUnpacked": {
    vi: "sổ giải nén ra hơn {limit} MB, quá lớn để đọc. Xoá các trang và ảnh không cần trong Excel, lưu lại rồi chạy lại.",
    en: "the workbook unpacks to more than {limit} MB, too large to read. Delete sheets and pictures you do not need in Excel, save, and run again.",
  },
  "read.fix.reopen": {
    vi: "Mở tệp trong Excel: nếu Excel sửa được thì lưu lại dạng .xlsx; nếu không, dùng bản sao lưu (ví dụ tệp .truoc-gop-….xlsx) hoặc chép lại tệp.",
    en: "Open it in Excel: if Excel can repair it, save it again as .xlsx; if not, use a backup (e.g. a .truoc-gop-….xlsx file) or copy the file again.",
  },
  "read.fix.askUnit": { vi: "Xin đơn vị gửi lại tệp.", en: "Ask the unit to send the file again." },

  // text files (CSV, unit lists, .json) where something else was given
  "read.text.utf16": {
    vi: "tệp được lưu dạng UTF-16 (\"Unicode Text\"). {fix}",
    en: "the file is saved as UTF-16 (\"Unicode Text\"). {fix}",
  },
  "read.text.notUtf8": {
    vi: "dòng {line}: tệp không phải UTF-8 (có thể là bảng mã Windows-1258/TCVN3/VNI), chữ tiếng Việt sẽ bị sai. {fix}",
    en: "line {line}: the file is not UTF-8 (perhaps Windows-1258/TCVN3/VNI), so Vietnamese letters would be garbled. {fix}",
  },
  "read.text.binary": { vi: "tệp không phải văn bản (có ký tự nhị phân). Có thể đã chọn nhầm tệp. {fix}", en: "the file is not text (it holds binary data). Perhaps the wrong file was chosen. {fix}" },
  "read.text.isWorkbook": { vi: "đây là sổ Excel (.xlsx), không phải tệp văn bản. {fix}", en: "this is an Excel workbook (.xlsx), not a text file. {fix}" },
  "read.text.isXls": { vi: "đây là sổ Excel 97-2003 (.xls), không phải tệp văn bản. {fix}", en: "this is an Excel 97-2003 workbook (.xls), not a text file. {fix}" },
  "read.text.isOther": { vi: "đây là tệp {kind}, không phải tệp văn bản. Chọn đúng tệp.", en: "this is a {kind} file, not a text file. Choose the right file." },
  "read.text.blank": {
    vi: "tệp rỗng, không có nội dung. Chọn đúng tệp, hoặc lưu lại tệp từ chương trình đã tạo ra nó.",
    en: "the file is empty, it has no content. Choose the right file, or save it again from the program that made it.",
  },
  "read.csv.quoteNotClosed": { vi: "dấu ngoặc kép (\") mở ở dòng này không được đóng", en: "the double quote (\") opened on this line is never closed" },
  "read.csv.textAfterQuote": { vi: "có chữ ngay trước hoặc sau dấu ngoặc kép của một ô", en: "there is text right before or after a cell's double quotes" },
  "read.csv.unreadableLine": { vi: "dòng này không tách được thành các ô", en: "this line cannot be split into cells" },
  "read.fix.csv": {
    vi: "Trong Excel chọn Lưu thành (Save As) → \"CSV UTF-8 (Comma delimited) (*.csv)\".",
    en: "In Excel choose Save As → \"CSV UTF-8 (Comma delimited) (*.csv)\".",
  },
  // JSON syntax (templates, meeting.json): "Dòng 12, cột 5: …"
  "read.json.at": { vi: "Dòng {line}, cột {column}: {problem}", en: "Line {line}, column {column}: {problem}" },
  "read.json.unexpectedEnd": {
    vi: "tệp kết thúc khi dấu {open} mở ở dòng {openLine} chưa được đóng. Thêm dấu {close} còn thiếu (hoặc tệp bị cắt mất phần cuối: lấy lại tệp đầy đủ).",
    en: "the file ends while the {open} opened on line {openLine} is still open. Add the missing {close} (or the end of the file was cut off: get the whole file again).",
  },
  "read.json.missingValue": {
    vi: "thiếu giá trị ở đây (chữ trong ngoặc kép, số, true/false hoặc null).",
    en: "a value is missing here (text in double quotes, a number, true/false or null).",
  },
  "read.json.expectedComma": {
    vi: "thiếu dấu phẩy (,) giữa hai mục, hoặc thiếu dấu {close} để đóng dấu {open} mở ở dòng {openLine}.",
    en: "a comma (,) is missing between two items, or a {close} is missing to close the {open} opened on line {openLine}.",
  },
  "read.json.trailingComma": { vi: "dấu phẩy thừa trước dấu {close}. Xoá dấu phẩy này.", en: "an extra comma before {close}. Delete this comma." },
  "read.json.expectedColon": { vi: "thiếu dấu hai chấm (:) sau tên trường.", en: "a colon (:) is missing after the field name." },
  "read.json.expectedKey": { vi: "cần tên trường trong ngoặc kép, ví dụ \"title\".", en: "a field name in double quotes is expected, e.g. \"title\"." },
  "read.json.decimalComma": {
    vi: "số thập phân phải viết bằng dấu chấm (8.5), không dùng dấu phẩy (8,5).",
    en: "decimals must be written with a point (8.5), not a comma (8,5).",
  },
  "read.json.quote": {
    vi: "dùng ngoặc kép thẳng \" quanh chữ, không dùng ' hay “ ” (Word và một số trình soạn thảo tự đổi ngoặc kép).",
    en: "use straight double quotes \" around text, not ' or “ ” (Word and some editors change the quotes).",
  },
  "read.json.unterminatedString": {
    vi: "đoạn chữ mở bằng dấu \" ở đây chưa được đóng trên cùng dòng. Thêm dấu \" còn thiếu.",
    en: "the text opened with \" here is not closed on the same line. Add the missing \".",
  },
  "read.json.controlInString": {
    vi: "đoạn chữ chứa ký tự điều khiển (ví dụ phím Tab). Viết \\t thay cho Tab, hoặc xoá ký tự đó.",
    en: "the text holds a control character (e.g. a Tab). Write \\t instead of a Tab, or delete it.",
  },
  "read.json.badEscape": {
    vi: "dấu \\ trong đoạn chữ phải đi với một ký tự đặc biệt (\\n, \\\"…); muốn viết chính dấu \\ thì gõ \\\\.",
    en: "a \\ in text must be followed by a special character (\\n, \\\"…); to write a \\ itself type \\\\.",
  },
  "read.json.comment": { vi: "JSON không cho phép chú thích (// hoặc /* */). Xoá chú thích.", en: "JSON does not allow comments (// or /* */). Delete the comment." },
  "read.json.extraContent": {
    vi: "có nội dung thừa sau dấu ngoặc đóng cuối cùng. Xoá phần thừa, hoặc kiểm tra có dấu } hay ] đóng quá sớm.",
    en: "there is more after the last closing bracket. Delete it, or check for a } or ] that closes too early.",
  },
  "read.json.mismatchedClose": {
    vi: "dấu {found} không khớp với dấu {open} mở ở dòng {openLine} (cần {close}). Kiểm tra các cặp ngoặc.",
    en: "{found} does not match the {open} opened on line {openLine} ({close} expected). Check the brackets.",
  },
  "read.json.badValue": {
    vi: "\"{found}\" không phải giá trị JSON: chữ phải đặt trong ngoặc kép, đúng/sai viết true/false.",
    en: "\"{found}\" is not a JSON value: put text in double quotes, write yes/no as true/false.",
  },
  "read.json.badNumber": {
    vi: "số \"{found}\" viết sai: dùng dấu chấm thập phân, không có số 0 thừa ở đầu, ví dụ 8.5.",
    en: "the number \"{found}\" is malformed: use a decimal point and no leading zeros, e.g. 8.5.",
  },
  "read.json.tooDeep": {
    vi: "các dấu ngoặc { [ lồng nhau quá {limit} cấp. Tiêu chí chỉ cần vài cấp (nhóm → tiêu chí → tiêu chí con): kiểm tra lại các dấu ngoặc.",
    en: "brackets { [ are nested more than {limit} deep. Criteria need only a few levels (group → criterion → sub-criterion): check the brackets.",
  },
  "read.template.tooDeep": {
    vi: "tiêu chí lồng nhau quá {limit} cấp. Tiêu chí chỉ cần vài cấp (nhóm → tiêu chí → tiêu chí con).",
    en: "criteria are nested more than {limit} levels deep. Criteria need only a few levels (group → criterion → sub-criterion).",
  },
  "read.template.textTooLong": {
    vi: "trường \"{field}\" của {where} dài {length} ký tự, quá giới hạn {limit} ký tự (một ô Excel chứa tối đa 32.767 ký tự). Rút gọn đoạn này; phần giải thích dài để ở tài liệu riêng.",
    en: "the \"{field}\" field of {where} is {length} characters long, above the {limit}-character limit (an Excel cell holds at most 32,767). Shorten it; keep long explanations in a separate document.",
  },
  "read.template.whereCriterion": { vi: "tiêu chí {code}", en: "criterion {code}" },
  "read.template.whereTemplate": { vi: "mẫu", en: "the template" },
  "read.fix.json": {
    vi: "Mở tệp bằng trình soạn thảo văn bản (Notepad, VS Code) và lưu lại với bảng mã UTF-8.",
    en: "Open the file in a text editor (Notepad, VS Code) and save it again with the UTF-8 encoding.",
  },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
