import {
  Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger, makeStyles, tokens,
} from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { CellFix } from "../../../excel/actions/types";
import { render } from "../../../messages/message";
import { catalogueLocale, t, type Locale } from "../../i18n/strings";
import { fixChangeText, fixScoreNote } from "./fixText";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0 0`, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto" },
  reason: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface ConfirmFixesDialogProps {
  readonly open: boolean;
  /** The button that opens the dialog (focus returns to it when the dialog closes). */
  readonly trigger: ReactElement;
  readonly onOpen: () => void;
  readonly fixes: readonly CellFix[];
  readonly locale: Locale;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** "Sửa n ô?": lists every change; nothing is written unless "Áp dụng" is chosen. Escape or "Huỷ" cancels. */
export function ConfirmFixesDialog({ open, trigger, onOpen, fixes, locale, onConfirm, onCancel }: ConfirmFixesDialogProps) {
  const styles = useStyles();
  return (
    <Dialog modalType="alert" open={open} onOpenChange={(_, data) => (data.open ? onOpen() : onCancel())}>
      <DialogTrigger disableButtonEnhancement>{trigger}</DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t(locale, "check.fixes.confirmTitle", { count: fixes.length })}</DialogTitle>
          <DialogContent>
            {t(locale, "check.fixes.confirmBody")}
            <ul className={styles.list}>
              {fixes.map((f, i) => (
                <li key={i}>
                  {fixChangeText(f, locale)}
                  <span className={styles.reason}>{render(f.message, catalogueLocale(locale))}</span>
                  {fixScoreNote(f, locale) && <span className={styles.reason}>{fixScoreNote(f, locale)}</span>}
                </li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>{t(locale, "check.fixes.cancel")}</Button>
            <Button appearance="primary" onClick={onConfirm}>{t(locale, "check.fixes.confirm")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
