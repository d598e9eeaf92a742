/**
 * The open confirm dialog. Fluent's focus manager (tabster) marks a modal dialog aria-hidden until focus has
 * entered it, on a timer; under load in jsdom that can lag behind the render, so wait for the dialog to be
 * exposed (not aria-hidden, focus inside) rather than assume it is at once. A dialog that never becomes
 * accessible still fails here. Close every dialog a test opens before it ends: a modal unmounted while
 * open can leave tabster's state behind for the next test in the same file.
 */
import { screen, waitFor, type ByRoleOptions } from "@testing-library/react";

// A loaded CI machine (LibreOffice and Chromium tests run beside these) delays tabster's timer by seconds.
jest.setTimeout(30_000);

export async function findOpenDialog(name?: ByRoleOptions["name"]): Promise<HTMLElement> {
  const dialog = await screen.findByRole("alertdialog", { hidden: true, ...(name !== undefined ? { name } : {}) });
  await waitFor(() => {
    expect(dialog).not.toHaveAttribute("aria-hidden");
    expect(dialog.contains(document.activeElement)).toBe(true);
  }, { timeout: 10_000 });
  return dialog;
}
