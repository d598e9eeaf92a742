import { localeFromDisplayLanguage } from "../../src/taskpane/i18n/locale";
import { t } from "../../src/taskpane/i18n/strings";

describe("task pane strings (section ui. of the one catalogue)", () => {
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
