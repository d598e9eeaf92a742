/** Texts of section "hygiene.": Vietnamese text hygiene: legacy fonts (TCVN3, VNI), wrong encodings, invisible characters, near-identical names, tone-mark style. vi-VN first, en-US second. */
export const hygieneTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
