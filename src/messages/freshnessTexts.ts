/** Texts of section "fresh.": Results that know the workbook state they were computed from, and are marked stale when it changes. vi-VN first, en-US second. */
export const freshnessTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
