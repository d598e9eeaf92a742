/** The meeting details the biên bản needs, as a small form (controlled; values are text as typed). */
import { Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { message, render } from "../../../messages/message";
import type { Locale } from "../../i18n/strings";
import { FORM_FIELDS, MULTILINE, type FormField, type MeetingFormValues } from "./meetingForm";
import { catalogueLocale } from "../../i18n/strings";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(140px, 1fr))", gap: tokens.spacingHorizontalS },
  wide: { gridColumn: "1 / -1" },
});

export interface MeetingFormProps {
  readonly locale: Locale;
  readonly values: MeetingFormValues;
  readonly errors: Partial<Record<FormField, string>>;
  readonly disabled: boolean;
  onChange(field: FormField, value: string): void;
}

const WIDE: ReadonlySet<FormField> = new Set(["issuingBody", "venue", "chairTitle", "attendees", "notes", "nextHead", "nextDeputy"]);

export function MeetingForm({ locale, values, errors, disabled, onChange }: MeetingFormProps) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  return (
    <div className={styles.grid}>
      {FORM_FIELDS.map((f) => {
        const label = render(message(`export.pane.field.${f}`), loc);
        const error = errors[f];
        return (
          <Field key={f} label={label} className={WIDE.has(f) ? styles.wide : undefined} validationState={error ? "error" : "none"} validationMessage={error}>
            {MULTILINE.has(f) ? (
              <Textarea value={values[f]} disabled={disabled} resize="vertical" onChange={(_, d) => onChange(f, d.value)} />
            ) : (
              <Input value={values[f]} disabled={disabled} inputMode={["present", "agree", "disagree", "abstain"].includes(f) ? "numeric" : undefined} onChange={(_, d) => onChange(f, d.value)} />
            )}
          </Field>
        );
      })}
    </div>
  );
}
