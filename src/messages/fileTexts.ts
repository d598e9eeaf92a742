/** Texts of section "files.": Reading and writing files safely: bad inputs, locked or read-only files, all-or-nothing writes (CLI and pane). vi-VN first, en-US second. */
export const fileTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
