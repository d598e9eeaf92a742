/** Task pane texts ("ui." section) of the review steps: Kiểm tra (validation) and Xếp hạng (ranking). vi-VN first, en-US second. */
export const taskpaneReviewTexts = {
} as const satisfies Record<string, { readonly vi: string; readonly en: string }>;
