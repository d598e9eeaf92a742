/** Texts of section "rollup.": the higher body's roll-up of several clusters (thidua rollup, docs/rollup.md). vi-VN first, en-US second. */
export const rollupTexts = {
  // ---- quotas (--quota; src/domain/rollup/quotas.ts) ----
  "cli.quota.syntax": {
    vi: "--quota \"{quota}\": viết <danh hiệu>=<số> hoặc <danh hiệu>=<phần trăm>%[:of=<danh hiệu>], ví dụ --quota \"Cờ thi đua=3\" hoặc --quota \"Cờ thi đua của Chính phủ=20%:of=Cờ thi đua của Bộ\".",
    en: "--quota \"{quota}\": write <award>=<number> or <award>=<percent>%[:of=<award>], e.g. --quota \"Cờ thi đua=3\" or --quota \"Cờ thi đua của Chính phủ=20%:of=Cờ thi đua của Bộ\".",
  },
  "cli.quota.badCap": {
    vi: "--quota \"{quota}\": sau dấu = cần một số nguyên (tối đa bao nhiêu đơn vị, ví dụ 3) hoặc một phần trăm (ví dụ 20%).",
    en: "--quota \"{quota}\": after = put a whole number (at most how many units, e.g. 3) or a percentage (e.g. 20%).",
  },
  "cli.quota.badPercent": { vi: "--quota \"{quota}\": phần trăm phải lớn hơn 0 và không quá 100, ví dụ 20%.", en: "--quota \"{quota}\": the percentage must be above 0 and at most 100, e.g. 20%." },
  "cli.quota.badOf": {
    vi: "--quota \"{quota}\": phần sau dấu : phải là of=<danh hiệu> (nhiều danh hiệu nối bằng +), và chỉ đi với phần trăm, ví dụ \"Cờ thi đua của Chính phủ=20%:of=Cờ thi đua của Bộ\".",
    en: "--quota \"{quota}\": after : write of=<award> (several joined with +), and only after a percentage, e.g. \"Cờ thi đua của Chính phủ=20%:of=Cờ thi đua của Bộ\".",
  },
  "quota.capCount": { vi: "tối đa {cap} đơn vị", en: "at most {cap} {cap:unit|units}" },
  "quota.capShareOf": { vi: "tối đa {percent}% của {base} đơn vị được đề nghị {of} = {cap}", en: "at most {percent}% of the {base} {base:unit|units} proposed for {of} = {cap}" },
  "quota.capShareAll": { vi: "tối đa {percent}% của {base} đơn vị = {cap}", en: "at most {percent}% of the {base} {base:unit|units} = {cap}" },
  "quota.ofJoin": { vi: " hoặc ", en: " or " },

  // ---- reading the clusters' files (src/export/readClusterResults.ts) ----
  "read.notResults": {
    vi: "không phải sổ chấm điểm ThiDua (thiếu trang ẩn của ThiDua) hay bảng tổng hợp xuất từ ThiDua (trang “Tổng hợp”). Dùng sổ chấm điểm của cụm, hoặc bảng tổng hợp (Excel hoặc CSV) mà ThiDua đã xuất.",
    en: "neither a ThiDua scoring workbook (ThiDua's hidden sheet is missing) nor a summary exported by ThiDua (sheet “Tổng hợp”). Use the cluster's scoring workbook, or the summary (Excel or CSV) ThiDua exported.",
  },
  "read.missingColumn": {
    vi: "{where}: thiếu cột “{column}”. Bảng tổng hợp xuất từ ThiDua có các cột: {columns}. Xuất lại bảng tổng hợp, đừng xoá hay đổi tên cột.",
    en: "{where}: column “{column}” is missing. A summary exported by ThiDua has the columns: {columns}. Export the summary again; do not delete or rename columns.",
  },
  "read.badNumber": {
    vi: "{where} ({unit}), cột {column}: “{value}” không phải số. Sửa ô này hoặc xuất lại bảng tổng hợp.",
    en: "{where} ({unit}), column {column}: “{value}” is not a number. Fix this cell or export the summary again.",
  },
  "read.blankUnit": { vi: "{where}: thiếu tên đơn vị ở cột Đơn vị. Điền tên hoặc xoá dòng này.", en: "{where}: the unit's name is missing in column Đơn vị. Fill it in or delete the line." },
  "read.noUnits": { vi: "bảng tổng hợp không có đơn vị nào (chỉ có dòng tiêu đề).", en: "the summary has no unit (only the header line)." },
  "read.csvLine": { vi: "dòng {line}", en: "line {line}" },
  "read.sheetRow": { vi: "trang {sheet}, dòng {row}", en: "sheet {sheet}, row {row}" },
  "read.at": { vi: "{file}, {where}", en: "{file}, {where}" },

  // ---- thidua rollup ----
  "cli.missingInput": {
    vi: "Thiếu tệp kết quả của các cụm. Ví dụ: thidua rollup cum-1.xlsx cum-2.csv --out tong-hop-khoi.xlsx",
    en: "Missing the clusters' result files. Example: thidua rollup cluster-1.xlsx cluster-2.csv --out rollup.xlsx",
  },
  "cli.noOutput": {
    vi: "Chưa chọn tệp kết quả: thêm ít nhất một trong --out <tệp.xlsx>, --csv <tệp.csv>, --docx <báo-cáo.docx>.",
    en: "No output chosen: add at least one of --out <file.xlsx>, --csv <file.csv>, --docx <report.docx>.",
  },
  "cli.scoreErrors": {
    vi: "{file}: điểm của cụm có {count} lỗi (xem bằng thidua export {file} --csv x.csv): kết quả chưa chốt. Sửa sổ, hoặc thêm --force để vẫn tổng hợp.",
    en: "{file}: the cluster's scores have {count} {count:error|errors} (see them with thidua export {file} --csv x.csv): the results are not final. Fix the workbook, or add --force to roll up anyway.",
  },
  "cli.sameCluster": {
    vi: "Cụm “{cluster}” có trong hai tệp: {first} và {second}. Bỏ bớt một tệp (có thể cùng một cụm được gửi hai lần).",
    en: "Cluster “{cluster}” is in two files: {first} and {second}. Leave one of them out (the same cluster may have been sent twice).",
  },
  "cli.unknownAward": {
    vi: "Chỉ tiêu {quota}: không đơn vị nào được đề nghị “{award}”. Kiểm tra tên danh hiệu; các danh hiệu có trong các cụm: {awards}.",
    en: "Quota {quota}: no unit is proposed for “{award}”. Check the award's name; the awards in the clusters: {awards}.",
  },
  "cli.read": { vi: "Đã đọc {cluster} ({file}): {units} đơn vị.", en: "Read {cluster} ({file}): {units} {units:unit|units}." },
  "cli.quotaOk": { vi: "Chỉ tiêu {quota}: {proposed} đơn vị được đề nghị, {cap}: trong chỉ tiêu.", en: "Quota {quota}: {proposed} {proposed:unit|units} proposed, {cap}: within the quota." },
  "cli.quotaOver": {
    vi: "Chỉ tiêu {quota}: {proposed} đơn vị được đề nghị, {cap}: VƯỢT {excess}. Đơn vị ngoài chỉ tiêu: {units}.",
    en: "Quota {quota}: {proposed} {proposed:unit|units} proposed, {cap}: {excess} OVER. Units beyond the quota: {units}.",
  },
  "cli.duplicate": { vi: "Đơn vị “{unit}” có ở nhiều cụm: {clusters}.", en: "Unit “{unit}” is in several clusters: {clusters}." },
  "cli.nearDuplicate": { vi: "Có thể trùng (tên gần giống): {units}.", en: "Possibly the same unit (names alike): {units}." },
  "cli.none": { vi: "Không có đơn vị trùng giữa các cụm.", en: "No unit appears in two clusters." },

  // ---- the consolidated table (.xlsx, .csv) and the report (.docx): always Vietnamese, like the biên bản ----
  "doc.sheet": { vi: "Tổng hợp khối", en: "Roll-up" },
  "doc.quotaSheet": { vi: "Chỉ tiêu", en: "Quotas" },
  "doc.title": { vi: "BẢNG TỔNG HỢP KẾT QUẢ THI ĐUA CỦA CÁC CỤM, KHỐI", en: "ROLL-UP OF THE CLUSTERS' EMULATION RESULTS" },
  "doc.reportTitle": { vi: "BÁO CÁO TỔNG HỢP KẾT QUẢ THI ĐUA CỦA CÁC CỤM, KHỐI", en: "REPORT ON THE CLUSTERS' EMULATION RESULTS" },
  "doc.period": { vi: "Kỳ: {period}", en: "Period: {period}" },
  "doc.head.cluster": { vi: "Cụm, khối", en: "Cluster" },
  "doc.head.rankInCluster": { vi: "Xếp hạng trong cụm", en: "Rank in cluster" },
  "doc.head.crossRank": { vi: "Hạng chung (cùng mẫu)", en: "Overall rank (same template)" },
  "doc.head.note": { vi: "Ghi chú", en: "Note" },
  "doc.head.quotaPlace": { vi: "Chỉ tiêu", en: "Quota" },
  "doc.note.alsoIn": { vi: "Cũng có ở {clusters}", en: "Also in {clusters}" },
  "doc.note.overQuota": { vi: "Ngoài chỉ tiêu {quota}", en: "Beyond the quota {quota}" },
  "doc.within": { vi: "Trong chỉ tiêu", en: "Within" },
  "doc.beyond": { vi: "Ngoài chỉ tiêu", en: "Beyond" },
  "doc.quotaLine": { vi: "{quota}: {cap}; được đề nghị {proposed}.", en: "{quota}: {cap}; {proposed} proposed." },
  "doc.quotaOver": { vi: "Vượt {excess} đơn vị. Ngoài chỉ tiêu: {units}.", en: "{excess} {excess:unit|units} over. Beyond the quota: {units}." },
  "doc.quotaWithin": { vi: "Trong chỉ tiêu.", en: "Within the quota." },
  "doc.noQuota": { vi: "Không đặt chỉ tiêu chung cho các cụm.", en: "No quota across clusters was set." },
  "doc.section.clusters": { vi: "1. Các cụm, khối đã tổng hợp", en: "1. The clusters rolled up" },
  "doc.section.quotas": { vi: "2. Chỉ tiêu khen thưởng chung", en: "2. Quotas across clusters" },
  "doc.section.duplicates": { vi: "3. Đơn vị có tên ở nhiều cụm", en: "3. Units in several clusters" },
  "doc.section.comparison": { vi: "4. So sánh tổng điểm giữa các cụm", en: "4. Comparing totals across clusters" },
  "doc.clusterLine": { vi: "{cluster}: {units} đơn vị, mẫu {template} (tệp {file}).", en: "{cluster}: {units} {units:unit|units}, template {template} (file {file})." },
  "doc.unknownTemplate": { vi: "không rõ", en: "unknown" },
  "doc.duplicateLine": { vi: "“{unit}”: {clusters}.", en: "“{unit}”: {clusters}." },
  "doc.nearDuplicateLine": { vi: "Tên gần giống, cần kiểm tra: {units}.", en: "Names alike, to check: {units}." },
  "doc.noDuplicates": { vi: "Không có đơn vị nào có tên ở hai cụm.", en: "No unit is named in two clusters." },
  "doc.compared": {
    vi: "{clusters} chấm theo cùng bộ tiêu chí ({template}): tổng điểm được so sánh (cột Hạng chung).",
    en: "{clusters} scored on the same criteria ({template}): their totals are compared (column Overall rank).",
  },
  "doc.notCompared.noTemplateHash": {
    vi: "{cluster}: không so sánh tổng điểm vì tệp là bảng tổng hợp xuất ra, không ghi bộ tiêu chí đã chấm; chỉ tổng hợp thứ hạng, xếp loại và đề nghị khen thưởng. Gửi sổ chấm điểm của cụm để so sánh được.",
    en: "{cluster}: totals not compared because the file is an exported summary that does not record the criteria; only rank, band and proposal are rolled up. Send the cluster's scoring workbook to compare.",
  },
  "doc.notCompared.templateDiffers": {
    vi: "{cluster}: không so sánh tổng điểm vì cụm chấm theo bộ tiêu chí khác các cụm còn lại ({template}); chỉ tổng hợp thứ hạng, xếp loại và đề nghị khen thưởng.",
    en: "{cluster}: totals not compared because the cluster scored on criteria no other cluster used ({template}); only rank, band and proposal are rolled up.",
  },
  "doc.periodsDiffer": { vi: "Lưu ý: các tệp ghi những kỳ khác nhau: {periods}. Kiểm tra lại tệp của từng cụm.", en: "Note: the files name different periods: {periods}. Check each cluster's file." },
  "doc.listJoin": { vi: ", ", en: ", " },
};
