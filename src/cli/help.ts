/** --help texts, vi-VN first, en-US second (kept apart from ./messages.ts because they are long). */
import type { Locale } from "../domain";
import { buildHelp } from "./buildHelp";
import { exportHelp } from "./exportHelp";
import { rankHelp } from "./rankHelp";
import { rollupHelp } from "./rollupHelp";

const LANG_VI = `Ngôn ngữ: tiếng Việt mặc định; --lang en (hoặc biến môi trường THIDUA_LANG=en) cho tiếng Anh.
  LANG/LC_ALL không được dùng: trên đa số máy Linux/macOS chúng là en_US hay C.UTF-8 bất kể người đọc.`;

const COMMON_VI = `${LANG_VI}
Mã thoát: 0 = thành công (có thể có cảnh báo); 1 = dữ liệu có lỗi (mẫu, tệp CSV, điểm);
  2 = dùng lệnh sai: lệnh/tuỳ chọn không đúng, không mở được tệp, không có mã mẫu.`;

const LANG_EN = `Language: Vietnamese by default; --lang en (or the environment variable THIDUA_LANG=en) for English.
  LANG/LC_ALL are ignored: on most Linux/macOS machines they are en_US or C.UTF-8 whoever reads.`;

const COMMON_EN = `${LANG_EN}
Exit codes: 0 = success (warnings allowed); 1 = the data has errors (template, CSV file, scores);
  2 = usage: wrong command or option, a file that cannot be opened, an unknown template id.`;

