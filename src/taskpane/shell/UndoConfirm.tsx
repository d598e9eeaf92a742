/**
 * The undo confirmation: what undo puts back, the cells changed since (kept unless "also put back these
 * cells" is ticked), and the scores typed into sheets it deletes (a copy is kept unless unticked).
 * Nothing is written before "Hoàn tác" is pressed.
 */
import { Body1, Button, Checkbox, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { forwardRef, useState } from "react";
import type { ChangedCell, UndoChoice, UndoInfo } from "../../excel/actions/types";
import { message } from "../../messages/message";
import { catalogueLocale, type Locale, t, tm } from "../i18n/strings";
import { cellPlaceCapitalised } from "../i18n/cellPlace";
import { formatCellValue } from "../steps/check/formatCellValue";

/** Changed cells listed by name; the rest are counted. */
export const CHANGED_SHOWN = 10;

const useStyles = makeStyles({
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: "30vh", overflowY: "auto" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface UndoConfirmProps {
  readonly id: string;
  readonly titleId: string;
  readonly offer: UndoInfo;
  readonly locale: Locale;
  readonly busy: boolean;
  readonly onConfirm: (choice: UndoChoice) => void;
  readonly onCancel: () => void;
}

function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(catalogueLocale(locale), { dateStyle: "short", timeStyle: "short" }).format(date);
}

/** What undo will do: the cells put back and, only when the operation created sheets, which ones are deleted. */
function confirmBody(offer: UndoInfo, locale: Locale): string {
  const params = { cells: offer.restorable ?? offer.cells, time: formatTime(offer.at, locale) };
  const sheets = offer.createdSheets ?? [];
  return sheets.length > 0 ? t(locale, "undo.confirmBodySheets", { ...params, sheets: sheets.join(", ") }) : t(locale, "undo.confirmBody", params);
}

/** "Chấm điểm!D4 (Hà Giang – I.1): bây giờ 9; ThiDua đã ghi 8,5; trước đó "8,5"". */
export function changedText(c: ChangedCell, locale: Locale): string {
  const who = c.unit && c.criterion ? message("undo.changed.who", { unit: c.unit, criterion: c.criterion }) : "";
  const v = (x: ChangedCell["now"]) => formatCellValue(x, locale);
  return tm(locale, message("undo.changed.item", { place: cellPlaceCapitalised(locale, c), who, now: v(c.now), wrote: v(c.wrote), was: v(c.was) }));
}

export const UndoConfirm = forwardRef<HTMLButtonElement, UndoConfirmProps>(function UndoConfirm({ id, titleId, offer, locale, busy, onConfirm, onCancel }, cancelRef) {
  const styles = useStyles();
  const [putBack, setPutBack] = useState(false);
  const [keepCopy, setKeepCopy] = useState(true);
  const changed = offer.changed ?? [];
  const typed = offer.typedScores;
  const typedTotal = typed ? typed.count + (typed.other ?? 0) : 0;
  const confirm = () =>
    onConfirm({
      ...(putBack && changed.length > 0 ? { putBack: changed.map((c) => ({ sheet: c.sheet, cell: c.cell })) } : {}),
      ...(typed ? { typedScores: keepCopy ? "copy" : { discard: typedTotal } } : {}),
    });
  return (
    <section id={id} className={styles.confirm} aria-labelledby={titleId}>
      <Subtitle2 as="h2" id={titleId}>
        {t(locale, "undo.confirmTitle", { label: tm(locale, offer.label) })}
      </Subtitle2>
      <Body1>{confirmBody(offer, locale)}</Body1>
      {offer.note && <Body1>{tm(locale, offer.note)}</Body1>}
      {offer.restorable === 0 && (offer.createdSheets ?? []).length === 0 && <Body1>{tm(locale, message("undo.nothingLeft"))}</Body1>}
      {changed.length > 0 && (
        <>
          <Body1>{tm(locale, message("undo.changed.heading", { count: changed.length }))}</Body1>
          <ul className={styles.list}>
            {changed.slice(0, CHANGED_SHOWN).map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>{changedText(c, locale)}</li>
            ))}
          </ul>
          {changed.length > CHANGED_SHOWN && <Body1>{tm(locale, message("undo.changed.more", { count: changed.length - CHANGED_SHOWN }))}</Body1>}
          <Checkbox checked={putBack} onChange={(_, d) => setPutBack(d.checked === true)} label={tm(locale, message("undo.changed.putBack", { count: changed.length }))} />
        </>
      )}
      {typed && (
        <>
          {typed.count > 0 && <Body1>{tm(locale, message("undo.typed.body", { count: typed.count, units: typed.units.join(", ") }))}</Body1>}
          {(typed.other ?? 0) > 0 && <Body1>{tm(locale, message("undo.typed.other", { count: typed.other ?? 0, sheets: typed.sheets.join(", ") }))}</Body1>}
          <Checkbox
            checked={keepCopy}
            onChange={(_, d) => setKeepCopy(d.checked === true)}
            label={tm(locale, message("undo.typed.keepCopy", { sheet: tm("vi", message("undo.copy.sheet")) }))}
          />
          {!keepCopy && <Body1 role="alert">{tm(locale, message("undo.typed.lost", { count: typedTotal }))}</Body1>}
        </>
      )}
      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy} onClick={confirm}>
          {t(locale, "undo.confirm")}
        </Button>
        <Button ref={cancelRef} disabled={busy} onClick={onCancel}>
          {t(locale, "undo.cancel")}
        </Button>
      </div>
    </section>
  );
});
