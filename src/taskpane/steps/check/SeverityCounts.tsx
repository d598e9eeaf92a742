import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import { countBySeverity, type Finding, type Severity } from "../../../domain/validation/finding";
import { t, type Locale } from "../../i18n/strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, margin: 0, padding: 0, listStyleType: "none" },
});

const COLOR = { error: "danger", warning: "warning", info: "informative" } as const;
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** "Lỗi: 2 · Cảnh báo: 5 · Ghi chú: 0" as badges. */
export function SeverityCounts({ findings, locale }: { readonly findings: readonly Finding[]; readonly locale: Locale }) {
  const styles = useStyles();
  const counts = countBySeverity(findings);
  return (
    <ul className={styles.row} aria-label={t(locale, "check.countsLabel")}>
      {SEVERITIES.map((s) => (
        <li key={s}>
          <Badge size="large" shape="rounded" appearance={counts[s] > 0 ? "filled" : "outline"} color={COLOR[s]}>
            {t(locale, `check.count.${s}`, { count: counts[s] })}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
