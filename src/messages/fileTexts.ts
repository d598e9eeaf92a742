/** Texts of section "files.": Reading and writing files safely: bad inputs, locked or read-only files, all-or-nothing writes (CLI and pane). vi-VN first, en-US second. */
export const fileTexts = {
  // ---- writing (src/cli/files/; docs/export.md "Files"): outputs checked first, written all or nothing ----
  "write.isInput": {
    vi: "{file} chính là tệp đầu vào {input} của lệnh này: ThiDua không bao giờ ghi đè lên tệp đầu vào (kể cả với --force). Chọn một tên tệp kết quả khác.",
    en: "{file} is the same file as the input {input}: ThiDua never writes over an input (not even with --force). Choose another name for the output.",
  },
  "write.exists": {
    vi: "{file}: tệp đã có, không ghi đè. Chọn tên khác, hoặc thêm --force để ghi đè tệp cũ.",
    en: "{file}: the file already exists and is not overwritten. Choose another name, or add --force to overwrite it.",
  },
  "write.sameOutput": { vi: "{file} được chọn cho hai kết quả: hãy dùng hai tên tệp khác nhau.", en: "{file} is chosen for two outputs: use two different file names." },
  "write.noFolder": {
    vi: "{file}: không có thư mục {dir}. Tạo thư mục trước hoặc chọn đường dẫn khác.",
    en: "{file}: the folder {dir} does not exist. Create it first or choose another path.",
  },
  "write.isDirectory": { vi: "{file}: đây là một thư mục, không phải tệp. Hãy ghi rõ tên tệp.", en: "{file}: this is a folder, not a file. Give a file name." },
  "write.readOnly": {
    vi: "{file}: tệp chỉ đọc (read-only), không ghi được. Bỏ thuộc tính chỉ đọc (chuột phải vào tệp → Properties → bỏ chọn Read-only) hoặc lưu một bản sao và dùng bản sao đó.",
    en: "{file}: the file is read-only and cannot be written. Remove the read-only attribute (right-click the file → Properties → untick Read-only) or save a copy and use the copy.",
  },
  "write.locked": {
    vi: "{file}: tệp đang được một chương trình khác mở hoặc khoá (thường là Excel). Đóng tệp trong Excel rồi chạy lại lệnh.",
    en: "{file}: the file is open or locked in another program (usually Excel). Close the file in Excel and try again.",
  },
  "write.folderNotWritable": {
    vi: "{file}: không được phép ghi vào thư mục {dir}. Chọn thư mục khác (ví dụ Documents) hoặc xin quyền ghi.",
    en: "{file}: writing to the folder {dir} is not allowed. Choose another folder (e.g. Documents) or ask for write permission.",
  },
  "write.readOnlyDisk": {
    vi: "{file}: ổ đĩa hoặc thẻ nhớ này chỉ đọc. Chép tệp sang ổ khác (ví dụ Documents) rồi chạy lại.",
    en: "{file}: this drive or memory card is read-only. Copy the files to another drive (e.g. Documents) and try again.",
  },
  "write.diskFull": { vi: "{file}: ổ đĩa đã đầy. Giải phóng chỗ trống hoặc ghi sang ổ khác rồi chạy lại.", en: "{file}: the disk is full. Free some space or write to another drive, then try again." },
  "write.nameTooLong": {
    vi: "{file}: tên hoặc đường dẫn tệp quá dài. Chọn thư mục nông hơn hoặc tên ngắn hơn.",
    en: "{file}: the file name or path is too long. Choose a shorter folder path or file name.",
  },
  "write.failed": {
    vi: "{file}: hệ thống không cho ghi tệp này. Kiểm tra ổ đĩa, quyền ghi và chỗ trống rồi chạy lại.",
    en: "{file}: the system did not let ThiDua write this file. Check the drive, the permission to write and the free space, then try again.",
  },
  "write.changedMeanwhile": {
    vi: "{file} đã bị thay đổi trong lúc ThiDua đang làm việc (có thể vừa được lưu trong Excel). Không ghi gì, để không mất phần vừa lưu. Chạy lại lệnh.",
    en: "{file} was changed while ThiDua was working (perhaps just saved in Excel). Nothing was written, so that change is not lost. Run the command again.",
  },
  "write.nothingChanged": { vi: "Không tệp nào được ghi: các tệp đã có vẫn giữ nguyên.", en: "No file was written: existing files are unchanged." },
  "write.notRestored": {
    vi: "{file}: việc ghi dừng giữa chừng và không khôi phục được bản cũ. Kiểm tra tệp này trước khi dùng.",
    en: "{file}: the write stopped half-way and the old file could not be restored. Check this file before using it.",
  },
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
