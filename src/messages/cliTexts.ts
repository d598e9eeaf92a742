/** Texts of the command line (thidua …): vi-VN first, en-US second. */
export const cliTexts = {
  // --- usage ---
  "usage.unknownCommand": {
    vi: "Không có lệnh \"{command}\". Các lệnh: templates, check, rank, build, demo, export, handout, merge.",
    en: "There is no command \"{command}\". Commands: templates, check, rank, build, demo, export, handout, merge.",
  },
  "usage.noCommand": { vi: "Chưa nhập lệnh.", en: "No command given." },
  "usage.unknownOption": {
    vi: "Lệnh {command} không có tuỳ chọn {option}. Xem: thidua {command} --help",
    en: "The {command} command has no option {option}. See: thidua {command} --help",
  },
  "usage.missingValue": {
    vi: "Tuỳ chọn {option} cần một giá trị, ví dụ {example}.",
    en: "Option {option} needs a value, e.g. {example}.",
  },
  "usage.repeatedOption": {
    vi: "Tuỳ chọn {option} được nhập hai lần ({first} và {second}). Chỉ nhập một lần, với tệp bạn muốn dùng.",
    en: "Option {option} is given twice ({first} and {second}). Give it once, with the file you mean.",
  },
  "usage.flagWithValue": { vi: "Tuỳ chọn {option} không nhận giá trị.", en: "Option {option} takes no value." },
  "usage.badLang": {
    vi: "Ngôn ngữ \"{value}\" không được hỗ trợ. Dùng --lang vi hoặc --lang en.",
    en: "Language \"{value}\" is not supported. Use --lang vi or --lang en.",
  },
  "usage.badUnitCount": {
    vi: "--units cần số đơn vị là số nguyên dương, không phải \"{value}\". Ví dụ: --units 5",
    en: "--units needs the number of units as a positive whole number, not \"{value}\". E.g. --units 5",
  },
  "usage.missingOption": {
    vi: "Thiếu tuỳ chọn {option}. Ví dụ: {example}",
    en: "Option {option} is required. E.g. {example}",
  },
  "usage.missingArgument": {
    vi: "Thiếu {what}. Ví dụ: {example}",
    en: "Missing {what}. E.g. {example}",
  },
  "usage.extraArgument": {
    vi: "Không hiểu đối số \"{arg}\". Xem: thidua {command} --help",
    en: "Unexpected argument \"{arg}\". See: thidua {command} --help",
  },
  "usage.seeHelp": { vi: "Xem: thidua --help", en: "See: thidua --help" },
  "what.template": { vi: "mẫu (mã mẫu chuẩn hoặc tệp .json)", en: "a template (standard id or .json file)" },

  /** Text already rendered for the locale (e.g. a list of domain messages). */
  raw: { vi: "{text}", en: "{text}" },

  // --- files: see fileTexts.ts ("files.read.…") ---

  // --- CSV of scores ---
  "csv.syntax": {
    vi: "{where}: lỗi cú pháp CSV ({detail}). Kiểm tra dấu ngoặc kép: một ô có dấu ngoặc kép phải bắt đầu và kết thúc bằng \".",
    en: "{where}: CSV syntax error ({detail}). Check the quotes: a quoted cell must start and end with \".",
  },
  "csv.oneColumn": {
    vi: "{where}: dòng tiêu đề chỉ có một cột (\"{header}\"). Các cột phải cách nhau bằng dấu phẩy (,) hoặc dấu chấm phẩy (;), ví dụ: đơn vị;tiêu chí;tự chấm;cụm chấm",
    en: "{where}: the header line has a single column (\"{header}\"). Separate the columns with commas (,) or semicolons (;), e.g. unit,criterion,self,cluster",
  },
  "csv.missingColumn": {
    vi: "{where}: thiếu cột {column} trong dòng tiêu đề (có: {found}). Đặt tên cột là một trong: {aliases}.",
    en: "{where}: the header has no {column} column (found: {found}). Name it one of: {aliases}.",
  },
  "csv.missingScoreColumn": {
    vi: "{where}: dòng tiêu đề không có cột điểm (có: {found}). Thêm cột \"tự chấm\" và/hoặc \"cụm chấm\" (self, cluster).",
    en: "{where}: the header has no score column (found: {found}). Add a \"self\" and/or \"cluster\" column (tự chấm, cụm chấm).",
  },
  "csv.duplicateColumn": {
    vi: "{where}: cột {column} xuất hiện hai lần (cột {first} và cột {second}). Xoá hoặc đổi tên một cột.",
    en: "{where}: the {column} column appears twice (columns {first} and {second}). Delete or rename one.",
  },
  "csv.fieldCount": {
    vi: "{where}: dòng có {count} ô nhưng dòng tiêu đề có {expected} cột.{hint}",
    en: "{where}: the line has {count} {count:cell|cells} but the header has {expected} columns.{hint}",
  },
  "csv.fieldCount.decimalComma": {
    vi: " Tệp dùng dấu phẩy để phân cách cột nên số thập phân như 8,5 phải đặt trong ngoặc kép (\"8,5\"), hoặc dùng dấu chấm phẩy (;) để phân cách.",
    en: " The file separates columns with commas, so decimals such as 8,5 must be quoted (\"8,5\"), or use semicolons (;) as the separator.",
  },
  "csv.fieldCount.otherSeparator": {
    vi: " Dòng tiêu đề phân cách cột bằng \"{delimiter}\" nhưng dòng này có vẻ dùng \"{other}\": dùng cùng một dấu phân cách cho cả tệp.",
    en: " The header separates columns with \"{delimiter}\" but this line seems to use \"{other}\": use one separator throughout the file.",
  },
  "csv.noRows": {
    vi: "{file}: chỉ có dòng tiêu đề, không có dòng điểm nào. Thêm dưới dòng tiêu đề mỗi dòng một điểm: đơn vị, tiêu chí, điểm.",
    en: "{file}: only a header line, no score lines. Add one line per score below the header: unit, criterion, score.",
  },
  "csv.moreErrors": { vi: "… và {count} lỗi khác.", en: "… and {count} more." },
  "column.unit": { vi: "đơn vị", en: "unit" },
  "column.criterion": { vi: "tiêu chí", en: "criterion" },
  "column.self": { vi: "tự chấm", en: "self" },
  "column.cluster": { vi: "cụm chấm", en: "cluster" },

  // --- units file ---
  "units.empty": { vi: "{file}: không có tên đơn vị nào. Ghi mỗi dòng một tên đơn vị.", en: "{file}: no unit names. Write one unit name per line." },

  // --- templates ---
  "template.unknownId": {
    vi: "Không có mẫu chuẩn \"{id}\". Các mẫu: {known}. Hoặc đưa đường dẫn tệp .json.",
    en: "There is no standard template \"{id}\". Templates: {known}. Or give the path of a .json file.",
  },
  "template.invalid": {
    vi: "{source}: mẫu không hợp lệ ({count} lỗi):",
    en: "{source}: the template is not valid ({count} {count:error|errors}):",
  },
  "template.standardBroken": {
    vi: "Mẫu chuẩn {id} bị lỗi ({detail}); hãy báo cho người phát triển.",
    en: "Standard template {id} is broken ({detail}); please report it.",
  },

  // --- templates command ---
  "templates.col.id": { vi: "Mã", en: "Id" },
  "templates.col.title": { vi: "Tên mẫu", en: "Title" },
  "templates.col.total": { vi: "Thang điểm", en: "Total" },
  "templates.col.criteria": { vi: "Số tiêu chí", en: "Criteria" },
  "templates.col.source": { vi: "Nguồn", en: "Source" },
  "templates.col.basis": { vi: "Căn cứ", en: "Basis" },
  "templates.basis.published": { vi: "theo văn bản", en: "published" },
  "templates.basis.bandsOnly": { vi: "chỉ xếp loại; tiêu chí giữ chỗ", en: "bands only; placeholder criteria" },
  "templates.basis.example": { vi: "mẫu ví dụ của ThiDua", en: "ThiDua example" },
  "templates.footer": {
    vi: "{count} mẫu. Số tiêu chí = số tiêu chí được chấm (lá). Xem chi tiết: thidua check <mã>",
    en: "{count} {count:template|templates}. Criteria = scorable (leaf) criteria. Details: thidua check <id>",
  },

  // --- check command ---
  "check.col.severity": { vi: "Mức độ", en: "Severity" },
  "check.col.path": { vi: "Vị trí (đường dẫn JSON)", en: "Where (JSON path)" },
  "check.col.message": { vi: "Nội dung", en: "Message" },
  "check.summary": {
    vi: "Mẫu {id} – {title}: {leaves} tiêu chí, thang {total} điểm. {errors} lỗi, {warnings} cảnh báo.",
    en: "Template {id} – {title}: {leaves} criteria, {total}-point scale. {errors} {errors:error|errors}, {warnings} {warnings:warning|warnings}.",
  },
  "check.ok": { vi: "Mẫu dùng được.", en: "The template can be used." },
  "check.notOk": { vi: "Mẫu có lỗi, chưa dùng được: sửa các lỗi trên.", en: "The template has errors and cannot be used: fix them." },

  // --- severities ---
  "severity.error": { vi: "Lỗi", en: "Error" },
  "severity.warning": { vi: "Cảnh báo", en: "Warning" },
  "severity.info": { vi: "Thông tin", en: "Info" },

  // --- rank command ---
  "rank.header": {
    vi: "Mẫu: {title} ({id}, phiên bản {version}). Tệp điểm: {file}, {rows} dòng, {units} đơn vị.",
    en: "Template: {title} ({id}, version {version}). Scores: {file}, {rows} lines, {units} units.",
  },
  "rank.findingsHeading": { vi: "{severity} ({count}):", en: "{severity}s ({count}):" },
  "rank.noFindings": { vi: "Không có lỗi hay cảnh báo.", en: "No errors or warnings." },
  "rank.fix": { vi: "Cách sửa: {fix}", en: "Fix: {fix}" },
  "rank.column.self": { vi: "tự chấm", en: "self" },
  "rank.column.cluster": { vi: "cụm chấm", en: "cluster" },
  "rank.missingGrouped": { vi: "Chưa chấm {count} tiêu chí: {codes}", en: "{count} criteria not scored: {codes}" },
  "rank.alsoAtLines": { vi: "(cũng ở các dòng {lines})", en: "(also on lines {lines})" },
  "rank.rankingHeading": { vi: "Bảng xếp hạng:", en: "Ranking:" },
  "rank.col.rank": { vi: "Hạng", en: "Rank" },
  "rank.col.unit": { vi: "Đơn vị", en: "Unit" },
  "rank.col.self": { vi: "Tự chấm", en: "Self" },
  "rank.col.cluster": { vi: "Cụm chấm", en: "Cluster" },
  "rank.col.bonus": { vi: "Cộng", en: "Bonus" },
  "rank.col.penalty": { vi: "Trừ", en: "Deduct." },
  "rank.col.total": { vi: "Tổng", en: "Total" },
  "rank.col.percent": { vi: "Tỷ lệ %", en: "% of max" },
  "rank.col.band": { vi: "Xếp loại", en: "Band" },
  "rank.col.eligible": { vi: "Đủ ĐK", en: "Eligible" },
  "rank.col.award": { vi: "Khen thưởng", en: "Award" },
  "rank.yes": { vi: "Có", en: "Yes" },
  "rank.no": { vi: "Không", en: "No" },
  "rank.awardVote": { vi: "Bình xét: {award} ({slots} suất)", en: "Vote: {award} ({slots} {slots:place|places})" },
  "rank.tiesHeading": { vi: "Phân định khi bằng điểm:", en: "Ties:" },
  "rank.awardsHeading": { vi: "Đề nghị khen thưởng:", en: "Award proposals:" },
  "rank.noAwards": { vi: "Không có đơn vị nào được đề nghị.", en: "No unit is proposed." },
  "rank.ineligibleHeading": { vi: "Không đủ điều kiện:", en: "Not eligible:" },
  "rank.legend": {
    vi: "Tự chấm = tổng tự chấm; Cụm chấm = điểm các tiêu chí theo cụm chấm (ô trống lấy điểm tự chấm), chưa cộng/trừ; Tổng = Cụm chấm + Cộng − Trừ.",
    en: "Self = self-scored total; Cluster = criteria points as scored by the cluster (self score where empty), before bonus/deductions; Total = Cluster + Bonus − Deductions.",
  },
  "rank.legendPercent": {
    vi: "Mẫu xếp hạng theo Tỷ lệ % = Tổng / điểm tối đa của đơn vị (bỏ tiêu chí không áp dụng) × 100.",
    en: "This template ranks by % of max = Total / the unit's own maximum (not-applicable criteria excluded) × 100.",
  },
  "rank.hasErrors": {
    vi: "Bảng điểm có {count} lỗi: kết quả trên chỉ để tham khảo cho đến khi sửa xong (mã thoát 1).",
    en: "The scores have {count} {count:error|errors}: the result above is provisional until they are fixed (exit code 1).",
  },
  // --- build and demo commands (write a scoring workbook) ---
  "build.notXlsx": {
    vi: "{file}: tệp kết quả phải có đuôi .xlsx (Excel không mở tệp .xlsx mang đuôi khác).",
    en: "{file}: the output file must end in .xlsx (Excel refuses an .xlsx file with another extension).",
  },
  "build.duplicateUnit": {
    vi: "{where}: đơn vị \"{name}\" trùng với \"{other}\" đã có trong danh sách. Mỗi đơn vị chỉ ghi một lần.",
    en: "{where}: unit \"{name}\" is the same as \"{other}\" earlier in the list. List each unit once.",
  },
  "build.written": {
    vi: "Đã ghi sổ chấm điểm {file}: mẫu {title} ({id}), {units} đơn vị, {criteria} tiêu chí.",
    en: "Wrote the scoring workbook {file}: template {title} ({id}), {units} units, {criteria} criteria.",
  },
  "build.filled": {
    vi: "Đã điền điểm từ {scores}: {filled} dòng.",
    en: "Filled in the scores from {scores}: {filled} lines.",
  },
  "build.unmatched": {
    vi: "{count} dòng điểm không khớp đơn vị hoặc tiêu chí nào của sổ nên không được điền (xem các lỗi ở trên).",
    en: "{count} score {count:line|lines} match no unit or criterion of the workbook and were not filled in (see the errors above).",
  },
  "build.howToUse": {
    vi: "Mở tệp bằng Excel: nhập điểm ở trang Chấm điểm, trang Xếp hạng tự tính lại tổng, hạng, xếp loại và đề nghị khen thưởng.",
    en: "Open it in Excel: enter scores on the Chấm điểm sheet; the Xếp hạng sheet recalculates totals, ranks, bands and award proposals.",
  },
  "build.hasErrors": {
    vi: "Bảng điểm có {count} lỗi: sổ vẫn được ghi, các ô lỗi được tính 0 điểm; sửa chúng trong sổ (mã thoát 1).",
    en: "The scores have {count} {count:error|errors}: the workbook was written anyway and those cells count 0; fix them in the workbook (exit code 1).",
  },
  "demo.written": {
    vi: "Đã ghi sổ ví dụ {file}: {cluster}, năm {period}, mẫu {id}. Điểm là số liệu giả định để minh hoạ.",
    en: "Wrote the example workbook {file}: {cluster}, {period}, template {id}. The scores are made up for illustration.",
  },
  "demo.summary": {
    vi: "Trang Xếp hạng của sổ sẽ cho kết quả này (tính bằng ThiDua):",
    en: "The workbook's Xếp hạng sheet gives this result (computed by ThiDua):",
  },
} as const satisfies Record<string, { vi: string; en: string }>;
