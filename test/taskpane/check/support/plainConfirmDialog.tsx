/**
 * A stand-in for ConfirmFixesDialog in jsdom: the same props and texts, without Fluent's modal machinery.
 * Fluent's modal dialog opens on tabster timers that in jsdom sometimes never settle (microsoft/tabster#280),
 * which made the step's confirm-before-apply tests fail at random. With this stand-in they test the step's
 * own logic (which fixes, cancel writes nothing, confirm applies the ticked ones); the real dialog — opened,
 * listed, cancelled with Escape and confirmed with the keyboard in a browser — is proven in Chromium by
 * test/e2e/flow.e2e.test.ts and flow-keyboard.e2e.test.ts.
 *
 *   jest.mock("../../../src/taskpane/steps/check/ConfirmFixesDialog", () => jest.requireActual("./support/plainConfirmDialog"));
 */
import { cloneElement, type ReactElement } from "react";
import { render } from "../../../../src/messages/message";
import { catalogueLocale, t } from "../../../../src/taskpane/i18n/strings";
import type { ConfirmFixesDialogProps } from "../../../../src/taskpane/steps/check/ConfirmFixesDialog";
import { fixChangeText } from "../../../../src/taskpane/steps/check/fixText";

export function ConfirmFixesDialog({ open, trigger, onOpen, fixes, locale, onConfirm, onCancel }: ConfirmFixesDialogProps) {
  const opener = cloneElement(trigger as ReactElement<{ onClick?: () => void }>, { onClick: onOpen });
  return (
    <>
      {opener}
      {open && (
        <div role="alertdialog" aria-modal="true" aria-label={t(locale, "check.fixes.confirmTitle", { count: fixes.length })}>
          {t(locale, "check.fixes.confirmBody")}
          <ul>
            {fixes.map((f, i) => (
              <li key={i}>
                {fixChangeText(f, locale)} {render(f.message, catalogueLocale(locale))}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onCancel}>{t(locale, "check.fixes.cancel")}</button>
          <button type="button" onClick={onConfirm} autoFocus>{t(locale, "check.fixes.confirm")}</button>
        </div>
      )}
    </>
  );
}
