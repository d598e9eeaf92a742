/**
 * Texts of section "change.": changing the criteria of a scoring workbook that already holds scores
 * (issue 13 item 4: add, remove, rename, re-scale criteria, keeping every score). vi-VN first, en-US second.
 */
export const changeTexts = {
  // --- rename problems (the user's "old code = new code" list); nothing is written while one exists ---
  "rename.unknownOld": {
    vi: "Đổi mã \"{from}={to}\": mẫu đang dùng không có tiêu chí mã {from}. Hãy xem lại mã cũ (cột Mã của trang Chấm điểm).",
    en: "Rename \"{from}={to}\": the template in use has no criterion with code {from}. Check the old code (column Mã of the Chấm điểm sheet).",
  },
  "rename.oldGroup": {
    vi: "Đổi mã \"{from}={to}\": {from} là nhóm tiêu chí, không có ô điểm. Chỉ đổi mã các tiêu chí được chấm (dòng có ô nhập điểm).",
    en: "Rename \"{from}={to}\": {from} is a group, it holds no scores. Only rename criteria that are scored (rows with score cells).",
  },
  "rename.unknownNew": {
    vi: "Đổi mã \"{from}={to}\": mẫu mới không có tiêu chí mã {to}. Hãy dùng một mã của mẫu mới.",
    en: "Rename \"{from}={to}\": the new template has no criterion with code {to}. Use a code of the new template.",
  },
  "rename.newGroup": {
    vi: "Đổi mã \"{from}={to}\": trong mẫu mới {to} là nhóm tiêu chí, không nhận điểm. Hãy chọn một tiêu chí con của nó.",
    en: "Rename \"{from}={to}\": in the new template {to} is a group and takes no scores. Choose one of its criteria.",
  },
  "rename.repeated": {
    vi: "Mã cũ {from} được đổi hai lần ({first} và {second}). Mỗi mã cũ chỉ đổi sang một mã mới.",
    en: "The old code {from} is renamed twice ({first} and {second}). Each old code goes to one new code only.",
  },
  "rename.collision": {
    vi: "Tiêu chí {to} của mẫu mới sẽ nhận điểm của cả {sources}: điểm này sẽ đè điểm kia. Hãy đổi mã một trong số đó sang mã khác (ví dụ \"{first}=<mã mới>\").",
    en: "Criterion {to} of the new template would receive the scores of both {sources}: one would overwrite the other. Rename one of them to another code (e.g. \"{first}=<new code>\").",
  },
  "rename.syntax": {
    vi: "Không đọc được \"{part}\" trong danh sách đổi mã: hãy viết mã cũ=mã mới, cách nhau bằng dấu phẩy, ví dụ \"I.3=I.4, II.1=II.2\".",
    en: "Cannot read \"{part}\" in the rename list: write old code=new code, separated by commas, e.g. \"I.3=I.4, II.1=II.2\".",
  },
  // --- a kept score that does not fit the changed criterion (flagged, never clipped or changed) ---
  scoreNoLongerFits: {
    vi: "Điểm {value} đã nhập theo tiêu chí cũ ({oldCode}, tối đa {oldMax}) không hợp với tiêu chí mới (tối đa {newMax}): {reason} Điểm được giữ nguyên, không tự sửa: hãy chấm lại ô này.",
    en: "The score {value} entered under the old criterion ({oldCode}, maximum {oldMax}) does not fit the new one (maximum {newMax}): {reason} The score is kept as it is, never changed for you: score this cell again.",
  },
  // --- why a score has no place any more ---
  "reason.criterionRemoved": { vi: "Tiêu chí không còn trong mẫu mới", en: "The criterion is not in the new template" },
  "reason.nowGroup": { vi: "Tiêu chí nay là nhóm (có tiêu chí con)", en: "The criterion is now a group (it has sub-criteria)" },
  "reason.unitRemoved": { vi: "Đơn vị không còn trong danh sách", en: "The unit is no longer in the list" },
  // --- the orphan sheet (written in the workbook's language) ---
  "sheet.orphans": { vi: "Điểm không còn tiêu chí", en: "Scores without a criterion" },
  "orphans.title": {
    vi: "Điểm đã nhập không còn chỗ sau khi đổi tiêu chí ({at}). ThiDua không xóa điểm nào: chép sang ô đúng nếu cần.",
    en: "Entered scores with no place after the criteria changed ({at}). ThiDua deletes no score: copy them to the right cell if needed.",
  },
  "orphans.head.unit": { vi: "Đơn vị", en: "Unit" },
  "orphans.head.code": { vi: "Mã cũ", en: "Old code" },
  "orphans.head.title": { vi: "Tiêu chí cũ", en: "Old criterion" },
  "orphans.head.max": { vi: "Tối đa cũ", en: "Old maximum" },
  "orphans.head.self": { vi: "Tự chấm", en: "Self score" },
  "orphans.head.cluster": { vi: "Cụm chấm", en: "Cluster score" },
  "orphans.head.cell": { vi: "Ô cũ", en: "Former cell" },
  "orphans.head.reason": { vi: "Lý do", en: "Reason" },
  // --- the preview and results (pane and CLI) ---
  "status.kept": { vi: "giữ nguyên", en: "kept" },
  "status.renamed": { vi: "đổi mã {from} → {to}", en: "renamed {from} → {to}" },
  "status.removed": { vi: "bỏ", en: "removed" },
  "status.added": { vi: "thêm mới", en: "added" },
  "difference.title": { vi: "đổi tên", en: "title changed" },
  "difference.max": { vi: "tối đa {old} → {new}", en: "maximum {old} → {new}" },
  "difference.method": { vi: "đổi cách chấm", en: "scoring method changed" },
  "difference.kind": { vi: "đổi loại", en: "kind changed" },
  "difference.naAllowed": { vi: "đổi N/A", en: "N/A allowed changed" },
  joined: { vi: "{first}, {next}", en: "{first}, {next}" },
  criterionLine: { vi: "{code} {title}: {status}", en: "{code} {title}: {status}" },
  summary: {
    vi: "Điểm đã nhập: {kept} giữ ở tiêu chí cũ, {moved} chuyển sang mã mới, {orphaned} không còn chỗ (lưu ở trang “{sheet}”, không bị xóa).",
    en: "Entered scores: {kept} stay on their criterion, {moved} move to a new code, {orphaned} have no place (kept on the sheet “{sheet}”, never deleted).",
  },
  summaryAllKept: {
    vi: "Điểm đã nhập: {kept} giữ ở tiêu chí cũ, {moved} chuyển sang mã mới; điểm nào cũng có chỗ.",
    en: "Entered scores: {kept} stay on their criterion, {moved} move to a new code; every score has a place.",
  },
  orphanLine: {
    vi: "{unit} – {code} {title}: Tự chấm {self}, Cụm chấm {cluster} ({reason})",
    en: "{unit} – {code} {title}: self {self}, cluster {cluster} ({reason})",
  },
  "insert.done": {
    vi: "Đã dựng lại sổ theo tiêu chí mới: tạo {created} trang tính, thay {replaced} trang tính; giữ lại {kept} điểm đã nhập; {orphaned} điểm không còn tiêu chí được lưu ở trang “{sheet}”.",
    en: "The workbook was rebuilt with the new criteria: {created} {created:sheet|sheets} created, {replaced} replaced; {kept} entered {kept:score|scores} carried over; {orphaned} {orphaned:score|scores} without a criterion are kept on the sheet “{sheet}”.",
  },
  // --- the pane (step Chèn mẫu, re-inserting over a workbook that holds scores) ---
  "pane.title": { vi: "Tiêu chí thay đổi so với sổ đang dùng", en: "Criteria changed from the workbook in use" },
  "pane.noCriteriaChange": { vi: "Tiêu chí được chấm không thay đổi.", en: "The scored criteria do not change." },
  "pane.orphansTitle": {
    vi: "{count} điểm không còn chỗ, sẽ lưu ở trang “{sheet}” (không bị xóa)",
    en: "{count} {count:score|scores} with no place, to be kept on the sheet “{sheet}” (never deleted)",
  },
  "pane.findingsTitle": { vi: "{count} điểm cần chấm lại (được giữ nguyên)", en: "{count} {count:score|scores} to score again (kept as they are)" },
  "pane.problemsTitle": { vi: "Danh sách đổi mã chưa dùng được", en: "The rename list cannot be used yet" },
  "pane.renamesLabel": {
    vi: "Tiêu chí đổi mã (mã cũ=mã mới, cách nhau bằng dấu phẩy; ví dụ I.3=I.4)",
    en: "Criteria whose code changed (old=new, separated by commas; e.g. I.3=I.4)",
  },
  "pane.applyRenames": { vi: "Áp dụng đổi mã", en: "Apply renames" },
  paneFinding: { vi: "{unit}, {criterion} (ô {cell}): {text}", en: "{unit}, {criterion} (cell {cell}): {text}" },
  // --- CLI: thidua template apply ---
  "cli.heading": {
    vi: "Đổi tiêu chí của {file}: mẫu {oldTitle} → {newTitle}",
    en: "Changing the criteria of {file}: template {oldTitle} → {newTitle}",
  },
  "cli.criteriaHeading": { vi: "Tiêu chí được chấm ({count} thay đổi):", en: "Scored criteria ({count} changed):" },
  "cli.noCriteriaChange": { vi: "Không tiêu chí nào thay đổi.", en: "No criterion changed." },
  "cli.orphansHeading": { vi: "Điểm không còn chỗ ({count}), sẽ lưu ở trang “{sheet}”:", en: "Scores with no place ({count}), to be kept on the sheet “{sheet}”:" },
  "cli.findingsHeading": { vi: "Điểm cần chấm lại ({count}):", en: "Scores to look at again ({count}):" },
  "cli.dryRun": { vi: "Chạy thử (--dry-run): không ghi tệp nào.", en: "Dry run (--dry-run): no file was written." },
  "cli.written": {
    vi: "Đã ghi {out}: sổ mới theo tiêu chí mới; {file} giữ nguyên như cũ.",
    en: "Wrote {out}: the workbook with the new criteria; {file} is left as it was.",
  },
  "cli.notCarried": {
    vi: "Các trang sau không được chép sang sổ mới và vẫn nằm nguyên trong {file}: {sheets}.",
    en: "These sheets are not copied to the new workbook and stay as they are in {file}: {sheets}.",
  },
  "cli.blocked": {
    vi: "Chưa ghi gì: hãy sửa danh sách đổi mã (--rename) ở trên rồi chạy lại.",
    en: "Nothing was written: correct the rename list (--rename) above and run again.",
  },
};
