/**
 * The preview page: a small banner, the real task pane (fixed width like Excel's task pane) and the
 * simulated workbook grid. The pane gets createExcelActions(fake.run) exactly as in Excel.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { createExcelActions } from "../excel/actions";
import { message, render } from "../messages/message";
import { App } from "../taskpane/components/App";
import type { GridLocale } from "./grid/PreviewGrid";
import { PreviewGrid } from "./grid/PreviewGrid";
import type { PreviewHost } from "./host";
import { catalogueLocale } from "../taskpane/i18n/strings";

export const PANE_WIDTH_PX = 350;

/** The pane's width from `?pane=320` (280…700 px, Excel's task pane can be dragged narrower or wider), else 350. */
export function paneWidthFrom(search: string): number {
  const asked = Number(new URLSearchParams(search).get("pane"));
  return Number.isInteger(asked) && asked >= 280 && asked <= 700 ? asked : PANE_WIDTH_PX;
}

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", height: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  main: { display: "flex", flexGrow: 1, minHeight: 0 },
  grid: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  pane: {
    flexShrink: 0,
    boxSizing: "border-box", // ?pane=320 is the whole pane, its border included, as Excel measures it
    overflowY: "auto",
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface PreviewPageProps {
  readonly host: PreviewHost;
  readonly locale: GridLocale;
  readonly manifestUrl: string;
  /** The pane's width in CSS pixels (default 350, like Excel's task pane). */
  readonly paneWidth?: number;
}

export function PreviewPage({ host, locale: initialLocale, manifestUrl, paneWidth = PANE_WIDTH_PX }: PreviewPageProps) {
  const styles = useStyles();
  const actions = useMemo(() => createExcelActions(host.fake.run), [host]);
  const office = useMemo(() => ({ kind: "excel" as const, locale: initialLocale, requiredApiSupported: true }), [initialLocale]);
  const [locale, setLocale] = useState<GridLocale>(initialLocale);
  const paneRef = useRef<HTMLDivElement>(null);
  // A new key mounts a new pane: everything the pane held in memory is gone, the workbook stays (like closing and reopening it in Excel).
  const [paneOpening, setPaneOpening] = useState(0);

  useEffect(() => {
    document.documentElement.lang = catalogueLocale(locale);
  }, [locale]);

  // Follow the pane's language switch: its <main lang="vi-VN|en-US"> changes with it.
  useEffect(() => {
    const el = paneRef.current;
    if (!el) return;
    const read = () => {
      const lang = el.querySelector("[lang]")?.getAttribute("lang");
      if (lang) setLocale(lang.toLowerCase().startsWith("en") ? "en" : "vi");
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(el, { subtree: true, attributes: true, attributeFilter: ["lang"], childList: true });
    return () => observer.disconnect();
  }, []);

  const tr = (id: "preview.banner.title" | "preview.banner.text" | "preview.banner.reopenPane") => render(message(id), catalogueLocale(locale));
  return (
    <div className={styles.page} lang={catalogueLocale(locale)}>
      <header>
        <MessageBar intent="info" layout="multiline" data-testid="preview-banner">
          <MessageBarBody>
            <MessageBarTitle>{tr("preview.banner.title")}</MessageBarTitle>
            {tr("preview.banner.text")}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setPaneOpening((n) => n + 1)}>{tr("preview.banner.reopenPane")}</Button>
          </MessageBarActions>
        </MessageBar>
      </header>
      <div className={styles.main}>
        <div className={styles.pane} style={{ width: `${paneWidth}px` }} ref={paneRef} data-testid="preview-pane">
          <App key={paneOpening} office={office} manifestUrl={manifestUrl} actions={actions} />
        </div>
        <div className={styles.grid}>
          <PreviewGrid host={host} locale={locale} />
        </div>
      </div>
    </div>
  );
}
