/** `thidua build --help`, vi-VN first, en-US second (kept out of help.ts, which is long already). */
export const buildHelp = {
  vi: `Cách dùng: thidua build --template <mã|mẫu.json> --units <đơn-vị.txt|.csv> [--scores <điểm.csv>]
                    [--cluster "tên cụm"] [--period "kỳ"] [--history <kết quả kỳ trước>…]
                    [--renamed "Tên cũ=Tên mới"]… --out <sổ.xlsx> [--force] [--lang vi|en]

Tạo sổ chấm điểm Excel theo mẫu: trang Tiêu chí, Đơn vị, Chấm điểm (ô nhập), Điểm, Xếp hạng.
Công thức trong sổ tính tổng, hạng (phân định khi bằng điểm), xếp loại và đề nghị khen thưởng
ngay khi nhập điểm (xem docs/workbook-contract.md).

  -t, --template <mã|tệp>  Mẫu chuẩn (xem: thidua templates) hoặc tệp mẫu .json
  -u, --units <tệp>        Danh sách đơn vị: mỗi dòng một tên (.txt) hoặc cột đầu (.csv); cột STT,
                           dòng tiêu đề, dòng trống được bỏ qua.
                           Không có: các đơn vị trong tệp điểm (--scores), theo thứ tự xuất hiện.
      --convert-legacy     Tên gõ bằng phông chữ cũ (TCVN3, VNI): dùng bản chuyển sang Unicode
  -s, --scores <tệp.csv>   Điền sẵn điểm từ tệp CSV (cùng dạng với thidua rank); lỗi/cảnh báo
                           được báo như thidua rank
      --cluster "…"        Tên cụm/khối thi đua (ghi ở trang Đơn vị)
      --period "…"         Kỳ/năm thi đua, ví dụ 2025
      --history <tệp>      Kết quả một kỳ trước (sổ chấm điểm ThiDua, hoặc bảng tổng hợp .xlsx/.csv đã
                           xuất); dùng nhiều lần cho nhiều kỳ. Ghi vào trang Lịch sử; sổ ThiDua kỳ trước
                           mang theo cả trang Lịch sử của nó. Đơn vị được khớp theo tên (Hoà/Hòa như nhau).
      --renamed "A=B"      Đơn vị B của kỳ này có tên cũ A (ghi lại ở trang Lịch sử cho các năm sau)
  -o, --out <sổ.xlsx>      Tệp kết quả (.xlsx). Tệp đã có sẽ KHÔNG bị ghi đè, trừ khi có --force
      --force              Cho phép ghi đè tệp kết quả đã có

Mã thoát: 0 = đã ghi sổ; 1 = mẫu/tệp CSV không dùng được, hoặc bảng điểm có lỗi (sổ vẫn được ghi);
  2 = dùng lệnh sai, không mở được tệp, tệp kết quả đã có (thiếu --force), là tệp đầu vào hoặc không ghi
  được (chỉ đọc, đang mở trong Excel): khi đó không ghi tệp nào.`,
  en: `Usage: thidua build --template <id|template.json> --units <units.txt|.csv> [--scores <scores.csv>]
                    [--cluster "name"] [--period "period"] [--history <earlier results>…]
                    [--renamed "Old name=New name"]… --out <book.xlsx> [--force] [--lang vi|en]

Writes the Excel scoring workbook for the template: sheets Tiêu chí, Đơn vị, Chấm điểm (inputs),
Điểm, Xếp hạng. Its formulas compute totals, ranks (ties broken), bands and award proposals as
scores are typed (see docs/workbook-contract.md).

  -t, --template <id|file> A standard template (see: thidua templates) or a template .json file
  -u, --units <file>       The cluster's units: one name per line (.txt) or the first column (.csv);
                           an STT (number) column, a header row and blank lines are left out.
                           Default: the units of the scores file (--scores), in order of appearance.
      --convert-legacy     Names typed with an old font (TCVN3, VNI): use their Unicode conversion
  -s, --scores <file.csv>  Pre-fill the scores from a CSV (same format as thidua rank); errors and
                           warnings are reported as thidua rank does
      --cluster "…"        Name of the cluster (shown on the Đơn vị sheet)
      --period "…"         Period, e.g. 2025
      --history <file>     An earlier period's results (a ThiDua scoring workbook, or an exported summary
                           .xlsx/.csv); repeat for more periods. Written to the Lịch sử sheet; an earlier
                           ThiDua workbook brings its own Lịch sử too. Units match by name (Hoà/Hòa alike).
      --renamed "A=B"      This period's unit B was called A before (kept on Lịch sử for later years)
  -o, --out <book.xlsx>    Output file (.xlsx). An existing file is NOT overwritten unless --force
      --force              Allow overwriting an existing output file

Exit codes: 0 = written; 1 = the template/CSV cannot be used, or the scores have errors (the workbook
  is still written); 2 = usage, a file that cannot be opened, the output exists (no --force), is an input
  or cannot be written (read-only, open in Excel): then nothing is written.`,
} as const;
