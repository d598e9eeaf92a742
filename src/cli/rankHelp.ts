/** `thidua rank --help`, vi-VN first, en-US second (kept out of help.ts, which is long already). */
export const rankHelp = {
  vi: `Cách dùng: thidua rank --template <mã|mẫu.json> --scores <điểm.csv> [--units <đơn-vị.txt|.csv>]
                   [--history <kết quả kỳ trước>…] [--renamed "Tên cũ=Tên mới"]… [--lang vi|en] [--json]

Tính tổng điểm, xếp hạng (phân định khi bằng điểm theo mẫu), xếp loại và đề nghị khen thưởng.

  -t, --template <mã|tệp>  Mẫu chuẩn (xem: thidua templates) hoặc tệp mẫu .json
  -s, --scores <tệp.csv>   Tệp điểm, mỗi dòng một đơn vị × một tiêu chí
  -u, --units <tệp>        Danh sách đơn vị của cụm: mỗi dòng một tên (.txt) hoặc cột đầu (.csv);
                           cột STT, dòng tiêu đề, dòng trống được bỏ qua.
                           Không có: các đơn vị trong tệp điểm, theo thứ tự xuất hiện.
      --convert-legacy     Tên đơn vị gõ bằng phông chữ cũ (TCVN3 .VnTime, VNI): dùng bản chuyển
                           sang Unicode (không có: dừng lại, in từng tên và bản chuyển đổi)
      --history <tệp>      Kết quả một kỳ trước (sổ chấm điểm ThiDua, hoặc bảng tổng hợp .xlsx/.csv đã
                           xuất); dùng nhiều lần cho nhiều kỳ. Cần cho khen thưởng xét nhiều kỳ liên tục
                           của mẫu; sổ ThiDua kỳ trước mang theo cả trang Lịch sử của nó. Đơn vị được
                           khớp theo tên (Hoà/Hòa như nhau).
      --renamed "A=B"      Đơn vị B của kỳ này có tên cũ A
      --json               In kết quả dạng JSON (mọi thông báo có cả tiếng Việt và tiếng Anh)

Tệp điểm: CSV UTF-8 (có hoặc không có BOM), bắt buộc có dòng tiêu đề, ví dụ
  đơn vị;tiêu chí;tự chấm;cụm chấm
  Hà Giang;I.1;18,5;18
Tên cột: "đơn vị"/unit, "tiêu chí"/"mã tiêu chí"/criterion, "tự chấm"/self, "cụm chấm"/cluster.
Dấu phân cách: dấu phẩy hoặc chấm phẩy (nhận theo dòng tiêu đề). Số thập phân: 8,5 hoặc 8.5;
  khi phân cách bằng dấu phẩy, viết "8,5" trong ngoặc kép. "1.000" hay "1,000" không rõ nghĩa: bị báo lỗi.
Ô trống = chưa chấm; cụm chấm trống thì dùng điểm tự chấm. Tiêu chí Đạt/Không đạt: "Đạt", "Không đạt";
  không áp dụng: N/A. Tiêu chí tính theo số lần: nhập số lần; theo mức: nhập số điểm của mức.

Kết quả: các lỗi/cảnh báo (tệp:dòng:cột – cột là số thứ tự ô trong dòng CSV, 1 = ô đầu), rồi bảng
  Hạng | Đơn vị | Tự chấm | Cụm chấm | Cộng | Trừ | Tổng | Xếp loại | Đủ ĐK | Khen thưởng
  (Tự chấm = tổng tự chấm; Cụm chấm = điểm các tiêu chí theo cụm chấm, chưa cộng/trừ;
  Tổng = Cụm chấm + Cộng − Trừ), phân định bằng điểm, đề nghị khen thưởng, đơn vị không đủ điều kiện.

Mã thoát: 0 = không có lỗi (có thể có cảnh báo); 1 = bảng điểm có lỗi – bảng xếp hạng vẫn được in
  nhưng chỉ để tham khảo – hoặc tệp CSV/mẫu không đọc được; 2 = dùng lệnh sai, không mở được tệp,
  không có mã mẫu.`,
  en: `Usage: thidua rank --template <id|template.json> --scores <scores.csv> [--units <units.txt|.csv>]
                   [--history <earlier results>…] [--renamed "Old name=New name"]… [--lang vi|en] [--json]

Totals, ranking (ties broken by the template's chain), bands and award proposals.

  -t, --template <id|file> A standard template (see: thidua templates) or a template .json file
  -s, --scores <file.csv>  Scores, one line per unit × criterion
  -u, --units <file>       The cluster's units: one name per line (.txt) or the first column (.csv);
                           an STT (number) column, a header row and blank lines are left out.
                           Default: the units of the scores file, in order of first appearance.
      --convert-legacy     Unit names typed with an old font (TCVN3 .VnTime, VNI): use their Unicode
                           conversion (without it: stop, listing each name and its conversion)
      --history <file>     An earlier period's results (a ThiDua scoring workbook, or an exported summary
                           .xlsx/.csv); repeat for more periods. Needed by the template's awards that look
                           back over consecutive periods; an earlier ThiDua workbook brings its own Lịch sử
                           too. Units match by name (Hoà/Hòa alike).
      --renamed "A=B"      This period's unit B was called A before
      --json               Print a JSON result (every message in Vietnamese and English)

Scores file: UTF-8 CSV (with or without BOM), header line required, e.g.
  unit,criterion,self,cluster
  Hà Giang,I.1,18.5,18
Columns: unit/"đơn vị", criterion/"tiêu chí"/"mã tiêu chí", self/"tự chấm", cluster/"cụm chấm".
Separator: comma or semicolon (detected from the header). Decimals: 8.5 or 8,5; with the comma
  separator quote "8,5". "1.000" or "1,000" is ambiguous and reported.
Empty cell = not scored; an empty cluster cell uses the self score. Pass/fail criteria: "Đạt"
  (pass), "Không đạt" (fail); not applicable: N/A. Count criteria: enter the count; level
  criteria: the points of the level.

Output: errors/warnings (file:line:column – column is the cell's position in the CSV line, 1 = first),
  then the table Rank | Unit | Self | Cluster | Bonus | Deduct. | Total | Band | Eligible | Award
  (Self = self-scored total; Cluster = criteria points as scored by the cluster, before bonus and
  deductions; Total = Cluster + Bonus − Deductions), tie explanations, award proposals, ineligible units.

Exit codes: 0 = no errors (warnings allowed); 1 = the scores have errors – the table is still
  printed, as provisional – or the CSV/template cannot be read; 2 = usage error, a file that cannot
  be opened, an unknown template id.`,
} as const;
