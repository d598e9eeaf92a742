/** `thidua rollup --help`, vi-VN first, en-US second (kept out of help.ts, which is long already). */
export const rollupHelp = {
  vi: `Cách dùng: thidua rollup <tệp của các cụm…> [--out <tổng-hợp-khối.xlsx>] [--csv <tệp.csv>] [--docx <báo-cáo.docx>]
                     [--quota "<danh hiệu>=<số>|<phần trăm>%[:of=<danh hiệu>[+<danh hiệu>…]]"]… [--decimal comma|point]
                     [--tone-marks new|old] [--force] [--lang vi|en]

Tổng hợp kết quả của nhiều cụm, khối cho cơ quan cấp trên (Bộ, tỉnh). Mỗi tệp là sổ chấm điểm ThiDua của một
cụm (tính lại từ điểm đã nhập) hoặc bảng tổng hợp do thidua export ghi (.xlsx, .csv; CSV không ghi tên cụm:
tên tệp được dùng làm tên cụm). Ghi một bảng mọi đơn vị (cụm, xếp hạng trong cụm, tổng, xếp loại, đề nghị
khen thưởng), kiểm tra chỉ tiêu chung và đơn vị có tên ở hai cụm. Tổng điểm chỉ được so sánh (cột Hạng chung)
giữa các cụm chấm cùng bộ tiêu chí (sổ chấm điểm có cùng mẫu); các cụm khác chỉ so thứ hạng, xếp loại, đề
nghị, và báo cáo nói rõ lý do. Xem docs/rollup.md.

  -o, --out <tệp.xlsx>     Bảng tổng hợp khối (trang Tổng hợp khối và trang Chỉ tiêu)
      --csv <tệp.csv>      Bảng tổng hợp khối dạng CSV (như thidua export --csv)
      --docx <tệp.docx>    Báo cáo ngắn cho Hội đồng thi đua (các cụm, chỉ tiêu, đơn vị trùng, so sánh tổng)
  -q, --quota "…"          Chỉ tiêu chung, dùng nhiều lần được:
                             "Cờ thi đua=3"            tối đa 3 đơn vị được đề nghị Cờ thi đua (mọi cụm)
                             "Bằng khen=20%"           tối đa 20% số đơn vị được tổng hợp
                             "Cờ thi đua của Chính phủ=20%:of=Cờ thi đua của Bộ"
                                                       tối đa 20% số đơn vị được đề nghị Cờ thi đua của Bộ
                           Phần trăm làm tròn xuống (20% của 12 là 2). Tên danh hiệu so không phân biệt
                           hoa thường, dấu cách. Chỉ tính đơn vị được đề nghị (không tính đơn vị còn bình xét).
      --decimal comma|point  Dấu thập phân của CSV: comma (88,25; dấu ;) mặc định, point (88.25; dấu ,)
      --tone-marks new|old Cách đặt dấu thanh trong mọi tệp ghi ra, dù tệp các cụm đặt thế nào: new (hòa,
                           thủy, khỏe) mặc định, old (hoà, thuỷ, khoẻ)
      --force              Cho phép ghi đè tệp đã có; vẫn tổng hợp cụm có điểm còn lỗi

Mã thoát: 0 = đã ghi; 1 = tệp của một cụm có lỗi (thiếu cột, không phải số, điểm còn lỗi, một cụm ở hai tệp);
  2 = dùng lệnh sai (--quota viết sai), không mở được tệp, tệp kết quả đã có hoặc không ghi được: khi đó
  không ghi tệp nào.`,
  en: `Usage: thidua rollup <cluster files…> [--out <rollup.xlsx>] [--csv <file.csv>] [--docx <report.docx>]
                     [--quota "<award>=<number>|<percent>%[:of=<award>[+<award>…]]"]… [--decimal comma|point]
                     [--tone-marks new|old] [--force] [--lang vi|en]

Rolls up several clusters' results for the higher body (ministry, province). Each file is a cluster's ThiDua
scoring workbook (recomputed from the scores entered) or a summary written by thidua export (.xlsx, .csv; a
CSV holds no cluster name: the file name is used). Writes one table of every unit (cluster, rank in cluster,
total, band, award proposal), checks the quotas across clusters and the units named in two clusters. Totals
are compared (column Overall rank) only between clusters scored on the same criteria (workbooks of the same
template); other clusters are rolled up on rank, band and proposal, and the report says why. See docs/rollup.md.

  -o, --out <file.xlsx>    The roll-up table (sheets Tổng hợp khối and Chỉ tiêu)
      --csv <file.csv>     The roll-up table as CSV (as thidua export --csv)
      --docx <file.docx>   A short report for the board (clusters, quotas, duplicates, comparing totals)
  -q, --quota "…"          A quota across clusters, may be repeated:
                             "Cờ thi đua=3"            at most 3 units proposed for Cờ thi đua (all clusters)
                             "Bằng khen=20%"           at most 20% of the units rolled up
                             "Cờ thi đua của Chính phủ=20%:of=Cờ thi đua của Bộ"
                                                       at most 20% of the units proposed for Cờ thi đua của Bộ
                           Percentages are rounded down (20% of 12 is 2). Award names are compared ignoring
                           case and spacing. Only units proposed count (not units still to be voted on).
      --decimal comma|point  CSV decimal mark: comma (88,25; separator ;) by default, point (88.25; ,)
      --tone-marks new|old Tone-mark placement in every file written, however the clusters' files wrote it:
                           new (hòa, thủy, khỏe) by default, old (hoà, thuỷ, khoẻ)
      --force              Allow overwriting; roll up a cluster whose scores still have errors

Exit codes: 0 = written; 1 = a cluster's file has errors (missing column, not a number, score errors, one
  cluster in two files); 2 = usage (a wrong --quota), a file that cannot be opened, an output exists or cannot
  be written: then no file is written.`,
} as const;
