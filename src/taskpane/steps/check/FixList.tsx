import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { CellFix } from "../../../excel/actions/types";
import { render } from "../../../messages/message";
import { catalogueLocale, t, type Locale } from "../../i18n/strings";
import { ConfirmFixesDialog } from "./ConfirmFixesDialog";
import { fixChangeText, fixScoreNote } from "./fixText";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  reason: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { marginTop: tokens.spacingVerticalS },
});

export interface FixListProps {
  readonly fixes: readonly CellFix[];
  readonly locale: Locale;
  /** True while any operation runs (the apply button is disabled). */
  readonly busy: boolean;
  /** Called with exactly the fixes that were ticked, after the user confirmed. */
  readonly onApply: (selected: readonly CellFix[]) => void;
}

/** Ticked at first: only fixes that keep the number the cell means (text "8,5" → 8,5); never one that changes a score. */
export function preselected(fixes: readonly CellFix[]): ReadonlySet<number> {
  return new Set(fixes.flatMap((f, i) => (f.keepsValue === true ? [i] : [])));
}

/**
 * The fixes on offer, each with a checkbox showing current → new (ticked at first only when the fix keeps
 * the value, see `preselected`), and "Áp dụng (n)", which asks for confirmation first. Remount it (key) for a
 * new report to reset the ticks.
 */
export function FixList({ fixes, locale, busy, onApply }: FixListProps) {
  const styles = useStyles();
  const headingId = useId();
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => preselected(fixes));
  const [confirming, setConfirming] = useState(false);
  const chosen = fixes.filter((_, i) => selected.has(i));
  const all = chosen.length === fixes.length ? true : chosen.length === 0 ? false : "mixed";
  const toggle = (i: number, on: boolean) => setSelected((s) => {
    const next = new Set(s);
    if (on) next.add(i); else next.delete(i);
    return next;
  });
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t(locale, "check.fixes.heading")}</h3>
      <p>{t(locale, "check.fixes.intro")}</p>
      {fixes.length > 1 && (
        <Checkbox
          checked={all}
          onChange={(_, d) => setSelected(d.checked === true ? new Set(fixes.map((_, i) => i)) : new Set())}
          label={t(locale, "check.fixes.selectAll", { count: fixes.length })}
        />
      )}
      <ul className={styles.list}>
        {fixes.map((f, i) => (
          <li key={i}>
            <Checkbox
              checked={selected.has(i)}
              onChange={(_, d) => toggle(i, d.checked === true)}
              label={
                <>
                  {fixChangeText(f, locale)}
                  <span className={styles.reason}>{render(f.message, catalogueLocale(locale))}</span>
                  {fixScoreNote(f, locale) && <span className={styles.reason}>{fixScoreNote(f, locale)}</span>}
                </>
              }
            />
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <ConfirmFixesDialog
          open={confirming}
          onOpen={() => setConfirming(true)}
          trigger={
            <Button appearance="primary" disabled={busy || chosen.length === 0}>
              {t(locale, "check.fixes.apply", { count: chosen.length })}
            </Button>
          }
        fixes={chosen}
        locale={locale}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          onApply(chosen);
        }}
        />
      </div>
    </section>
  );
}
