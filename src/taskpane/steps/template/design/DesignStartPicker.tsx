import { Field, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner } from "@fluentui/react-components";
import { type Locale, t } from "../../../i18n/strings";
import type { StandardTemplatesState } from "../useStandardTemplates";

export type StartKind = "blank" | "standard" | "workbook";

export interface DesignStartPickerProps {
  readonly locale: Locale;
  readonly kind: StartKind;
  readonly standardId: string;
  readonly standard: StandardTemplatesState;
  readonly onKind: (kind: StartKind) => void;
  readonly onStandard: (id: string) => void;
}

/** What a new design sheet starts from: an empty table, a copy of a standard template, or of the workbook's criteria. */
export function DesignStartPicker({ locale, kind, standardId, standard: loaded, onKind, onStandard }: DesignStartPickerProps) {
  return (
    <>
      <RadioGroup aria-label={t(locale, "design.startLabel")} value={kind} onChange={(_, d) => onKind(d.value as StartKind)}>
        <Radio value="blank" label={t(locale, "design.start.blank")} />
        <Radio value="standard" label={t(locale, "design.start.standard")} />
        <Radio value="workbook" label={t(locale, "design.start.workbook")} />
      </RadioGroup>
      {kind === "standard" && loaded.kind === "loading" && <Spinner size="tiny" labelPosition="after" label={t(locale, "template.standardLoading")} />}
      {kind === "standard" && loaded.kind === "failed" && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t(locale, "template.standardFailed", { detail: loaded.error instanceof Error ? loaded.error.message : String(loaded.error) })}</MessageBarBody>
        </MessageBar>
      )}
      {kind === "standard" && loaded.kind === "ready" && (
        <Field label={t(locale, "design.standardLabel")}>
          <Select value={standardId} onChange={(_, d) => onStandard(d.value)}>
            {loaded.templates.map((info) => (
              <option key={info.id} value={info.id}>
                {info.title}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
