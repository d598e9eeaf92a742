/** Texts of section "hygiene.": Vietnamese text hygiene: legacy fonts (TCVN3, VNI), wrong encodings, invisible characters, near-identical names, tone-mark style. vi-VN first, en-US second. */
export const hygieneTexts = {
  "encoding.tcvn3": { vi: "phông chữ cũ TCVN3 (ABC, .VnTime)", en: "an old TCVN3 font (ABC, .VnTime)" },
  "encoding.vni": { vi: "phông chữ cũ VNI (VNI-Times)", en: "an old VNI font (VNI-Times)" },
  "encoding.utf8AsWindows": {
    vi: "chữ Unicode bị đọc sai bảng mã (Windows-1252/1258)",
    en: "Unicode text read with the wrong code page (Windows-1252/1258)",
  },

  "pane.legacyTitle": {
    vi: "{count} tên được gõ bằng phông chữ cũ hoặc bị sai bảng mã",
    en: "{count} names were typed with an old Vietnamese font or read in the wrong encoding",
  },
  "pane.legacyItem": { vi: "Dòng {line}: “{from}” → “{to}” ({encoding})", en: "Line {line}: “{from}” → “{to}” ({encoding})" },
  "pane.legacyHint": {
    vi: "Danh sách chưa bị thay đổi. Bấm “Chuyển sang Unicode” để thay các tên trên bằng bản chuyển đổi (vẫn sửa tay được sau đó).",
    en: "The list has not been changed. Select “Convert to Unicode” to replace these names with the conversion (you can still edit them afterwards).",
  },
  "pane.convert": { vi: "Chuyển sang Unicode", en: "Convert to Unicode" },
  "pane.converted": { vi: "Đã chuyển {count} tên sang Unicode.", en: "Converted {count} names to Unicode." },
  "pane.invisibleTitle": {
    vi: "Có ký tự ẩn (khoảng trắng không độ rộng, gạch nối mềm) trong tên – ThiDua bỏ chúng đi",
    en: "Some names hold invisible characters (zero-width spaces, soft hyphens) – ThiDua leaves them out",
  },
  "pane.invisibleItem": { vi: "Dòng {line}: “{name}”", en: "Line {line}: “{name}”" },
  "pane.mixedTitle": {
    vi: "Có tên lẫn chữ cái Kirin hoặc Hy Lạp trông giống chữ Latinh – hãy gõ lại các tên này",
    en: "Some names mix Cyrillic or Greek letters that look Latin – retype these names",
  },
  "pane.mixedItem": { vi: "Dòng {line}: “{name}”", en: "Line {line}: “{name}”" },

  "near.item": {
    vi: "Đơn vị thứ {second} “{name}” gần giống đơn vị thứ {first} “{other}”: {reason}.",
    en: "Unit {second} “{name}” is nearly the same as unit {first} “{other}”: they {reason}.",
  },
  "near.diacritics": { vi: "chỉ khác dấu", en: "differ only in diacritics" },
  "near.leadingWords": { vi: "một tên có thêm từ đứng trước", en: "differ by leading words" },
  "near.lookalike": {
    vi: "trông giống hệt (khác khoảng trắng, ký tự ẩn hoặc chữ cái khác bảng chữ)",
    en: "look identical (spaces, invisible characters or letters from another alphabet differ)",
  },

  "cli.legacyName": {
    vi: "{where}: “{from}” được gõ bằng {encoding}; chuyển sang Unicode là “{to}”.",
    en: "{where}: “{from}” was typed with {encoding}; in Unicode it reads “{to}”.",
  },
  "cli.legacyStop": {
    vi: "Chưa dùng tệp {file}: {count} tên ở phông chữ cũ. Cách sửa: chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã, Ctrl+Shift+F6, đích Unicode) rồi lưu dạng UTF-8, hoặc chạy lại lệnh với --convert-legacy để dùng các tên đã chuyển ở trên.",
    en: "{file} was not used: {count} names are in an old font. To fix: convert the file to Unicode (Unikey: Toolkit, Ctrl+Shift+F6, target Unicode) and save it as UTF-8, or run the command again with --convert-legacy to use the converted names above.",
  },
  "cli.legacyConverted": {
    vi: "{where}: đã chuyển “{from}” → “{to}” (--convert-legacy).",
    en: "{where}: converted “{from}” → “{to}” (--convert-legacy).",
  },
  "cli.legacyMore": { vi: "… và {count} tên khác như vậy.", en: "… and {count} more such names." },
  "cli.badToneMarks": {
    vi: "--tone-marks phải là new (kiểu mới: hòa, thủy) hoặc old (kiểu cũ: hoà, thuỷ), không phải “{value}”.",
    en: "--tone-marks must be new (hòa, thủy) or old (hoà, thuỷ), not “{value}”.",
  },

  "cli.savedToneMarks": { vi: "Cách đặt dấu thanh đã chọn trong sổ (bước Xuất): {style}.", en: "Tone-mark placement chosen in the workbook (step Xuất): {style}." },
  "tone.label": { vi: "Cách đặt dấu thanh trong tài liệu", en: "Tone-mark placement in the documents" },
  "tone.new": { vi: "Kiểu mới: hòa, thủy, khỏe", en: "Newer style: hòa, thủy, khỏe" },
  "tone.old": { vi: "Kiểu cũ: hoà, thuỷ, khoẻ", en: "Older style: hoà, thuỷ, khoẻ" },
  "tone.saved": { vi: "Đã lưu vào sổ cách đặt dấu thanh cho tài liệu — {style}.", en: "Saved in the workbook: tone-mark placement in the documents — {style}." },

  "insert.unitsTitle": { vi: "Đơn vị sẽ có cột chấm điểm ({count})", en: "Units that get a score column ({count})" },
  "insert.showAllUnits": { vi: "Hiện cả {count} đơn vị", en: "Show all {count} units" },
  "insert.showFewerUnits": { vi: "Thu gọn danh sách", en: "Show fewer" },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
