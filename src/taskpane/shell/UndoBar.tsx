import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ExcelActions, UndoInfo, WriteResult } from "../../excel/actions/types";
import type { Message } from "../../messages/message";
import { catalogueLocale, type Locale, t, tm, uiMessage } from "../i18n/strings";
import type { OperationRunner } from "../steps/stepProps";

const useStyles = makeStyles({
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

export interface UndoBarProps {
  readonly locale: Locale;
  readonly actions: ExcelActions;
  readonly ops: OperationRunner;
  /** Changes after every write: the offer is read again. */
  readonly writes: number;
  /** Shows and logs a failure to read the offer. */
  readonly report: (label: Message, error: unknown) => void;
}

function formatTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(catalogueLocale(locale), { dateStyle: "short", timeStyle: "short" }).format(date);
}

/** What undo will do: the cells put back and, only when the operation created sheets, which ones are deleted. */
function confirmBody(offer: UndoInfo, locale: Locale): string {
  const params = { cells: offer.cells, time: formatTime(offer.at, locale) };
  const sheets = offer.createdSheets ?? [];
  return sheets.length > 0 ? t(locale, "undo.confirmBodySheets", { ...params, sheets: sheets.join(", ") }) : t(locale, "undo.confirmBody", params);
}

/** "Hoàn tác: <label>" after a write, with a confirmation before actions.undoLast(). */
export function UndoBar({ locale, actions, ops, writes, report }: UndoBarProps) {
  const styles = useStyles();
  const [offer, setOffer] = useState<UndoInfo | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<WriteResult | null>(null);
  const titleId = useId("thidua-undo-title");
  const confirmId = useId("thidua-undo-confirm");
  const cancelRef = useRef<HTMLButtonElement>(null);
  const offerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let active = true;
    actions.lastUndo().then(
      (info) => {
        if (!active) return;
        setOffer(info);
        setConfirming(false);
      },
      (error: unknown) => {
        if (active) report(uiMessage("undo.loadFailed"), error);
      },
    );
    return () => {
      active = false;
    };
  }, [actions, writes, report]);

  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const cancel = () => {
    setConfirming(false);
    offerRef.current?.focus();
  };

  const undo = async (info: UndoInfo) => {
    const outcome = await ops.run(uiMessage("undo.running", { label: info.label }), () => actions.undoLast(), { failureShownBy: "shell" });
    setConfirming(false);
    if (outcome.ok) {
      setDone(outcome.value);
      ops.wrote();
    }
  };

  return (
    <>
      {done && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{tm(locale, done.summary)}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" onClick={() => setDone(null)}>
                {t(locale, "ops.dismiss")}
              </Button>
            }
          />
        </MessageBar>
      )}
      {offer && (
        <div>
          <Button
            ref={offerRef}
            disabled={ops.busy}
            aria-expanded={confirming}
            aria-controls={confirming ? confirmId : undefined}
            onClick={() => setConfirming((c) => !c)}
          >
            {t(locale, "undo.offer", { label: tm(locale, offer.label) })}
          </Button>
        </div>
      )}
      {offer && confirming && (
        <section id={confirmId} className={styles.confirm} aria-labelledby={titleId}>
          <Subtitle2 as="h2" id={titleId}>
            {t(locale, "undo.confirmTitle", { label: tm(locale, offer.label) })}
          </Subtitle2>
          <Body1>{confirmBody(offer, locale)}</Body1>
          {offer.note && <Body1>{tm(locale, offer.note)}</Body1>}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={ops.busy} onClick={() => void undo(offer)}>
              {t(locale, "undo.confirm")}
            </Button>
            <Button ref={cancelRef} disabled={ops.busy} onClick={cancel}>
              {t(locale, "undo.cancel")}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}
