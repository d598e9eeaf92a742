import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { FilePicker } from "../../components/FilePicker";
import type { ParseResult, TemplateIssue } from "../../../domain/template/parse";
import { type Locale, t } from "../../i18n/strings";
import type { ChosenTemplate } from "../../shell/paneState";
import { IssueList } from "./IssueList";
import { readTemplateFile } from "./readFileText";

type FileState =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly fileName: string }
  | { readonly kind: "invalid"; readonly fileName: string; readonly errors: readonly TemplateIssue[] }
  /** The parser could not be downloaded: not the file's fault. */
  | { readonly kind: "loadFailed"; readonly detail: string };

export interface TemplateFileLoaderProps {
  readonly locale: Locale;
  readonly onChoose: (chosen: ChosenTemplate) => void;
}

/** Loads a template file (.json): parse errors are listed with their JSON path. */
export function TemplateFileLoader({ locale, onChoose }: TemplateFileLoaderProps) {
  const [state, setState] = useState<FileState>({ kind: "idle" });
  /** Counts the files chosen: a slow read or parser download for an older choice is ignored. */
  const latest = useRef(0);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const choice = ++latest.current;
    setState({ kind: "reading", fileName: file.name });
    let parseTemplateText: (text: string) => ParseResult;
    // Not UTF-8 text (an .xlsx chosen by mistake, UTF-16, too large, empty…): the same plain message as the CLI.
    const read = await readTemplateFile(file);
    if (choice !== latest.current) return;
    if (!read.ok) {
      setState({ kind: "invalid", fileName: file.name, errors: [{ severity: "error", path: "$", message: read.problem }] });
      return;
    }
    const text = read.text;
    try {
      // The parser (zod) is loaded when a file is chosen, not with the pane.
      ({ parseTemplateText } = await import(/* webpackChunkName: "template-parser" */ "../../../domain/template/parse"));
    } catch (error) {
      console.error("ThiDua: could not load the template parser", error);
      if (choice === latest.current) setState({ kind: "loadFailed", detail: error instanceof Error ? error.message : String(error) });
      return;
    }
    if (choice !== latest.current) return;
    const parsed = parseTemplateText(text);
    if (!parsed.ok) {
      setState({ kind: "invalid", fileName: file.name, errors: parsed.errors });
      return;
    }
    setState({ kind: "idle" });
    onChoose({ template: parsed.template, origin: { kind: "file", fileName: file.name } });
  };

  return (
    <>
      <FilePicker locale={locale} label={t(locale, "template.fileLabel")} hint={t(locale, "template.fileHint")} accept=".json,application/json" onFiles={(files) => void onFile(files[0])} />
      {state.kind === "reading" && <Spinner size="tiny" labelPosition="after" label={t(locale, "template.fileReading", { file: state.fileName })} />}
      {state.kind === "loadFailed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(locale, "template.parserLoadFailed", { detail: state.detail })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "invalid" && (
        <IssueList
          locale={locale}
          intent="error"
          title={t(locale, "template.fileInvalid", { file: state.fileName, count: state.errors.length })}
          issues={state.errors}
        />
      )}
    </>
  );
}
