/** Texts of section "handout.": Self-scoring handout files and their merge (pane, CLI, findings). vi-VN first, en-US second. */
export const handoutTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
