// What `npm start` prints on Linux once the dev server answers.
import { DEV_SERVER_URL } from "./project-paths.mjs";

export function sideloadBanner({ selfSigned }) {
  const lines = [
    "",
    "ThiDua dev server is running. / Máy chủ phát triển ThiDua đang chạy.",
    "",
    `  Manifest:      ${DEV_SERVER_URL}/manifest.xml`,
    `  Task pane:     ${DEV_SERVER_URL}/taskpane.html`,
    `  Preview host:  ${DEV_SERVER_URL}/preview.html`,
    "",
    "Sideload in Excel on the web:",
    "  1. Open https://excel.cloud.microsoft (or office.com) and open or create a workbook.",
    "  2. Insert > Add-ins > Manage My Add-ins > Upload My Add-in.",
    "  3. Pick manifest.xml from this project folder, then select Upload.",
    '  4. On the Home tab, select "Emulation scoring" / "Chấm điểm thi đua" to open the task pane.',
  ];
  if (selfSigned) {
    lines.push(
      "",
      "Note: the certificate is self-signed. Open the task pane URL above in the same browser once and",
      "accept the certificate warning, otherwise Excel on the web shows an empty pane.",
    );
  }
  lines.push("", "Press Ctrl+C here (or run `npm run stop`) to stop the dev server.", "");
  return lines.join("\n");
}
