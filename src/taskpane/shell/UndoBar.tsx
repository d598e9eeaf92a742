import { Button, MessageBar, MessageBarActions, MessageBarBody, useId } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { ExcelActions, UndoChoice, UndoInfo, WriteResult } from "../../excel/actions/types";
import { message, type Message } from "../../messages/message";
import { type Locale, t, tm, uiMessage } from "../i18n/strings";
import type { OperationRunner } from "../steps/stepProps";
import { UndoConfirm } from "./UndoConfirm";

export interface UndoBarProps {
  readonly locale: Locale;
  readonly actions: ExcelActions;
  readonly ops: OperationRunner;
  /** Changes after every write: the offer is read again. */
  readonly writes: number;
  /** Shows and logs a failure to read the offer. */
  readonly report: (label: Message, error: unknown) => void;
}

/** "Hoàn tác: <label>", or "… (n ô đã sửa từ đó)" when cells it wrote were changed since. */
function offerText(offer: UndoInfo, locale: Locale): string {
  const label = tm(locale, offer.label);
  const changed = offer.changed?.length ?? 0;
  return changed > 0 ? tm(locale, message("undo.offerChanged", { label, count: changed })) : t(locale, "undo.offer", { label });
}

/**
 * "Hoàn tác: <label>" after a write. The offer stays while the journal holds an operation: opening it reads
 * the workbook again, so the confirmation lists what changed since; actions.undoLast runs only after it.
 */
export function UndoBar({ locale, actions, ops, writes, report }: UndoBarProps) {
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

  /** Opens the confirmation with what the workbook holds now (cells may have changed since the offer was read). */
  const open = () => {
    if (confirming) {
      setConfirming(false);
      return;
    }
    actions.lastUndo().then(
      (info) => {
        setOffer(info);
        setConfirming(info !== null);
      },
      (error: unknown) => report(uiMessage("undo.loadFailed"), error),
    );
  };

  const undo = async (info: UndoInfo, choice: UndoChoice) => {
    const outcome = await ops.run(uiMessage("undo.running", { label: info.label }), () => actions.undoLast(choice), { failureShownBy: "shell" });
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
            onClick={open}
          >
            {offerText(offer, locale)}
          </Button>
        </div>
      )}
      {offer && confirming && (
        <UndoConfirm
          ref={cancelRef}
          id={confirmId}
          titleId={titleId}
          offer={offer}
          locale={locale}
          busy={ops.busy}
          onConfirm={(choice) => void undo(offer, choice)}
          onCancel={cancel}
        />
      )}
    </>
  );
}
