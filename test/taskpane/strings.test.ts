import { localeFromDisplayLanguage } from "../../src/taskpane/i18n/locale";
import { strings, t } from "../../src/taskpane/i18n/strings";

describe("task pane string catalogue", () => {
  it("has a non-empty Vietnamese and English text for every id", () => {
    for (const [id, entry] of Object.entries(strings)) {
      expect([id, entry.vi.trim().length > 0, entry.en.trim().length > 0]).toEqual([id, true, true]);
    }
  });

  it("uses the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const entry of Object.values(strings)) expect(placeholders(entry.vi)).toEqual(placeholders(entry.en));
  });

  it("fills placeholders", () => {
    expect(t("en", "unsupportedApi.title", { requirement: "ExcelApi 1.8" })).toBe("This version of Excel does not support ExcelApi 1.8");
  });

  it.each([
    ["vi-VN", "vi"],
    ["en-US", "en"],
    ["en-GB", "en"],
    ["fr-FR", "vi"],
    ["", "vi"],
    [undefined, "vi"],
  ] as const)("maps display language %p to %p", (language, locale) => {
    expect(localeFromDisplayLanguage(language)).toBe(locale);
  });
});
