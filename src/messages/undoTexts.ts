/** Texts of section "undo.": Undo that never overwrites later work, and fixes that are right. vi-VN first, en-US second. */
export const undoTexts = {
  // --- undo, in the workbook actions ---
  "error.moreTyped": {
    vi: "Từ lúc bạn xác nhận, các trang sẽ bị xóa đã có {count} ô nhập sau thao tác đó (lúc xác nhận là {shown}). Chưa có gì thay đổi: hãy bấm Hoàn tác lại để xem và chọn lại.",
    en: "Since you confirmed, the sheets to be deleted have come to hold {count} cells typed after that operation ({shown} when you confirmed). Nothing was changed: press Undo again to look and choose again.",
  },
  doneKept: {
    vi: "{done} {kept} ô đã được sửa sau thao tác đó nên được giữ nguyên.",
    en: "{done} {kept} {kept:cell|cells} changed after that operation were kept as they are.",
  },
  doneCopied: {
    vi: "{done} {count} ô đã nhập được lưu ở trang “{sheet}”.",
    en: "{done} {count} typed {count:cell|cells} were kept on the sheet “{sheet}”.",
  },
  // --- fixes that are right (findings of the domain) ---
  "entry.textNumberInvalid": {
    vi: "\"{value}\" là chữ trông giống số nên không được tính điểm; đổi thành số cũng không hợp lệ: {reason} Hãy nhập lại điểm đúng.",
    en: "\"{value}\" is text that looks like a number, so it is not counted; as a number it would not be valid either: {reason} Type the right score.",
  },
  "entry.countOverMax": {
    vi: "Dòng này nhập số lần, không phải điểm: {value} lần là quá {maxCount} lần, đã tính đủ {limit} điểm (mỗi lần {per} điểm). Nếu đúng là {value} lần thì giữ nguyên; nếu đó là điểm, hãy nhập số lần.",
    en: "This row takes a count, not points: {value} is more than {maxCount}, which already counts the full {limit} points (each {per} points). If there really were {value}, keep it; if it is points, enter the count instead.",
  },
  "fix.changesScore": {
    vi: "Cách sửa này thay đổi điểm: chỉ chọn khi bạn chắc chắn.",
    en: "This fix changes the score: tick it only when you are sure.",
  },
  // --- count rows in the workbook (input message of the data validation) ---
  "dv.count": {
    vi: "{code}: nhập số lần, không phải điểm (mỗi lần {per} điểm, tối đa {limit} điểm): số nguyên từ 0 đến {maxCount}.",
    en: "{code}: enter a count, not points (each {per} points, at most {limit} points): a whole number from 0 to {maxCount}.",
  },
  "dv.countOpen": {
    vi: "{code}: nhập số lần, không phải điểm (mỗi lần {per} điểm): số nguyên từ 0 trở lên.",
    en: "{code}: enter a count, not points (each {per} points): a whole number from 0.",
  },
  // --- the copy sheet (written in the workbook's language) ---
  "copy.sheet": { vi: "Điểm lưu khi hoàn tác", en: "Scores kept on undo" },
  "copy.title": {
    vi: "Điểm đã nhập sau thao tác “{label}” ({at}), lưu lại khi hoàn tác xóa các trang đó.",
    en: "Scores typed after the operation “{label}” ({at}), kept when undo deleted those sheets.",
  },
  "copy.head.unit": { vi: "Đơn vị", en: "Unit" },
  "copy.head.criterion": { vi: "Tiêu chí / mục", en: "Criterion / item" },
  "copy.head.column": { vi: "Cột", en: "Column" },
  "copy.head.value": { vi: "Đã nhập", en: "Typed" },
  "copy.head.cell": { vi: "Ô trước đây", en: "Former cell" },
  "copy.self": { vi: "Tự chấm", en: "Self score" },
  "copy.cluster": { vi: "Cụm chấm", en: "Cluster score" },
  // --- undo, in the pane ---
  offerChanged: { vi: "Hoàn tác: {label} ({count} ô đã sửa từ đó)", en: "Undo: {label} ({count} {count:cell|cells} changed since)" },
  "changed.heading": {
    vi: "{count} ô đã được sửa sau thao tác đó. Hoàn tác giữ nguyên các ô này:",
    en: "{count} {count:cell|cells} were changed after that operation. Undo keeps them as they are:",
  },
  "changed.item": { vi: "{place}{who}: bây giờ {now}; ThiDua đã ghi {wrote}; trước đó {was}", en: "{place}{who}: now {now}; ThiDua wrote {wrote}; before {was}" },
  "changed.who": { vi: " ({unit} – {criterion})", en: " ({unit} – {criterion})" },
  "changed.more": { vi: "… và {count} ô khác.", en: "… and {count} more {count:cell|cells}." },
  "changed.putBack": {
    vi: "Trả lại cả {count} ô này như trước thao tác (bỏ những gì đã sửa sau đó)",
    en: "Also put back these {count} {count:cell|cells} as they were before the operation (dropping what was changed since)",
  },
  nothingLeft: {
    vi: "Mọi ô của thao tác này đã được sửa sau đó: hoàn tác không trả lại ô nào, trừ khi bạn chọn trả lại cả các ô đã sửa.",
    en: "Every cell of this operation was changed since: undo puts none back unless you choose to put back the changed cells too.",
  },
  "typed.body": {
    vi: "Các trang sẽ bị xóa hoặc thay có {count} điểm đã nhập sau thao tác đó (đơn vị: {units}).",
    en: "The sheets to be deleted or replaced hold {count} {count:score|scores} typed after that operation (units: {units}).",
  },
  "typed.other": {
    vi: "Các trang đó còn có {count} ô khác đã nhập sau thao tác đó (trang {sheets}), ví dụ tên đơn vị hay thông tin cuộc họp.",
    en: "Those sheets also hold {count} other {count:cell|cells} typed after that operation (sheet {sheets}), such as unit names or meeting details.",
  },
  "typed.keepCopy": {
    vi: "Giữ bản sao những gì đã nhập ở trang mới “{sheet}” (đơn vị, tiêu chí, cột, giá trị, ô cũ)",
    en: "Keep a copy of what was typed on a new sheet “{sheet}” (unit, criterion, column, value, former cell)",
  },
  "typed.lost": {
    vi: "Không giữ bản sao: {count} ô đã nhập này sẽ mất khi hoàn tác.",
    en: "No copy: these {count} typed {count:cell|cells} are lost when you undo.",
  },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
