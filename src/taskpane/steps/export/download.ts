/**
 * Saves bytes as a file from the task pane: a Blob, an object URL and a temporary <a download>.
 * Works in Excel on the web (the browser's download) and Excel on Windows (WebView2 shows its download
 * bar in the pane). Excel on Mac ignores it silently (OfficeDev/office-js#3385): the pane therefore always
 * offers the CSV text to copy, and docs/export.md points to the CLI. Throws when the host forbids it.
 */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, mime: string, doc: Document = document): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Revoked later: some hosts start reading the URL after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

export const MIME = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv;charset=utf-8",
  json: "application/json",
} as const;

/** "Cụm thi đua số 5" + "2025" → "bien-ban-cum-thi-dua-so-5-2025.docx" (ASCII, safe on every system). */
export function exportFileName(kind: "bien-ban" | "tong-hop", cluster: string, period: string, ext: "docx" | "csv" | "xlsx"): string {
  const slug = asciiSlug(`${cluster} ${period}`);
  return `${kind}${slug ? `-${slug}` : ""}.${ext}`;
}

/** "Mẫu Cụm số 5 – 2026" → "mau-cum-so-5-2026": ASCII letters, digits and dashes, at most 60 characters. */
export function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
