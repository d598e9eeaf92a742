/** Texts of the task pane: vi-VN first, en-US second. */
export const taskpaneTexts = {
  "app.loading": { vi: "Đang tải ThiDua…", en: "Loading ThiDua…" },

  "openInExcel.title": { vi: "Mở ThiDua bên trong Excel", en: "Open this inside Excel" },
  "openInExcel.intro": {
    vi: "ThiDua là phần bổ trợ (add-in) của Excel. Trang này chỉ hoạt động trong ngăn tác vụ của Excel.",
    en: "ThiDua is an Excel add-in. This page only works inside the Excel task pane.",
  },
  "openInExcel.reason.officeJsMissing": {
    vi: "Không tải được office.js của Microsoft (mất mạng hoặc bị chặn).",
    en: "Microsoft's office.js could not be loaded (offline or blocked).",
  },
  "openInExcel.reason.timeout": {
    vi: "Office không phản hồi sau {seconds} giây.",
    en: "Office did not answer within {seconds} seconds.",
  },
  "openInExcel.reason.notInOffice": {
    vi: "Trang đang mở trong trình duyệt thông thường, không phải trong Excel.",
    en: "This page is open in a regular browser, not in Excel.",
  },
  "openInExcel.reason.otherHost": {
    vi: "Trang đang mở trong {host}, không phải Excel.",
    en: "This page is open in {host}, not in Excel.",
  },
  "openInExcel.stepsTitle": { vi: "Cách nạp thử (sideload) ThiDua", en: "How to sideload ThiDua" },
  "openInExcel.step.start": {
    vi: "Trong thư mục dự án, chạy: npm install && npm start",
    en: "In the project folder, run: npm install && npm start",
  },
  "openInExcel.step.desktop": {
    vi: "Excel trên Windows/macOS: npm start tự mở Excel với ThiDua đã được nạp; chọn nút \"Chấm điểm thi đua\" trên thẻ Home.",
    en: "Excel on Windows/macOS: npm start opens Excel with ThiDua sideloaded; select \"Emulation scoring\" on the Home tab.",
  },
  "openInExcel.step.web": {
    vi: "Excel trên web: mở một sổ làm việc, chọn Insert (Chèn) > Add-ins (Phần bổ trợ) > Manage My Add-ins > Upload My Add-in, rồi chọn tệp manifest.xml.",
    en: "Excel on the web: open a workbook, select Insert > Add-ins > Manage My Add-ins > Upload My Add-in, and pick manifest.xml.",
  },
  "openInExcel.manifestUrl": { vi: "Manifest: {url}", en: "Manifest: {url}" },

  "welcome.title": { vi: "ThiDua đã được tải", en: "ThiDua is loaded" },
  "welcome.body": {
    vi: "Ngăn tác vụ đã sẵn sàng. Các chức năng chấm điểm, kiểm tra và xếp hạng sẽ xuất hiện tại đây.",
    en: "The task pane is ready. Scoring, validation and ranking will appear here.",
  },

  "unsupportedApi.title": {
    vi: "Phiên bản Excel này không hỗ trợ {requirement}",
    en: "This version of Excel does not support {requirement}",
  },
  "unsupportedApi.body": {
    vi: "Một số chức năng (ví dụ kiểm tra dữ liệu nhập) sẽ bị tắt. Hãy cập nhật Excel (Microsoft 365) hoặc dùng Excel trên web.",
    en: "Some features (for example data validation) are turned off. Update Excel (Microsoft 365) or use Excel on the web.",
  },
} as const satisfies Record<string, { vi: string; en: string }>;
