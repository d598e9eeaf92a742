/** Texts of section "export.": The export of the cluster summary (Tổng hợp sheet, biên bản .docx, CSV/xlsx, cli export). vi-VN first, en-US second. */
export const exportTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
