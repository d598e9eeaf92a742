/** Texts of section "preview.": The browser preview host (simulated workbook beside the pane). vi-VN first, en-US second. */
export const previewTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
