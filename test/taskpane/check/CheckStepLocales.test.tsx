/** Every visible text of the Kiểm tra step comes from the catalogue, in Vietnamese and in English. */
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActionError, type ValidationReport } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { CheckStep } from "../../../src/taskpane/steps/check/CheckStep";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { textsOutsideCatalogue } from "./support/catalogueText";
import { deferred } from "./support/deferred";
import { dialogButton, findOpenDialog } from "./support/dialog";
import { fakeOps } from "./support/fakeOps";
import { cleanReport, ENTRY_SHEET, problemReport } from "./support/reviewFixtures";

/** Data the pane shows as it is: names, codes, cells, formulas, criterion titles, award and band names from the template. */
function dataOf(report: ValidationReport): string[] {
  const r = report.result;
  return [
    ...r.units.map((u) => u.name), ...r.template.bands.map((b) => b.label), ...r.template.awards.map((a) => a.title),
    ...[...r.template.byKey.values()].flatMap((c) => [c.title, c.code]),
    ...report.findings.flatMap((f) => [f.criterion ?? "", f.unit ?? "", f.where?.cell ?? ""]),
    ...report.fixes.flatMap((f) => [f.cell, f.formula ?? ""]), ENTRY_SHEET, "Excel",
  ];
}

jest.mock("../../../src/taskpane/steps/check/ConfirmFixesDialog", () => jest.requireActual("./support/plainConfirmDialog"));

const RUN = { vi: "Kiểm tra", en: "Check" } as const;

describe.each<Locale>(["vi", "en"])("CheckStep texts in %s", (locale) => {
  it("empty, loading and error states use only catalogue texts", async () => {
    const pending = deferred<ValidationReport>();
    const actions = fakeActions({ validate: () => pending.promise });
    const user = userEvent.setup();
    const { container } = renderWithFluent(<CheckStep actions={actions} locale={locale} ops={fakeOps()} />);
    const data = dataOf(problemReport());
    expect(textsOutsideCatalogue(container, locale, data)).toEqual([]);
    await user.click(screen.getByRole("button", { name: RUN[locale] }));
    expect(textsOutsideCatalogue(container, locale, data)).toEqual([]);
    await act(async () => pending.reject(new ActionError(message("template.other", { detail: "Excel" }), "office")));
    await screen.findByRole("alert");
    expect(textsOutsideCatalogue(container, locale, data)).toEqual([]);
  });

  it("findings (all units open), fixes and the confirm dialog use only catalogue texts", async () => {
    const report = problemReport();
    const actions = fakeActions({ validate: async () => report });
    const user = userEvent.setup();
    renderWithFluent(<CheckStep actions={actions} locale={locale} ops={fakeOps()} />);
    await user.click(screen.getByRole("button", { name: RUN[locale] }));
    await screen.findAllByRole("heading", { level: 4 });
    for (const h of screen.getAllByRole("heading", { level: 4 })) {
      const header = within(h).getByRole("button");
      if (header.getAttribute("aria-expanded") === "false") await user.click(header);
    }
    expect(screen.getByRole("button", { name: /G8/ })).toBeVisible();
    await user.click(screen.getByRole("checkbox", { name: locale === "vi" ? "Chọn tất cả (2)" : "Select all (2)" }));
    const apply = screen.getByRole("button", { name: locale === "vi" ? "Áp dụng (2)" : "Apply (2)" });
    await user.click(apply);
    const dialog = await findOpenDialog();
    expect(textsOutsideCatalogue(document.body, locale, dataOf(report))).toEqual([]);
    await user.click(dialogButton(dialog, locale === "vi" ? "Huỷ" : "Cancel"));
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument());
  });

  it("success uses only catalogue texts", async () => {
    const report = cleanReport();
    const user = userEvent.setup();
    const { container } = renderWithFluent(<CheckStep actions={fakeActions({ validate: async () => report })} locale={locale} ops={fakeOps()} />);
    await user.click(screen.getByRole("button", { name: RUN[locale] }));
    await screen.findByText(locale === "vi" ? "Không có lỗi. Số đơn vị đã kiểm tra: 5." : "No problems found. Units checked: 5.");
    expect(textsOutsideCatalogue(container, locale, dataOf(report))).toEqual([]);
  });
});

describe("CheckStep in English", () => {
  it("shows the English texts and the findings' messages in English", async () => {
    const user = userEvent.setup();
    renderWithFluent(<CheckStep actions={fakeActions({ validate: async () => problemReport() })} locale="en" ops={fakeOps()} />);
    expect(screen.getByRole("heading", { level: 2, name: "Check the scores" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Check" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Errors to fix before ranking: 1. Units checked: 5.");
    const counts = screen.getByRole("list", { name: "Items by severity" });
    expect(within(counts).getAllByRole("listitem").map((li) => li.textContent)).toEqual(["Errors: 1", "Warnings: 2", "Notes: 0"]);
    expect(screen.getByRole("button", { name: /cell F12 on Chấm điểm/ })).toHaveTextContent(
      "\"18,25\" is text that looks like a number, so it is not counted. Convert the cell to the number 18.25.",
    );
    expect(screen.getByRole("checkbox", { name: /^Cell F12 on Chấm điểm: "18,25" → 18\.25/ })).toBeChecked();
    expect(screen.getByRole("switch", { name: "Highlight problem cells" })).toBeEnabled();
  });

  it("the catalogue check catches a text in the wrong language", () => {
    const { container } = renderWithFluent(<p>Kiểm tra dữ liệu</p>);
    expect(textsOutsideCatalogue(container, "en", [])).toEqual(["Kiểm tra dữ liệu"]);
    expect(textsOutsideCatalogue(container, "vi", [])).toEqual([]);
  });
});
