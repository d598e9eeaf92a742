import { Radio, RadioGroup, makeStyles } from "@fluentui/react-components";
import { type Locale, t } from "../i18n/strings";

const useStyles = makeStyles({ group: { flexWrap: "wrap" } });

export interface LanguageSwitchProps {
  readonly locale: Locale;
  readonly onChange: (locale: Locale) => void;
}

/** Tiếng Việt / English: each language's name is written in that language. */
export function LanguageSwitch({ locale, onChange }: LanguageSwitchProps) {
  const styles = useStyles();
  return (
    <RadioGroup
      className={styles.group}
      layout="horizontal"
      aria-label={t(locale, "lang.label")}
      value={locale}
      onChange={(_, data) => onChange(data.value === "en" ? "en" : "vi")}
    >
      <Radio value="vi" label={{ children: t(locale, "lang.vi"), lang: "vi" }} />
      <Radio value="en" label={{ children: t(locale, "lang.en"), lang: "en" }} />
    </RadioGroup>
  );
}
