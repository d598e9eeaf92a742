import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { message, render } from "../../../messages/message";
import { catalogueLocale, t, type Locale } from "../../i18n/strings";
import type { RankingView } from "./rankingView";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}` },
});

function Section({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id} className={styles.heading}>{title}</h3>
      <ul className={styles.list}>{children}</ul>
    </section>
  );
}

/** Ties and how each was broken, units that need a vote, ineligible units and why: each section only when it has something. */
export function RankingNotes({ view, locale }: { readonly view: RankingView; readonly locale: Locale }) {
  const loc = catalogueLocale(locale);
  return (
    <>
      {view.ties.length > 0 && (
        <Section title={t(locale, "ranking.tiesHeading")}>
          {view.ties.map((x) => <li key={x.unit}>{t(locale, "ranking.unitLine", { unit: x.unit, text: render(x.tie, loc) })}</li>)}
        </Section>
      )}
      {view.votes.length > 0 && (
        <Section title={t(locale, "ranking.votesHeading")}>
          {view.votes.map((m, i) => <li key={i}>{render(m, loc)}</li>)}
        </Section>
      )}
      {view.pending.length > 0 && (
        <Section title={render(message("award.pendingHeading"), loc)}>
          {view.pending.map((x) => <li key={x.unit}>{t(locale, "ranking.unitLine", { unit: x.unit, text: render(x.note, loc) })}</li>)}
        </Section>
      )}
      {view.lookBack.length > 0 && (
        <Section title={render(message("history.note.heading"), loc)}>
          {view.lookBack.map((x, i) => <li key={i}>{t(locale, "ranking.unitLine", { unit: x.unit, text: render(x.note, loc) })}</li>)}
        </Section>
      )}
      {view.ineligible.length > 0 && (
        <Section title={t(locale, "ranking.ineligibleHeading")}>
          {view.ineligible.map((x) => {
            const reasons = x.reasons.map((r) => render(r, loc)).join("; ");
            return <li key={x.unit}>{t(locale, "ranking.unitLine", { unit: x.unit, text: render(message("award.ineligible", { reasons }), loc) })}</li>;
          })}
        </Section>
      )}
    </>
  );
}
