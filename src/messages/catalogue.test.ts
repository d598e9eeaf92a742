import { catalogue, LOCALES } from "./catalogue";
import { cliTexts } from "./cliTexts";
import { domainTexts } from "./domainTexts";
import { message, render } from "./message";
import { actionTexts } from "./actionTexts";
import { exportTexts } from "./exportTexts";
import { handoutTexts } from "./handoutTexts";
import { previewTexts } from "./previewTexts";
import { taskpaneReviewTexts } from "./taskpaneReviewTexts";
import { taskpaneTexts } from "./taskpaneTexts";
import { workbookTexts } from "./workbookTexts";
import { fileTexts } from "./fileTexts";
import { hygieneTexts } from "./hygieneTexts";
import { undoTexts } from "./undoTexts";
import { freshnessTexts } from "./freshnessTexts";
import { designTexts } from "./designTexts";
import { designActionTexts, designPaneTexts } from "./designPaneTexts";
import { changeTexts } from "./changeTexts";
import { rollupTexts } from "./rollupTexts";
import { historyTexts } from "./historyTexts";
import { rollupPaneTexts } from "./rollupPaneTexts";
import { placeTexts } from "./placeTexts";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the one message catalogue", () => {
  it("holds every section, the CLI under cli. and the task pane under ui.", () => {
    const sections = [domainTexts, cliTexts, taskpaneTexts, taskpaneReviewTexts, workbookTexts, exportTexts, handoutTexts, actionTexts, previewTexts, fileTexts, hygieneTexts, undoTexts, freshnessTexts, designTexts, changeTexts, designPaneTexts, designActionTexts, rollupTexts, historyTexts, rollupPaneTexts, placeTexts];
    const size = sections.reduce<number>((n, s) => n + Object.keys(s).length, 0);
    expect(Object.keys(catalogue)).toHaveLength(size); // no id of one section hides another's
    expect(catalogue["cli.usage.noCommand"]).toBe(cliTexts["usage.noCommand"]);
    expect(catalogue["ui.app.loading"]).toBe(taskpaneTexts["app.loading"]);
  });

  it("has a non-empty Vietnamese and English text for every id, with the same placeholders", () => {
    for (const [id, entry] of Object.entries(catalogue)) {
      expect([id, entry.vi.trim() !== "", entry.en.trim() !== ""]).toEqual([id, true, true]);
      expect([id, placeholders(entry.vi)]).toEqual([id, placeholders(entry.en)]);
    }
  });

  it("Vietnamese texts are stored in NFC", () => {
    for (const [id, entry] of Object.entries(catalogue)) {
      expect([id, entry.vi === entry.vi.normalize("NFC")]).toEqual([id, true]);
    }
  });

  it("renders numbers with the locale's decimal mark and nests messages", () => {
    const m = message("entry.aboveMax", { value: 10.5, max: 10 });
    expect(render(m, "vi-VN")).toBe("Điểm 10,5 vượt điểm tối đa 10. Nhập từ 0 đến 10.");
    expect(render(m, "en-US")).toBe("10.5 is above the maximum 10. Enter 0 to 10.");
    const nested = message("award.ineligible", { reasons: message("award.gateFailed", { code: "DK.1" }) });
    expect(render(nested, "vi-VN")).toBe("Không đủ điều kiện khen thưởng: không đạt điều kiện DK.1.");
    expect(LOCALES).toEqual(["vi-VN", "en-US"]);
  });

  it("chooses English singular or plural words by the number ({count:cell|cells}), never printing \"(s)\"", () => {
    expect(render(message("ui.check.fixes.confirmTitle", { count: 1 }), "en-US")).toBe("Change 1 cell?");
    expect(render(message("ui.check.fixes.confirmTitle", { count: 3 }), "en-US")).toBe("Change 3 cells?");
    expect(render(message("ui.check.fixes.confirmTitle", { count: 3 }), "vi-VN")).toBe("Sửa 3 ô?");
    for (const [id, entry] of Object.entries(catalogue)) {
      // A plural form names a number the text also prints.
      for (const [, name] of entry.en.matchAll(/\{(\w+):[^|{}]*\|[^{}]*\}/g)) expect([id, entry.en.includes(`{${name}}`)]).toEqual([id, true]);
    }
  });
});
