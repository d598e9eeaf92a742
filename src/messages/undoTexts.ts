/** Texts of section "undo.": Undo that never overwrites later work, and fixes that are right. vi-VN first, en-US second. */
export const undoTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