const help = {
  main: {
    vi: `ThiDua – chấm điểm, xếp hạng cụm/khối thi đua từ dòng lệnh

Cách dùng: thidua <lệnh> [tuỳ chọn]      (trong thư mục dự án: npm run cli -- <lệnh> …)

Lệnh:
  templates                 Liệt kê các mẫu chấm điểm chuẩn
  check <mẫu> [--units N]   Kiểm tra một mẫu (mã mẫu chuẩn hoặc tệp .json)
  rank --template <mẫu> --scores <điểm.csv> [--units <tệp>] [--json]
                            Tính tổng, xếp hạng, xếp loại, đề nghị khen thưởng
  build --template <mẫu> --units <tệp> [--scores <điểm.csv>] --out <sổ.xlsx>
                            Tạo sổ chấm điểm Excel (tự tính tổng, hạng, khen thưởng)
  demo --out <sổ.xlsx>      Tạo một sổ ví dụ đã điền điểm (cụm Hội CCB 5 tỉnh)
  export <sổ.xlsx> [--docx <biên bản.docx>] [--csv <tệp.csv>] [--xlsx <tệp.xlsx>]
                            Xuất biên bản họp, bảng tổng hợp (CSV, Excel) từ sổ đã chấm
  handout <sổ.xlsx> --out-dir <thư mục>
                            Tạo bảng tự chấm (.xlsx) cho từng đơn vị
  merge <sổ.xlsx> <các tệp tự chấm…> [--dry-run]
                            Gộp điểm tự chấm của các đơn vị vào cột Tự chấm của sổ
  rollup <tệp của các cụm…> --out <tổng-hợp-khối.xlsx> [--csv …] [--docx …] [--quota "…"]
                            Tổng hợp kết quả nhiều cụm cho cấp trên: một bảng, chỉ tiêu chung, đơn vị trùng
  template from-table <bảng.tsv|.xlsx> [--out <mẫu.json>]
                            Lập mẫu từ bảng tiêu chí chép từ Word/PDF (xem trước, rồi mới ghi)
  template to-sheet <mẫu> --out <thiết-kế.xlsx>
                            Ghi mẫu thành trang "Thiết kế tiêu chí" để sửa trong Excel
  template from-sheet <thiết-kế.xlsx> --out <mẫu.json>
                            Đọc trang "Thiết kế tiêu chí" (lỗi theo ô) và lưu thành tệp mẫu .json
  template apply <sổ.xlsx> --template <mẫu mới> --out <sổ mới.xlsx> [--rename "I.3=I.4"] [--dry-run]
                            Đổi tiêu chí giữa năm: dựng lại sổ theo mẫu mới, giữ mọi điểm đã nhập

Tuỳ chọn chung: --lang vi|en, -h/--help. Trợ giúp của từng lệnh: thidua <lệnh> --help

${COMMON_VI}`,
    en: `ThiDua – score and rank emulation clusters (cụm/khối thi đua) from the command line

Usage: thidua <command> [options]      (in the project folder: npm run cli -- <command> …)

Commands:
  templates                 List the standard scoring templates
  check <template> [--units N]
                            Check a template (standard id or .json file)
  rank --template <template> --scores <scores.csv> [--units <file>] [--json]
                            Totals, ranking, bands and award proposals
  build --template <template> --units <file> [--scores <scores.csv>] --out <book.xlsx>
                            Write the Excel scoring workbook (live totals, ranks, awards)
  demo --out <book.xlsx>    Write a filled example workbook (a veterans' cluster of 5 provinces)
  export <book.xlsx> [--docx <minutes.docx>] [--csv <file.csv>] [--xlsx <file.xlsx>]
                            Export the meeting's minutes (biên bản) and the summary (CSV, Excel)
  handout <book.xlsx> --out-dir <folder>
                            Write one self-scoring file (.xlsx) per member unit
  merge <book.xlsx> <self-scoring files…> [--dry-run]
                            Merge the units' self scores into the workbook's Tự chấm column
  rollup <cluster files…> --out <rollup.xlsx> [--csv …] [--docx …] [--quota "…"]
                            Roll up several clusters for the higher body: one table, quotas, duplicates
  template from-table <table.tsv|.xlsx> [--out <template.json>]
                            Make a template from a criteria table copied from Word/PDF (preview first)
  template to-sheet <template> --out <design.xlsx>
                            Write a template as a "Thiết kế tiêu chí" (criteria design) sheet to edit in Excel
  template from-sheet <design.xlsx> --out <template.json>
                            Read a "Thiết kế tiêu chí" sheet (findings by cell) and save it as a template .json
  template apply <book.xlsx> --template <new template> --out <new book.xlsx> [--rename "I.3=I.4"] [--dry-run]
                            Change the criteria mid-year: rebuild the workbook, keeping every entered score

Common options: --lang vi|en, -h/--help. Help on a command: thidua <command> --help

${COMMON_EN}`,
  },
  templates: {
    vi: `Cách dùng: thidua templates [--lang vi|en]

Liệt kê các mẫu chuẩn: mã, tên, thang điểm, số tiêu chí được chấm (lá) và nguồn.
Dùng mã mẫu cho "thidua check <mã>" và "thidua rank --template <mã>".

${COMMON_VI}`,
    en: `Usage: thidua templates [--lang vi|en]

Lists the standard templates: id, title, total, number of scorable (leaf) criteria and source.
Use the id with "thidua check <id>" and "thidua rank --template <id>".

${COMMON_EN}`,
  },
  check: {
    vi: `Cách dùng: thidua check <mẫu.json|mã> [--units N] [--lang vi|en]

Đọc mẫu: lỗi định dạng được báo kèm vị trí JSON (ví dụ criteria[0].children[2].max).
Sau đó kiểm tra các chỗ không khớp thường gặp: tổng điểm nhóm, thang điểm, mức xếp loại
chồng nhau hoặc có khoảng trống, mã tiêu chí trùng, bước điểm…

  --units N    Số đơn vị của cụm, để kiểm tra chỉ tiêu khen thưởng (ví dụ 1 Cờ cho cụm 4 đơn vị)

Mã thoát: 0 = không có lỗi (có thể có cảnh báo); 1 = mẫu có lỗi; 2 = dùng lệnh sai.

${LANG_VI}`,
    en: `Usage: thidua check <template.json|id> [--units N] [--lang vi|en]

Reads the template: format errors are reported with their JSON path (e.g. criteria[0].children[2].max).
Then checks the usual mismatches: group sums, total, overlapping or gapped bands, duplicate codes, steps…

  --units N    Number of units in the cluster, to check the award quotas against

Exit codes: 0 = no errors (warnings allowed); 1 = the template has errors; 2 = usage error.

${LANG_EN}`,
  },
  rank: { vi: `${rankHelp.vi}

${LANG_VI}`, en: `${rankHelp.en}

${LANG_EN}` },
  build: { vi: `${buildHelp.vi}

${LANG_VI}`, en: `${buildHelp.en}

${LANG_EN}` },
  demo: {
    vi: `Cách dùng: thidua demo --out <sổ.xlsx> [--force] [--lang vi|en]

Tạo một sổ chấm điểm ví dụ đã điền điểm: cụm thi đua Hội Cựu chiến binh Hà Giang, Tuyên Quang,
Vĩnh Phúc, Yên Bái, Phú Thọ theo mẫu blank-100 (điểm giả định), có đơn vị bằng điểm được phân định,
hai đơn vị đồng hạng và một đơn vị không đạt điều kiện. In bảng xếp hạng mà sổ sẽ hiển thị.

  -o, --out <sổ.xlsx>      Tệp kết quả. Tệp đã có sẽ KHÔNG bị ghi đè, trừ khi có --force
      --force              Cho phép ghi đè

Mã thoát: 0 = đã ghi; 2 = dùng lệnh sai, tệp đã có (thiếu --force) hoặc không ghi được (chỉ đọc, đang mở).

${LANG_VI}`,
    en: `Usage: thidua demo --out <book.xlsx> [--force] [--lang vi|en]

Writes a filled example workbook: the veterans' association (Hội Cựu chiến binh) cluster of Hà Giang,
Tuyên Quang, Vĩnh Phúc, Yên Bái and Phú Thọ on template blank-100 (made-up scores), with a tie broken
by the tie-break chain, two units sharing a rank and one unit that failed its gate. Prints the ranking
the workbook shows.

  -o, --out <book.xlsx>    Output file. An existing file is NOT overwritten unless --force
      --force              Allow overwriting

Exit codes: 0 = written; 2 = usage error, the file exists (no --force) or cannot be written (read-only, open).

${LANG_EN}`,
  },
  handout: {
    vi: `Cách dùng: thidua handout <sổ.xlsx> --out-dir <thư mục> [--force] [--lang vi|en]

Tạo cho mỗi đơn vị trong sổ chấm điểm một bảng tự chấm .xlsx ("Tự chấm - 01 - <đơn vị>.xlsx"):
các tiêu chí, điểm tối đa, cách chấm; ô nhập điểm tự chấm (có kiểm tra như sổ) và minh chứng/ghi chú;
tổng tạm tính. Cột Tự chấm để trống. Trang ẩn ghi mẫu, kỳ, đơn vị để khi gộp nhận đúng tệp
(xem docs/self-scoring.md).

  -o, --out-dir <thư mục>  Nơi ghi các tệp (tạo nếu chưa có)
      --force              Cho phép ghi đè tệp đã có (không có: tệp nào đã có thì không ghi tệp nào)

Mã thoát: 0 = đã ghi; 1 = sổ không dùng được; 2 = dùng lệnh sai, không mở được tệp, tệp đã có hoặc không
  ghi được (chỉ đọc, đang mở trong Excel): khi đó không ghi tệp nào.

${LANG_VI}`,
    en: `Usage: thidua handout <book.xlsx> --out-dir <folder> [--force] [--lang vi|en]

Writes one self-scoring .xlsx file per unit of the scoring workbook ("Tự chấm - 01 - <unit>.xlsx"): the
criteria, maxima and methods; input cells for the self score (validated like the workbook) and for
evidence/notes; a provisional total. The self-score column is empty. A hidden sheet records the template,
period and unit so the merge recognises the file (see docs/self-scoring.md).

  -o, --out-dir <folder>   Where the files go (created if missing)
      --force              Allow overwriting existing files (without it: if any exists, none is written)

Exit codes: 0 = written; 1 = the workbook cannot be used; 2 = usage, a file that cannot be opened, files
  exist or cannot be written (read-only, open in Excel): then no file is written.

${LANG_EN}`,
  },
  merge: {
    vi: `Cách dùng: thidua merge <sổ.xlsx> <tệp tự chấm…> [--dry-run] [--force] [--lang vi|en]

Gộp điểm tự chấm của các đơn vị (tệp do thidua handout tạo) vào cột Tự chấm của sổ (không bao giờ
ghi cột Cụm chấm). Ghép theo tên đơn vị và mã tiêu chí, không theo vị trí. In bản xem trước: từng ô
cũ → mới, và các phát hiện (tệp, trang, ô, đơn vị, tiêu chí, cách sửa). Tệp có lỗi bị bỏ qua cả tệp.
Trước khi ghi, sổ cũ được chép thành "<tên>.truoc-gop-<thời điểm>.xlsx"; nhật ký gộp ở trang ẩn _ThiDuaGop.

      --dry-run            Chỉ xem trước, không ghi gì
      --force              Có tệp bị bỏ qua vẫn gộp các tệp không lỗi (không có: không ghi gì)

Mã thoát: 0 = đã gộp (hoặc không có gì để gộp); 1 = có tệp bị bỏ qua, hoặc sổ không dùng được;
  2 = dùng lệnh sai, không mở được sổ, sổ chỉ đọc hoặc đang mở trong Excel (không ghi gì, không tạo bản sao).

${LANG_VI}`,
    en: `Usage: thidua merge <book.xlsx> <self-scoring files…> [--dry-run] [--force] [--lang vi|en]

Merges the units' self scores (files made by thidua handout) into the workbook's Tự chấm column (never
Cụm chấm), matching units by name and criteria by code, not by position. Prints a preview: every cell
old → new, and the findings (file, sheet, cell, unit, criterion, how to fix). A file with errors is
skipped as a whole. Before writing, the old workbook is copied to "<name>.truoc-gop-<time>.xlsx"; the
merge log is kept in the hidden sheet _ThiDuaGop.

      --dry-run            Preview only, write nothing
      --force              When files are skipped, merge the files without errors anyway (default: write nothing)

Exit codes: 0 = merged (or nothing to merge); 1 = files skipped, or the workbook cannot be used;
  2 = usage, the workbook cannot be opened, is read-only or open in Excel (nothing written, no backup).

${LANG_EN}`,
  },
  export: { vi: `${exportHelp.vi}

${LANG_VI}`, en: `${exportHelp.en}

${LANG_EN}` },
  template: {
    vi: `thidua template <lệnh con> …: làm việc với mẫu chấm điểm.

  from-table <bảng.tsv|.csv|.txt|.xlsx> [--sheet <tên trang>] [--out <mẫu.json>] [--force] [--id <mã>] [--title "…"]
                            Lập mẫu từ bảng tiêu chí chép từ Word/PDF: in cây tiêu chí đề xuất và nhận xét
                            theo dòng; chỉ ghi mẫu khi có --out (docs/template-format.md, "Nhập bảng dán")
  to-sheet <mã|mẫu.json> --out <thiết-kế.xlsx> [--force]
                            Ghi mẫu (mẫu chuẩn hoặc tệp .json) thành trang "Thiết kế tiêu chí": mỗi dòng một
                            tiêu chí, danh sách chọn, ô kiểm tra tổng điểm nhóm và thang điểm ngay trong Excel
  from-sheet <thiết-kế.xlsx> --out <mẫu.json> [--force]
                            Đọc trang "Thiết kế tiêu chí", in lỗi/cảnh báo theo ô (ví dụ Thiết kế tiêu chí!F12);
                            chỉ ghi tệp mẫu khi không có lỗi. Mã thoát 1 khi có lỗi.
  apply <sổ.xlsx> --template <mã|mẫu.json> --out <sổ mới.xlsx> [--rename "I.3=I.4, II.1=II.3"] [--dry-run] [--force]
                            Đổi tiêu chí giữa năm: in các tiêu chí thay đổi, điểm không còn chỗ, điểm không hợp
                            với tiêu chí mới (giữ nguyên, cần chấm lại); rồi ghi SỔ MỚI giữ mọi điểm (tiêu chí đổi
                            mã theo --rename mã cũ=mã mới; điểm không còn chỗ ở trang "Điểm không còn tiêu chí").
                            Sổ cũ không bị sửa. Mã thoát 1 khi có điểm cần chấm lại, 2 khi danh sách đổi mã sai.
  Không ghi đè tệp đã có nếu không có --force; tệp kết quả không bao giờ là tệp đầu vào.

Trợ giúp của lệnh con: thidua template <lệnh con> --help

${COMMON_VI}`,
    en: `thidua template <subcommand> …: work with scoring templates.

  from-table <table.tsv|.csv|.txt|.xlsx> [--sheet <sheet>] [--out <template.json>] [--force] [--id <id>] [--title "…"]
                            Make a template from a criteria table copied from Word/PDF: prints the proposed
                            tree and the findings by row; writes only with --out (docs/template-format.md)
  to-sheet <id|template.json> --out <design.xlsx> [--force]
                            Write a template (standard id or .json file) as a "Thiết kế tiêu chí" sheet: one row
                            per criterion, drop-downs, live checks of group sums and the scale in Excel
  from-sheet <design.xlsx> --out <template.json> [--force]
                            Read a "Thiết kế tiêu chí" sheet, print findings by cell (e.g. Thiết kế tiêu chí!F12);
                            writes the template only when there is no error. Exit code 1 on errors.
  apply <book.xlsx> --template <id|template.json> --out <new book.xlsx> [--rename "I.3=I.4, II.1=II.3"] [--dry-run] [--force]
                            Change the criteria mid-year: prints the criteria that change, the scores with no place
                            and the scores that no longer fit (kept as typed, to score again); then writes a NEW
                            workbook keeping every score (renamed codes follow --rename old=new; scores with no
                            place go to the sheet "Điểm không còn tiêu chí"). The old workbook is never changed.
                            Exit code 1 when a score must be looked at again, 2 when the rename list is wrong.
  An existing file is not overwritten without --force; an output is never one of the inputs.

Subcommand help: thidua template <subcommand> --help

${COMMON_EN}`,
  },
  rollup: { vi: `${rollupHelp.vi}

${LANG_VI}`, en: `${rollupHelp.en}

${LANG_EN}` },
} as const;

export type HelpTopic = keyof typeof help;

export function helpText(topic: HelpTopic, locale: Locale): string {
  return locale === "vi-VN" ? help[topic].vi : help[topic].en;
}
