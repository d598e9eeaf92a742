/** Texts of section "design.": the criteria design sheet, pasted-table import and template sharing. vi-VN first, en-US second. */
export const designTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
