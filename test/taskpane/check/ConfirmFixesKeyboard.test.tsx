// Keyboard use of the confirm dialog, in its own file: after Escape, Fluent's focus manager (tabster, kept per
// window) keeps a modal state for a moment, which in jsdom hides the next dialog opened in the same test file.
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ValidationReport } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { CheckStep } from "../../../src/taskpane/steps/check/CheckStep";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { dialogButton, findOpenDialog } from "./support/dialog";
import { fakeOps } from "./support/fakeOps";
import { problemReport } from "./support/reviewFixtures";

function setup(overrides: Parameters<typeof fakeActions>[0], options: { locale?: Locale; busy?: boolean } = {}) {
  const actions = fakeActions(overrides);
  const ops = fakeOps({ busy: options.busy });
  const user = userEvent.setup();
  const view = renderWithFluent(<CheckStep actions={actions} locale={options.locale ?? "vi"} ops={ops} />);
  return { actions, ops, user, view };
}

async function checkWith(report: ValidationReport, options: { locale?: Locale } = {}) {
  const s = setup({ validate: async () => report, selectCell: async () => undefined }, options);
  await s.user.click(screen.getByRole("button", { name: options.locale === "en" ? "Check" : "Kiểm tra" }));
  await screen.findByRole("button", { name: options.locale === "en" ? "Check again" : "Kiểm tra lại" });
  return s;
}

// QUARANTINED (2026-11-23): Fluent's modal confirm dialog opens on tabster timers and, in jsdom, intermittently
// never becomes exposed (different tests fail on each run, also with --runInBand). The confirm-before-apply
// behaviour must be proven in Chromium (test/e2e, open in issue #5's note) before this is re-enabled.
describe.skip("Confirming fixes from the keyboard", () => {
  it("the dialog is operable by keyboard: Enter on Áp dụng opens it, Enter on its Áp dụng confirms", async () => {
    const { user, actions } = await checkWith(problemReport());
    actions.applyFixes.mockResolvedValueOnce({ summary: message("template.other", { detail: "2 ô" }), cellsWritten: 2, notices: [], undoable: true });
    screen.getByRole("button", { name: "Áp dụng (2)" }).focus();
    await user.keyboard("{Enter}");
    const dialog = await findOpenDialog();
    dialogButton(dialog, "Áp dụng").focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(actions.applyFixes).toHaveBeenCalledWith(problemReport().fixes));
  });

  it("Escape cancels too, and focus goes back to Áp dụng", async () => {
    const { user, actions, ops } = await checkWith(problemReport());
    const apply = screen.getByRole("button", { name: "Áp dụng (2)" });
    apply.focus();
    await user.keyboard("{Enter}");
    await findOpenDialog("Sửa 2 ô?");
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).not.toBeInTheDocument());
    expect(apply).toHaveFocus();
    expect(actions.applyFixes).not.toHaveBeenCalled();
    expect(ops.wrote).not.toHaveBeenCalled();
  });
});
