import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../../domain/validation/finding";
import { render } from "../../../messages/message";
import { catalogueLocale, t, type Locale } from "../../i18n/strings";
import { cellOf, type CellRef } from "./cells";
import { cellPlace } from "../../i18n/cellPlace";

const useStyles = makeStyles({
  item: {
    display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS,
    width: "100%", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none", borderRadius: tokens.borderRadiusMedium, background: "none", textAlign: "start",
    font: "inherit", color: tokens.colorNeutralForeground1,
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "baseline", flexWrap: "wrap" },
  location: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorBrandForeground1 },
  suggestion: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

export interface FindingItemProps {
  readonly finding: Finding;
  readonly locale: Locale;
  /** Called with the finding's cell when it has one (click or Enter/Space on it). */
  readonly onSelect: (ref: CellRef) => void;
}

/** One finding: severity, the message in the user's language, its cell ("Chấm điểm!F12"), the suggested fix. A button when it has a cell. */
export function FindingItem({ finding, locale, onSelect }: FindingItemProps) {
  const styles = useStyles();
  const loc = catalogueLocale(locale);
  const ref = cellOf(finding.where);
  const content = (
    <>
      <span className={styles.head}>
        <Badge size="small" appearance="tint" color={COLOR[finding.severity]}>{t(locale, `check.severity.${finding.severity}`)}</Badge>
        {finding.column && <Badge size="small" appearance="outline" color="subtle">{t(locale, `check.column.${finding.column}`)}</Badge>}
        {ref && <span className={styles.location}>{cellPlace(locale, ref)}</span>}
      </span>
      <span>{render(finding.message, loc)}</span>
      {finding.fix && <span className={styles.suggestion}>{t(locale, "check.finding.suggestion", { fix: render(finding.fix.message, loc) })}</span>}
    </>
  );
  if (!ref) return <div className={styles.item}>{content}</div>;
  return (
    <button type="button" className={mergeClasses(styles.item, styles.button)} onClick={() => onSelect(ref)}>
      {content}
    </button>
  );
}
