/**
 * The open confirm dialog (the step tests use the stand-in support/plainConfirmDialog.tsx; these helpers
 * also work on Fluent's real dialog). Fluent's focus manager (tabster) sets aria-hidden on a modal dialog until it has
 * registered the dialog as the active modal, on timers; in jsdom under load (parallel test files) that
 * sometimes never settles (see microsoft/tabster#280: focus management is not reliable in jsdom). So the
 * dialog and its buttons are found including aria-hidden elements, and what is checked instead is what
 * the browser relies on: role alertdialog, aria-modal, its accessible name, and focus moved inside it.
 * Close every dialog a test opens before it ends.
 */
import { screen, waitFor, within, type ByRoleOptions } from "@testing-library/react";

export async function findOpenDialog(name?: ByRoleOptions["name"]): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true, ...(name !== undefined ? { name } : {}) });
  expect(dialog).toHaveAttribute("aria-modal", "true");
  await waitFor(() => expect(dialog.contains(document.activeElement)).toBe(true), { timeout: 3000 });
  return dialog;
}

/** A button of the open dialog by its accessible name. */
export function dialogButton(dialog: HTMLElement, name: string): HTMLElement {
  return within(dialog).getByRole("button", { name, hidden: true });
}
