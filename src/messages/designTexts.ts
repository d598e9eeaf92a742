/** Texts of section "design.": the criteria design sheet, pasted-table import and template sharing. vi-VN first, en-US second. */
export const designTexts = {
  // --- pasted-table import (H7): "Dòng {row}" is the sheet or file row, {column} its column letter ---
  "import.defaultTitle": { vi: "Bảng tiêu chí nhập từ bảng dán", en: "Criteria imported from a pasted table" },
  "import.noTitleColumn": {
    vi: "Không tìm thấy cột nội dung tiêu chí. Hãy dán bảng có cột Nội dung/Tiêu chí (và STT/Mã, Điểm chuẩn), hoặc thêm dòng tiêu đề cột.",
    en: "No criteria text column found. Paste a table with a Nội dung/Tiêu chí column (and STT/Mã, Điểm chuẩn), or add a header row.",
  },
  "import.noPointsColumn": {
    vi: "Không tìm thấy cột điểm (Điểm chuẩn/Điểm tối đa/Điểm): mọi tiêu chí chưa có điểm tối đa. Hãy thêm cột điểm hoặc đặt tên cột là \"Điểm chuẩn\".",
    en: "No points column found (Điểm chuẩn/Điểm tối đa/Điểm): no criterion has a maximum. Add a points column or name it \"Điểm chuẩn\".",
  },
  "import.noRows": { vi: "Bảng dán không có dòng tiêu chí nào.", en: "The pasted table has no criteria rows." },
  "import.noPoints": {
    vi: "Bảng dán không có điểm nào lớn hơn 0 nên không lập được thang điểm. Hãy kiểm tra cột điểm.",
    en: "The pasted table has no points above 0, so there is no scale. Check the points column.",
  },
  "import.noTitle": { vi: "Dòng {row}: mã \"{code}\" chưa có nội dung tiêu chí; tạm lấy mã làm tên.", en: "Row {row}: code \"{code}\" has no criterion text; the code is used as its title for now." },
  "import.badPoints": {
    vi: "Dòng {row}, cột {column}: không đọc được điểm \"{text}\"; để trống. Hãy nhập một số (ví dụ 10 hoặc 0,5).",
    en: "Row {row}, column {column}: cannot read the points \"{text}\"; left blank. Enter a number (e.g. 10 or 0.5).",
  },
  "import.ambiguousPoints": {
    vi: "Dòng {row}, cột {column}: \"{text}\" được hiểu là {value} điểm; nếu là số thập phân, hãy viết bằng dấu phẩy (ví dụ 1,5).",
    en: "Row {row}, column {column}: \"{text}\" is read as {value} points; for a decimal, write it with a comma (e.g. 1,5).",
  },
  "import.preamble": { vi: "Dòng {row}: bỏ qua \"{text}\" (chưa có tiêu chí nào phía trên).", en: "Row {row}: \"{text}\" skipped (no criterion above it yet)." },
  "import.leafNoPoints": {
    vi: "Dòng {row}: tiêu chí {code} chưa có điểm tối đa; tạm để 0. Hãy nhập điểm chuẩn.",
    en: "Row {row}: criterion {code} has no maximum; set to 0 for now. Enter its points.",
  },
  "import.groupSum": {
    vi: "Dòng {row}: tổng điểm các mục con ({sum}) khác điểm của nhóm {code} ({max}).",
    en: "Row {row}: the sub-items add up to {sum}, not the {max} points of group {code}.",
  },
  "import.totalMismatch": {
    vi: "Dòng {row}: tổng điểm các nhóm ({sum}) khác dòng tổng cộng ({total}); thang điểm lấy theo dòng tổng cộng.",
    en: "Row {row}: the groups add up to {sum}, not the total row's {total}; the scale follows the total row.",
  },
  "import.codeRenamed": {
    vi: "Dòng {row}: mã \"{code}\" lặp lại trong bảng; đặt mã \"{newCode}\".",
    en: "Row {row}: code \"{code}\" occurs more than once in the table; it becomes \"{newCode}\".",
  },
  "import.codesQualified": {
    vi: "Dòng {row}: mã \"{code}\" lặp lại trong bảng nên các mục cùng cấp từ dòng này được đặt mã kèm mã nhóm (\"{newCode}\"…).",
    en: "Row {row}: code \"{code}\" occurs more than once in the table, so the items of this level get their group's code in front (\"{newCode}\"…).",
  },
  "import.bonusSection": {
    vi: "Dòng {row}: nhóm {code} được hiểu là điểm cộng (ngoài thang điểm). Nếu nhóm này nằm trong thang điểm, hãy đổi loại thành chấm điểm.",
    en: "Row {row}: group {code} is read as bonus points (outside the scale). If it is part of the scale, change its kind to scored.",
  },
  "import.penaltySection": {
    vi: "Dòng {row}: nhóm {code} được hiểu là điểm trừ (ngoài điểm chuẩn).",
    en: "Row {row}: group {code} is read as deductions (outside the standard scores).",
  },
  "import.ruleUnread": {
    vi: "Dòng {row}: không đọc được cách chấm của tiêu chí {code} (\"{rule}\"): để chấm thẳng; hãy chọn cách chấm.",
    en: "Row {row}: cannot read the scoring rule of criterion {code} (\"{rule}\"): left as scored directly; choose a method.",
  },
  "import.ruleMixed": {
    vi: "Dòng {row}: cách chấm của tiêu chí {code} vừa cộng vừa trừ điểm: để chấm thẳng; hãy chọn cách chấm hoặc tách phần cộng, phần trừ thành tiêu chí riêng.",
    en: "Row {row}: the rule of criterion {code} both adds and deducts points: left as scored directly; choose a method or split the bonus and the deduction into separate criteria.",
  },
  "import.ruleSeveralAmounts": {
    vi: "Dòng {row}: cách chấm của tiêu chí {code} có nhiều mức điểm mỗi lần ({amounts}): để chấm thẳng; hãy chọn cách chấm.",
    en: "Row {row}: the rule of criterion {code} has several amounts per occurrence ({amounts}): left as scored directly; choose a method.",
  },
  "import.ruleSeveralCaps": {
    vi: "Dòng {row}: cách chấm của tiêu chí {code} có nhiều mức tối đa ({amounts}): để chấm thẳng; hãy chọn cách chấm.",
    en: "Row {row}: the rule of criterion {code} has several caps ({amounts}): left as scored directly; choose a method.",
  },
  "import.ruleLevelAboveMax": {
    vi: "Dòng {row}: cách chấm của tiêu chí {code} có mức điểm ({amounts}) lớn hơn điểm tối đa {max}: để chấm thẳng; hãy sửa điểm hoặc chọn cách chấm.",
    en: "Row {row}: the rule of criterion {code} has levels ({amounts}) above its maximum {max}: left as scored directly; fix the points or choose a method.",
  },
  "import.ruleRelativeNotScored": {
    vi: "Dòng {row}: tiêu chí {code} chấm so với đơn vị dẫn đầu nhưng là điểm cộng/trừ: để chấm thẳng; hãy chọn cách chấm.",
    en: "Row {row}: criterion {code} is scored against the cluster's best but is a bonus/deduction: left as scored directly; choose a method.",
  },
  "import.list": { vi: "{first}; {rest}", en: "{first}; {rest}" },
  "import.cli.unknownSub": {
    vi: "Không có lệnh con \"{word}\" của thidua template. Các lệnh con: {names}.",
    en: "thidua template has no subcommand \"{word}\". Subcommands: {names}.",
  },
  "import.cli.help": {
    vi: "Cách dùng: thidua template from-table <bảng.tsv|.csv|.txt|.xlsx> [--sheet <tên trang>] [--out <mẫu.json>] [--force] [--id <mã>] [--title \"…\"]\n\nĐọc bảng tiêu chí chép từ Word/PDF (cột STT/Mã, Nội dung, Điểm chuẩn, Cách chấm), in cây tiêu chí đề xuất và các nhận xét theo dòng.\nChỉ khi có --out mới ghi mẫu (.json); tệp đã có chỉ bị ghi đè khi có --force. Mã thoát: 0 = có đề xuất; 1 = không lập được đề xuất; 2 = dùng lệnh sai hoặc không mở được tệp.",
    en: "Usage: thidua template from-table <table.tsv|.csv|.txt|.xlsx> [--sheet <sheet name>] [--out <template.json>] [--force] [--id <id>] [--title \"…\"]\n\nReads a criteria table copied from Word/PDF (STT/Mã, Nội dung, Điểm chuẩn, Cách chấm columns), prints the proposed criteria tree and the findings by row.\nOnly with --out is the template (.json) written; an existing file is replaced only with --force. Exit codes: 0 = a proposal; 1 = no proposal; 2 = usage or a file that cannot be opened.",
  },
  "import.cli.noTable": {
    vi: "Thiếu tệp bảng. Ví dụ: thidua template from-table bang-diem.tsv --out mau.json",
    en: "The table file is missing. Example: thidua template from-table bang-diem.tsv --out template.json",
  },
  "import.cli.notJson": { vi: "{file}: tệp mẫu phải có đuôi .json.", en: "{file}: the template file must end in .json." },
  "import.cli.noSheet": { vi: "{file}: không có trang \"{sheet}\".", en: "{file}: there is no sheet \"{sheet}\"." },
  "import.cli.quotes": {
    vi: "{file}: có dấu ngoặc kép \" không đóng; bảng được đọc từng dòng, hãy kiểm tra các ô nhiều dòng.",
    en: "{file}: a quote \" is not closed; the table was read line by line, check the cells with several lines.",
  },
  "import.cli.summary": { vi: "Đề xuất: {count} tiêu chí chấm, thang điểm {total}:", en: "Proposal: {count} criteria to score, {total}-point scale:" },
  "import.cli.points": { vi: "{max} điểm", en: "{max} points" },
  "import.cli.noFindings": { vi: "Không có nhận xét.", en: "No findings." },
  "import.cli.noProposal": { vi: "Không lập được mẫu từ bảng này: xem các lỗi ở trên. Không ghi tệp nào.", en: "No template could be made from this table: see the errors above. No file was written." },
  "import.cli.notWritten": {
    vi: "Chưa ghi tệp nào. Xem lại đề xuất và nhận xét, rồi chạy lại với --out <mẫu.json> để ghi mẫu.",
    en: "Nothing written. Review the proposal and the findings, then run again with --out <template.json> to write it.",
  },
  "import.cli.written": { vi: "Đã ghi mẫu: {file}", en: "Template written: {file}" },
  "import.templateError": { vi: "Bảng đề xuất chưa hợp lệ: {detail}", en: "The proposal is not valid yet: {detail}" },
  "import.templateErrorAt": { vi: "Dòng {row}: {detail}", en: "Row {row}: {detail}" },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
