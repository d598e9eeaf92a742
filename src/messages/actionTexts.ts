/** Texts of section "actions.": Results and errors of the pane's workbook actions (src/excel/actions). vi-VN first, en-US second. */
export const actionTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
