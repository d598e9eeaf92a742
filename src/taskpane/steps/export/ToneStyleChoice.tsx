import { Radio, RadioGroup } from "@fluentui/react-components";
import type { ToneStyle } from "../../../domain/text/toneStyle";
import { message } from "../../../messages/message";
import { type Locale, tm } from "../../i18n/strings";

export interface ToneStyleChoiceProps {
  readonly locale: Locale;
  readonly value: ToneStyle;
  readonly disabled: boolean;
  readonly onChange: (style: ToneStyle) => void;
}

/** Where the documents put the tone mark in "hòa/hoà", "thủy/thuỷ": one style for every exported file. */
export function ToneStyleChoice({ locale, value, disabled, onChange }: ToneStyleChoiceProps) {
  const label = tm(locale, message("hygiene.tone.label"));
  return (
    <RadioGroup aria-label={label} layout="horizontal" value={value} disabled={disabled} onChange={(_, d) => onChange(d.value === "old" ? "old" : "new")}>
      <Radio value="new" label={tm(locale, message("hygiene.tone.new"))} />
      <Radio value="old" label={tm(locale, message("hygiene.tone.old"))} />
    </RadioGroup>
  );
}
