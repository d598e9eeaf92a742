/** The meeting details the biên bản needs, as a small form (controlled; values are text as typed). */
import { Field, Input, Textarea, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { message, render } from "../../../messages/message";
import type { Locale } from "../../i18n/strings";
import { FORM_FIELDS, MULTILINE, type FormField, type MeetingFormValues } from "./meetingForm";
import { catalogueLocale } from "../../i18n/strings";

const useStyles = makeStyles({
  // Two columns from about 300 px, one below; a field never makes its column wider than the pane (issue 15).
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(min(140px, 100%), 1fr))", gap: tokens.spacingHorizontalS },
  field: { minWidth: 0 },
  wide: { gridColumn: "1 / -1" },
  control: { width: "100%", minWidth: 0 },
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
          <Field key={f} label={label} className={mergeClasses(styles.field, WIDE.has(f) && styles.wide)} validationState={error ? "error" : "none"} validationMessage={error}>
            {MULTILINE.has(f) ? (
              <Textarea className={styles.control} value={values[f]} disabled={disabled} resize="vertical" onChange={(_, d) => onChange(f, d.value)} />
            ) : (
              <Input className={styles.control} value={values[f]} disabled={disabled} inputMode={["present", "agree", "disagree", "abstain"].includes(f) ? "numeric" : undefined} onChange={(_, d) => onChange(f, d.value)} />
            )}
          </Field>
        );
      })}
    </div>
  );
}
