/**
 * The meeting details kept in the workbook (Tổng hợp input cells), with the documents' tone-mark style: read
 * when the Xuất step reads the workbook, written with "Lưu vào sổ" and before every download, so closing the
 * pane loses nothing.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useRef, useState, type Dispatch, type SetStateAction } from "react";
import type { ExcelActions } from "../../../excel/actions/types";
import { message, render, type Params } from "../../../messages/message";
import type { freshnessTexts } from "../../../messages/freshnessTexts";
import { catalogueLocale, type Locale } from "../../i18n/strings";
import type { OperationRunner } from "../stepProps";
import { cellsToForm, formToCells, isEmptyForm, sameForm } from "./meetingCells";
import type { MeetingFormValues } from "./meetingForm";
import type { ToneStyle } from "../../../domain/text/toneStyle";

const DEFAULT_TONE: ToneStyle = "new";

export type Note = { intent: "success" | "error" | "warning"; title?: string; text: string };

export interface SavedMeeting {
  /** Reads the saved details; fills the form unless it holds details not saved yet. */
  load(): Promise<void>;
  /** Writes the form to the workbook; false when it could not (the note says why). */
  save(): Promise<boolean>;
  /** save() when the form differs from what the workbook holds. */
  saveIfChanged(): Promise<boolean>;
  /** True when the form holds details the workbook does not. */
  readonly unsaved: boolean;
  readonly note: Note | null;
}

type FreshId = keyof typeof freshnessTexts;

/** The documents' tone-mark style as the Xuất step holds it: saved and restored with the meeting details. */
export interface ToneState {
  readonly value: ToneStyle;
  readonly set: (style: ToneStyle) => void;
}

interface Saved {
  readonly form: MeetingFormValues;
  readonly tone: ToneStyle;
}

/** True when the form and style hold something the workbook does not (nothing saved: anything but the empty form and the default style). */
const differs = (form: MeetingFormValues, tone: ToneStyle, saved: Saved | null): boolean =>
  saved === null ? !isEmptyForm(form) || tone !== DEFAULT_TONE : !sameForm(form, saved.form) || tone !== saved.tone;

export function useSavedMeeting(actions: ExcelActions, ops: OperationRunner, locale: Locale, form: MeetingFormValues, setForm: Dispatch<SetStateAction<MeetingFormValues>>, tone: ToneState): SavedMeeting {
  const loc = catalogueLocale(locale);
  const fx = useCallback((id: FreshId, params: Params = {}) => render(message(`fresh.${id}`, params), loc), [loc]);
  const [saved, setSaved] = useState<Saved | null>(null);
  const [note, setNote] = useState<Note | null>(null);
  const typed = useRef({ form, tone: tone.value });
  typed.current = { form, tone: tone.value };
  const unsaved = differs(form, tone.value, saved);
  const setTone = tone.set;

  const load = useCallback(async () => {
    const out = await ops.run(message("fresh.meeting.loading"), () => actions.readMeeting());
    if (!out.ok) {
      setNote({ intent: "warning", title: fx("meeting.readFailed"), text: render(out.error, loc) });
      return;
    }
    const fromBook: Saved = { form: cellsToForm(out.value), tone: out.value.toneStyle ?? DEFAULT_TONE };
    const keepTyped = differs(typed.current.form, typed.current.tone, saved);
    setSaved(fromBook);
    if (!keepTyped) {
      setForm(fromBook.form);
      setTone(fromBook.tone);
    }
    setNote(isEmptyForm(fromBook.form) && out.value.toneStyle === undefined ? null : { intent: "success", text: fx("meeting.loaded") });
  }, [actions, ops, saved, setForm, setTone, loc, fx]);

  const save = async (): Promise<boolean> => {
    const values = typed.current;
    const out = await ops.run(message("fresh.meeting.saving"), () => actions.writeMeeting({ ...formToCells(values.form), toneStyle: values.tone }));
    if (!out.ok) {
      setNote({ intent: "error", title: fx("meeting.saveFailed"), text: render(out.error, loc) });
      return false;
    }
    if (out.value.cellsWritten > 0) ops.wrote();
    setSaved(values);
    setNote({ intent: "success", text: render(out.value.summary, loc) });
    return true;
  };

  return { load, save, saveIfChanged: async () => (unsaved ? save() : true), unsaved, note };
}

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS } });

/** "Lưu vào sổ", the reminder while details are not saved, and what saving or reading said (next to the form). */
export function MeetingSaveBar({ locale, meeting, busy }: { locale: Locale; meeting: SavedMeeting; busy: boolean }) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  return (
    <>
      <div className={styles.row}>
        <Button disabled={busy || !meeting.unsaved} onClick={() => void meeting.save()}>{render(message("fresh.meeting.save"), loc)}</Button>
        {meeting.unsaved && <span>{render(message("fresh.meeting.unsaved"), loc)}</span>}
      </div>
      {meeting.note && <NoteBar note={meeting.note} />}
    </>
  );
}

export function NoteBar({ note }: { note: Note }) {
  return (
    <MessageBar intent={note.intent} layout="multiline" role={note.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {note.title && <MessageBarTitle>{note.title}</MessageBarTitle>}
        {note.text}
      </MessageBarBody>
    </MessageBar>
  );
}
