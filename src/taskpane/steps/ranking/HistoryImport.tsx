/**
 * Step Xếp hạng's collapsible section "Kết quả các kỳ trước": the user chooses earlier periods' files (ThiDua workbooks or summary
 * exports), sees what they would write into Lịch sử (HistoryImportPreview.tsx), maps a result that matches no unit to
 * the unit it is now, and writes (actions.importHistory: undoable, a typed result is never replaced).
 */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { EarlierFile, EarlierFileRead } from "../../../export/earlierResults";
import type { HistoryImportPreview as Preview } from "../../../excel/actions/historyImportTypes";
import { message, render, type Message, type Params } from "../../../messages/message";
import type { historyImportTexts } from "../../../messages/historyImportTexts";
import { FilePicker } from "../../components/FilePicker";
import { catalogueLocale } from "../../i18n/strings";
import type { StepProps } from "../stepProps";
import { importOf, readEarlierResultsFile } from "./historyFiles";
import { HistoryImportPreview } from "./HistoryImportPreview";

type TextId = keyof typeof historyImportTexts;

export interface HistoryImportProps extends Pick<StepProps, "actions" | "locale" | "ops"> {
  /** How a chosen file is read (tests may replace it). */
  readonly readFile?: (file: File) => Promise<EarlierFileRead>;
}

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function HistoryImport({ actions, locale, ops, readFile = readEarlierResultsFile }: HistoryImportProps) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  const tx = (id: TextId, params: Params = {}) => render(message(`history.${id}`, params), loc);
  const [files, setFiles] = useState<readonly EarlierFile[]>([]);
  const [mapping, setMapping] = useState<Readonly<Record<string, string>>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [problems, setProblems] = useState<readonly Message[]>([]);
  const [done, setDone] = useState<Message | null>(null);

  const refresh = async (chosen: readonly EarlierFile[], map: Readonly<Record<string, string>>, failures: readonly Message[] = []) => {
    const out = await ops.run(message("history.import.previewing"), async () => actions.previewHistoryImport(await importOf(chosen, map)));
    setPreview(out.ok ? out.value : null);
    setProblems(out.ok ? failures : [...failures, out.error]);
  };

  const choose = async (list: readonly File[]) => {
    setDone(null);
    setPreview(null);
    const out = await ops.run(message("history.import.reading", { count: list.length }), async () => Promise.all(list.map(async (f) => ({ file: f.name, read: await readFile(f) }))));
    if (!out.ok) return setProblems([out.error]);
    const read = out.value.flatMap(({ read: r }) => (r.ok ? [r.value] : []));
    const failures = out.value.flatMap(({ file, read: r }) => (r.ok ? [] : r.errors.map((problem) => message("history.import.fileFailed", { file, problem }))));
    setFiles(read);
    setMapping({});
    if (read.length === 0) return setProblems(failures);
    await refresh(read, {}, failures);
  };

  const map = (was: string, now: string) => {
    const next = { ...mapping, [was]: now };
    setMapping(next);
    void refresh(files, next);
  };

  const write = async () => {
    const out = await ops.run(message("history.import.writing"), async () => actions.importHistory(await importOf(files, mapping)));
    if (!out.ok) return setProblems([out.error]);
    ops.wrote();
    setDone(out.value.summary);
    setPreview(null);
    setFiles([]);
    setMapping({});
  };

  return (
    <Accordion collapsible>
      <AccordionItem value="history">
        <AccordionHeader>{tx("import.title")}</AccordionHeader>
        <AccordionPanel className={styles.section}>
            <p className={styles.hint}>{tx("import.intro")}</p>
            <FilePicker locale={locale} label={tx("import.pick")} hint={tx("import.pickHint")} accept=".xlsx,.csv" multiple disabled={ops.busy} onFiles={(list) => void choose(list)} />
            {problems.map((m, i) => (
              <MessageBar key={i} intent="error" layout="multiline" role="alert">
                <MessageBarBody>{render(m, loc)}</MessageBarBody>
              </MessageBar>
            ))}
            {done && <p role="status">{render(done, loc)}</p>}
            {preview && (
              <>
                <HistoryImportPreview preview={preview} locale={locale} mapping={mapping} onMap={map} disabled={ops.busy} />
                <p className={styles.hint}>{tx(preview.createsSheet ? "import.rebuilds" : "import.writesCells")}</p>
                <div>
                  <Button appearance="primary" disabled={ops.busy} onClick={() => void write()}>{tx("import.write")}</Button>
                </div>
              </>
            )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
