/** Texts of section "handout.": Self-scoring handout files and their merge (pane, CLI, findings). vi-VN first, en-US second. */
export const handoutTexts = {
  // --- the handout workbook (always Vietnamese, like the cluster workbook) ---
  "sheet.main": { vi: "Tự chấm", en: "Self-scoring" },
  "sheet.title": { vi: "BẢNG TỰ CHẤM ĐIỂM THI ĐUA – {unit}", en: "SELF-SCORING SHEET – {unit}" },
  "sheet.info": { vi: "Cụm thi đua: {cluster} · Kỳ: {period} · Mẫu: {template}", en: "Cluster: {cluster} · Period: {period} · Template: {template}" },
  "sheet.instructions": {
    vi: "Chỉ nhập vào cột F (điểm tự chấm) và cột G (minh chứng, ghi chú). Không sửa, thêm, xoá hay di chuyển dòng; không đổi tên trang. Lưu dạng .xlsx (không dùng .xls hay .csv) rồi gửi lại tệp này cho cụm trưởng.",
    en: "Type only in column F (self score) and column G (evidence, notes). Do not edit, add, delete or move rows, nor rename the sheet. Save as .xlsx (not .xls or .csv) and send this file back to the cluster head.",
  },
  "head.self": { vi: "Tự chấm", en: "Self score" },
  "head.note": { vi: "Minh chứng / ghi chú", en: "Evidence / notes" },
  "head.points": { vi: "Điểm (tạm tính)", en: "Points (provisional)" },
  "sum.scored": { vi: "Điểm các tiêu chí", en: "Criteria points" },
  "sum.bonus": { vi: "Điểm cộng (trong giới hạn)", en: "Bonus (within the cap)" },
  "sum.penalty": { vi: "Điểm trừ (trong giới hạn)", en: "Deductions (within the cap)" },
  "sum.total": { vi: "Tổng điểm tự chấm (tạm tính)", en: "Self-score total (provisional)" },
  "relative.later": { vi: "Tính khi cụm tổng hợp", en: "Computed when the cluster merges" },
  "relative.note": {
    vi: "Tiêu chí so với đơn vị cao nhất cụm: điểm chỉ tính được khi cụm tổng hợp, chưa có trong tổng tạm tính.",
    en: "Criteria scored relative to the cluster's best: their points are only known once the cluster merges; not in the provisional total.",
  },

  // --- reading a unit's file (src/xlsx/readHandoutFile.ts) ---
  "read.isCluster": {
    vi: "Đây là sổ chấm điểm của cả cụm, không phải bảng tự chấm của một đơn vị. Gộp các tệp tự chấm do lệnh thidua handout tạo ra.",
    en: "This is the cluster's scoring workbook, not a unit's self-scoring file. Merge the files made by thidua handout.",
  },
  "read.noMeta": {
    vi: "Không có trang ẩn {sheet}: tệp không phải bảng tự chấm ThiDua, hoặc trang ẩn đã bị xoá. Xin đơn vị tệp gốc, hoặc tạo lại tệp bằng thidua handout rồi chép điểm vào.",
    en: "There is no hidden sheet {sheet}: this is not a ThiDua self-scoring file, or the hidden sheet was deleted. Ask the unit for the original file, or make a new one with thidua handout and copy the scores in.",
  },
  "read.wrongFormat": {
    vi: "Trang ẩn {sheet} ghi định dạng \"{found}\", cần \"{expected}\". Tạo lại tệp bằng thidua handout của phiên bản này.",
    en: "The hidden sheet {sheet} says format \"{found}\", expected \"{expected}\". Make the file again with this version's thidua handout.",
  },
  "read.noSheet": {
    vi: "Không có trang \"{sheet}\" (đã bị xoá hoặc đổi tên). Đổi tên trang chứa điểm về \"{sheet}\", hoặc xin đơn vị tệp gốc.",
    en: "There is no sheet \"{sheet}\" (deleted or renamed). Rename the sheet with the scores back to \"{sheet}\", or ask the unit for the original file.",
  },

  // --- merge findings (src/domain/merge/planMerge.ts) ---
  "merge.wrongTemplate": {
    vi: "Tệp được tạo cho mẫu \"{found}\", sổ của cụm dùng mẫu \"{expected}\". Gửi đơn vị tệp mới tạo từ sổ này (thidua handout).",
    en: "The file was made for template \"{found}\"; the cluster's workbook uses \"{expected}\". Send the unit a new file made from this workbook (thidua handout).",
  },
  "merge.wrongVersion": {
    vi: "Tệp được tạo theo phiên bản mẫu \"{found}\", sổ của cụm dùng phiên bản \"{expected}\". Gửi đơn vị tệp mới tạo từ sổ này (thidua handout).",
    en: "The file was made from template version \"{found}\"; the cluster's workbook uses \"{expected}\". Send the unit a new file made from this workbook (thidua handout).",
  },
  "merge.templateChanged": {
    vi: "Các tiêu chí của mẫu đã thay đổi (tên, điểm tối đa hay cách chấm) từ khi tệp được tạo, dù vẫn là phiên bản \"{version}\". Gửi đơn vị tệp mới tạo từ sổ này (thidua handout).",
    en: "The template's criteria changed (title, maximum or method) since the file was made, although the version is still \"{version}\". Send the unit a new file made from this workbook (thidua handout).",
  },
  "merge.wrongPeriod": {
    vi: "Tệp thuộc kỳ \"{found}\", sổ của cụm là kỳ \"{expected}\". Có thể là tệp kỳ trước: xin đơn vị tệp của kỳ này.",
    en: "The file is for period \"{found}\"; the cluster's workbook is for \"{expected}\". Perhaps last period's file: ask the unit for this period's file.",
  },
  "merge.otherCluster": {
    vi: "Tệp ghi cụm \"{found}\", sổ này là cụm \"{expected}\". Kiểm tra lại tệp có đúng của cụm này không.",
    en: "The file names cluster \"{found}\"; this workbook is cluster \"{expected}\". Check that the file belongs to this cluster.",
  },
  "merge.unknownUnit": {
    vi: "Đơn vị \"{unit}\" không có trong sổ của cụm (các đơn vị: {units}). Sửa tên đơn vị trên trang Đơn vị của sổ, hoặc dùng đúng tệp của đơn vị.",
    en: "Unit \"{unit}\" is not in the cluster's workbook (units: {units}). Correct the name on the workbook's Đơn vị sheet, or use the unit's own file.",
  },
  "merge.legacyUnitName": {
    vi: "Tên đơn vị trong tệp là “{from}”, được gõ bằng {encoding}; chuyển sang Unicode là “{to}”, trùng với đơn vị “{unit}” của cụm nên tệp được gộp cho đơn vị này. Nên tạo lại tệp tự chấm từ sổ (thidua handout) để tên hiện đúng.",
    en: "The unit name in the file is “{from}”, typed with {encoding}; in Unicode it reads “{to}”, the cluster's unit “{unit}”, so the file is merged for that unit. Make the self-scoring file again from the workbook (thidua handout) so that the name shows correctly.",
  },
  "merge.legacyUnitNameInCluster": {
    vi: "Tên đơn vị “{from}” (trong tệp và trong sổ của cụm) được gõ bằng {encoding}; bằng Unicode là “{to}”. Cách sửa: sửa tên trên trang Đơn vị của sổ thành “{to}” (hoặc chèn lại mẫu với danh sách đã chuyển sang Unicode), rồi tạo lại các tệp tự chấm.",
    en: "The unit name “{from}” (in the file and in the cluster's workbook) was typed with {encoding}; in Unicode it reads “{to}”. To fix: change the name on the workbook's Đơn vị sheet to “{to}” (or insert the template again with the list converted to Unicode), then make the self-scoring files again.",
  },
  "merge.legacyUnknownUnit": {
    vi: "Tên đơn vị trong tệp là “{from}”, được gõ bằng {encoding} (bằng Unicode là “{to}”), và không có trong sổ của cụm (các đơn vị: {units}). Tệp không được gộp. Cách sửa: dùng đúng tệp tự chấm của đơn vị, tạo từ sổ của cụm (thidua handout).",
    en: "The unit name in the file is “{from}”, typed with {encoding} (in Unicode “{to}”), and is not in the cluster's workbook (units: {units}). The file is not merged. To fix: use the unit's own self-scoring file, made from the cluster's workbook (thidua handout).",
  },
  "merge.invisibleUnitName": {
    vi: "Tên đơn vị “{name}” trong tệp có ký tự ẩn (khoảng trắng không độ rộng, gạch nối mềm); ThiDua bỏ chúng đi khi so với danh sách đơn vị.",
    en: "The unit name “{name}” in the file holds invisible characters (zero-width spaces, soft hyphens); ThiDua leaves them out when matching it to the unit list.",
  },
  "merge.unknownUnitSimilar": {
    vi: "Đơn vị \"{unit}\" không có trong sổ của cụm; gần giống: {similar} (khác dấu). Nếu là cùng đơn vị, sửa tên cho thống nhất trên trang Đơn vị của sổ rồi gộp lại.",
    en: "Unit \"{unit}\" is not in the cluster's workbook; similar: {similar} (different diacritics). If it is the same unit, make the names agree on the workbook's Đơn vị sheet and merge again.",
  },
  "merge.duplicateUnit": {
    vi: "Có nhiều tệp cho cùng đơn vị {unit}: {files}. Chỉ giữ lại một tệp (tệp đúng) rồi gộp lại.",
    en: "Several files for the same unit {unit}: {files}. Keep only one (the right one) and merge again.",
  },
  "merge.extraCriterion": {
    vi: "Dòng có mã \"{code}\" ({title}) không có trong mẫu của cụm. Xoá dòng đó, hoặc dùng tệp mới tạo từ sổ này.",
    en: "A row with code \"{code}\" ({title}) is not in the cluster's template. Delete that row, or use a file made from this workbook.",
  },
  "merge.duplicateRow": {
    vi: "Mã {code} xuất hiện hai lần (lần đầu ở dòng {other}). Xoá dòng thừa.",
    en: "Code {code} appears twice (first on row {other}). Delete the extra row.",
  },
  "merge.criterionRenamed": {
    vi: "Tên tiêu chí {code} trong tệp là \"{found}\", mẫu ghi \"{expected}\". Tiêu chí đã bị sửa: dùng tệp mới tạo từ sổ này, hoặc trả lại tên gốc.",
    en: "Criterion {code} is named \"{found}\" in the file; the template says \"{expected}\". The criterion was edited: use a file made from this workbook, or restore the original name.",
  },
  "merge.maxChanged": {
    vi: "Điểm tối đa của tiêu chí {code} trong tệp là \"{found}\", mẫu ghi {expected}. Dùng tệp mới tạo từ sổ này.",
    en: "Criterion {code} has maximum \"{found}\" in the file; the template says {expected}. Use a file made from this workbook.",
  },
  "merge.criterionMissing": {
    vi: "Thiếu dòng tiêu chí {code} ({title}). Dòng đã bị xoá: dùng tệp mới tạo từ sổ này và chép điểm vào.",
    en: "The row of criterion {code} ({title}) is missing. It was deleted: use a file made from this workbook and copy the scores in.",
  },
  "merge.criteriaMissing": {
    vi: "Thiếu {count} dòng tiêu chí ({codes}). Dùng tệp mới tạo từ sổ này và chép điểm vào.",
    en: "{count} criterion rows are missing ({codes}). Use a file made from this workbook and copy the scores in.",
  },
  "merge.rowMoved": {
    vi: "Tiêu chí {code} nằm ở dòng {found} thay vì dòng {expected}; vẫn được ghép theo mã.",
    en: "Criterion {code} is on row {found} instead of row {expected}; matched by its code anyway.",
  },
  "merge.groupHasValue": {
    vi: "Dòng nhóm {code} có điểm nhập tay; điểm nhóm là tổng các tiêu chí con. Xoá giá trị đó và chấm từng tiêu chí con.",
    en: "Group row {code} has a typed score; a group's points are the sum of its children. Delete that value and score each child.",
  },
  "merge.alreadyMerged": {
    vi: "Tệp này đã được gộp lúc {at}, điểm không đổi: bỏ qua.",
    en: "This file was merged at {at} with the same scores: skipped.",
  },
  "merge.mergedBefore": {
    vi: "Đơn vị đã được gộp lúc {at} (tệp {file}); các ô khác đi được liệt kê bên dưới (cũ → mới).",
    en: "The unit was merged at {at} (file {file}); the cells that differ are listed below (old → new).",
  },
  "merge.unchanged": { vi: "Điểm trong tệp giống điểm đang có trong sổ: không có gì để ghi.", en: "The file's scores equal the workbook's: nothing to write." },
  "merge.noValues": { vi: "Tệp chưa có điểm tự chấm nào (cột Tự chấm trống): không có gì để ghi.", en: "The file has no self scores yet (the Self score column is empty): nothing to write." },
  "merge.overwrites": {
    vi: "{count} ô Tự chấm đang có điểm khác sẽ bị ghi đè (xem cột Cũ → Mới).",
    en: "{count} Tự chấm cells that hold a different score will be overwritten (see Old → New).",
  },
  "merge.skippedErrors": { vi: "{count} lỗi, cả tệp bị bỏ qua", en: "{count} errors, the whole file is skipped" },
  "merge.skippedDuplicate": { vi: "có tệp khác cho cùng đơn vị {unit}", en: "another file is for the same unit {unit}" },

  // --- command line: thidua handout ---
  "cli.clusterUnreadable": { vi: "{file}: {detail}", en: "{file}: {detail}" },
  "cli.clusterRowsMoved": {
    vi: "{file}: mã tiêu chí ở cột A trang Chấm điểm không khớp mẫu ({cells}). Trả các dòng về đúng chỗ rồi chạy lại.",
    en: "{file}: the criterion codes in column A of Chấm điểm do not match the template ({cells}). Put the rows back in place and run again.",
  },
  "cli.noUnits": { vi: "{file}: sổ chấm điểm chưa có đơn vị nào.", en: "{file}: the workbook has no units." },
  "cli.outDirIsFile": { vi: "{dir}: đây là tệp, không phải thư mục.", en: "{dir}: this is a file, not a folder." },
  "cli.handoutWritten": { vi: "  {file}  ←  {unit}", en: "  {file}  ←  {unit}" },
  "cli.handoutSummary": {
    vi: "Đã tạo {count} bảng tự chấm ({criteria} tiêu chí, mẫu {template}) trong {dir}. Gửi mỗi đơn vị tệp của mình; khi nhận lại: thidua merge {cluster} <các tệp…>",
    en: "Wrote {count} self-scoring files ({criteria} criteria, template {template}) in {dir}. Send each unit its file; when they come back: thidua merge {cluster} <files…>",
  },
  "cli.handoutPrefill": {
    vi: "Các tệp để trống cột Tự chấm (không chép điểm đang có trong sổ).",
    en: "The files' Self score column is empty (scores already in the workbook are not copied).",
  },

  // --- command line: thidua merge ---
  "cli.noFiles": { vi: "Thiếu các tệp tự chấm. Ví dụ: thidua merge so-cham-diem.xlsx tu-cham/*.xlsx", en: "No self-scoring files given. E.g. thidua merge book.xlsx self/*.xlsx" },
  "cli.filesHeading": { vi: "Các tệp ({count}):", en: "Files ({count}):" },
  "cli.fileMerge": {
    vi: "  {file} → {unit}: {changes} ô thay đổi ({values} điểm, {notes} ghi chú minh chứng)",
    en: "  {file} → {unit}: {changes} cells change ({values} scores, {notes} evidence notes)",
  },
  "cli.fileUnchanged": { vi: "  {file} → {unit}: không có gì thay đổi", en: "  {file} → {unit}: nothing changes" },
  "cli.fileAlreadyMerged": { vi: "  {file} → {unit}: đã gộp trước đây, bỏ qua", en: "  {file} → {unit}: merged before, skipped" },
  "cli.fileSkipped": { vi: "  {file}: BỎ QUA – {reason}", en: "  {file}: SKIPPED – {reason}" },
  "cli.changesHeading": { vi: "Các ô Tự chấm sẽ ghi ({count}):", en: "Tự chấm cells to write ({count}):" },
  "cli.noChanges": { vi: "Không có ô nào cần ghi.", en: "No cell to write." },
  "col.unit": { vi: "Đơn vị", en: "Unit" },
  "col.criterion": { vi: "Tiêu chí", en: "Criterion" },
  "col.cell": { vi: "Ô", en: "Cell" },
  "col.old": { vi: "Cũ", en: "Old" },
  "col.new": { vi: "Mới", en: "New" },
  "col.source": { vi: "Từ ô", en: "From" },
  "cli.findingsHeading": { vi: "{severity} ({count}):", en: "{severity} ({count}):" },
  "cli.findingLine": { vi: "  {where}: {text}", en: "  {where}: {text}" },
  "cli.fixLine": { vi: "      → {fix}", en: "      → {fix}" },
  "where.sheetCell": { vi: "trang {sheet}, ô {cell}", en: "sheet {sheet}, cell {cell}" },
  "where.sheet": { vi: "trang {sheet}", en: "sheet {sheet}" },
  "where.unit": { vi: "đơn vị {unit}", en: "unit {unit}" },
  "where.criterion": { vi: "tiêu chí {code}", en: "criterion {code}" },
  "cli.dryRun": { vi: "Chạy thử (--dry-run): chưa ghi gì vào {file}.", en: "Dry run (--dry-run): nothing written to {file}." },
  "cli.blocked": {
    vi: "{count} tệp bị bỏ qua vì lỗi: chưa ghi gì vào {file}. Sửa các tệp đó (hoặc bỏ chúng khỏi lệnh) rồi chạy lại, hoặc thêm --force để chỉ gộp các tệp không lỗi.",
    en: "{count} files are skipped because of errors: nothing written to {file}. Fix those files (or leave them out) and run again, or add --force to merge only the files without errors.",
  },
  "cli.forced": {
    vi: "--force: gộp các tệp không lỗi; {count} tệp bị bỏ qua (xem trên).",
    en: "--force: merging the files without errors; {count} files skipped (see above).",
  },
  "cli.written": {
    vi: "Đã ghi {changes} ô Tự chấm vào {file} (đã kiểm tra lại). Bản trước khi gộp: {backup}. Mở sổ trong Excel để tính lại tổng và xếp hạng.",
    en: "Wrote {changes} Tự chấm cells to {file} (verified). The file before the merge: {backup}. Open it in Excel to recalculate totals and ranks.",
  },
  "cli.verifyFailed": {
    vi: "{file}: kiểm tra sau khi ghi không khớp ({detail}); sổ KHÔNG bị thay đổi. Báo lỗi này cho nhóm phát triển.",
    en: "{file}: the check after writing failed ({detail}); the workbook was NOT changed. Please report this.",
  },
  "cli.afterMerge": {
    vi: "Sau khi gộp: {errors} lỗi, {warnings} cảnh báo trong điểm của cụm (mở sổ trong Excel, bước Kiểm tra, để xem chi tiết).",
    en: "After the merge: {errors} errors, {warnings} warnings in the cluster's scores (open the workbook in Excel and use Check for details).",
  },

  // --- task pane step "Tự chấm" (src/taskpane/steps/selfScoring) ---
  "pane.title": { vi: "Gộp bảng tự chấm của các đơn vị", en: "Merge the units' self-scoring files" },
  "pane.intro": {
    vi: "Chọn các tệp tự chấm (sổ Excel) đơn vị gửi về. ThiDua ghép theo tên đơn vị và mã tiêu chí, kiểm tra từng ô, rồi cho xem trước các ô Tự chấm sẽ ghi. Cột Cụm chấm không bao giờ bị ghi.",
    en: "Choose the self-scoring files (Excel workbooks) the units sent back. ThiDua matches them by unit name and criterion code, checks every cell, then previews the Tự chấm cells it will write. The Cụm chấm column is never written.",
  },
  "pane.pick": { vi: "Chọn tệp tự chấm", en: "Choose self-scoring files" },
  "pane.reading": { vi: "Đang đọc {count} tệp tự chấm", en: "Reading {count} self-scoring files" },
  "pane.writing": { vi: "Đang ghi {count} ô Tự chấm", en: "Writing {count} Tự chấm cells" },
  "pane.filesHeading": { vi: "Các tệp ({count})", en: "Files ({count})" },
  "pane.fileMerge": { vi: "{unit}: {changes} ô thay đổi", en: "{unit}: {changes} cells change" },
  "pane.fileUnchanged": { vi: "{unit}: không có gì thay đổi", en: "{unit}: nothing changes" },
  "pane.fileAlreadyMerged": { vi: "{unit}: đã gộp trước đây", en: "{unit}: merged before" },
  "pane.fileSkipped": { vi: "Bỏ qua: {reason}", en: "Skipped: {reason}" },
  "pane.changesHeading": { vi: "Các ô Tự chấm sẽ ghi ({count})", en: "Tự chấm cells to write ({count})" },
  "pane.showAll": { vi: "Xem tất cả {count} ô", en: "Show all {count} cells" },
  "pane.findingsHeading": { vi: "Phát hiện ({count})", en: "Findings ({count})" },
  "pane.noChanges": { vi: "Không có ô nào cần ghi.", en: "No cell to write." },
  "pane.skipBad": { vi: "Bỏ qua {count} tệp lỗi, chỉ gộp các tệp không lỗi", en: "Leave out the {count} files with errors, merge the others" },
  "pane.blocked": {
    vi: "{count} tệp có lỗi nên bị bỏ qua. Sửa các tệp đó rồi chọn lại, hoặc đánh dấu ô bên dưới để chỉ gộp các tệp không lỗi.",
    en: "{count} files have errors and are skipped. Fix them and choose again, or tick the box below to merge only the files without errors.",
  },
  "pane.write": { vi: "Ghi {count} ô vào cột Tự chấm", en: "Write {count} cells to the Tự chấm column" },
  "pane.written": { vi: "Đã ghi {count} ô Tự chấm. Có thể hoàn tác.", en: "Wrote {count} Tự chấm cells. This can be undone." },
  "pane.oldNew": { vi: "{old} → {new}", en: "{old} → {new}" },
  "pane.empty": { vi: "(trống)", en: "(empty)" },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
