/**
 * Which shown results are stale. Steps tell the shell what each shown result was computed from (its
 * ResultSource); on every change signal the shell re-reads the fingerprints (one read, actions.fingerprints)
 * and marks stale each result whose fingerprint differs. Signals: Excel's change events (watchChanges,
 * where the API set has them), the pane's own writes (ops.wrote), and the pane regaining focus or
 * becoming visible (Excel on the web and older builds, where events are missing or unreliable).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { ChangeWatch, ExcelActions, ResultSource } from "../../excel/actions/types";

export interface Freshness {
  /** Keys of shown results whose source no longer matches the workbook. */
  readonly stale: ReadonlySet<string>;
  /** The step shows (or stops showing, with null) a result computed from `source`. */
  show(key: string, source: ResultSource | null): void;
}

/** Quiet time after a signal before re-reading (typing fires one event per cell). */
export const RECHECK_DELAY_MS = 300;

export function useFreshness(actions: ExcelActions, writes: number): Freshness {
  const shown = useRef(new Map<string, ResultSource>());
  const seen = useRef(new WeakSet<ResultSource>());
  const [stale, setStale] = useState<ReadonlySet<string>>(() => new Set());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const running = useRef(false);
  const again = useRef(false);

  const check = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    const snapshot = new Map(shown.current);
    if (snapshot.size === 0) return;
    running.current = true;
    try {
      const now = await actions.fingerprints([...new Set([...snapshot.values()].map((s) => s.scope))]);
      setStale((prev) => {
        const next = new Set(prev);
        for (const [key, source] of snapshot) {
          if (shown.current.get(key) !== source) continue; // a newer result replaced it meanwhile
          if (now[source.scope] === source.fingerprint) next.delete(key);
          else next.add(key);
        }
        return next.size === prev.size && [...next].every((k) => prev.has(k)) ? prev : next;
      });
    } catch (error) {
      // The result cannot be confirmed now; the next signal reads again. Logged, never hidden.
      console.error("ThiDua: could not re-read the workbook to check shown results", error);
    } finally {
      running.current = false;
      if (again.current) {
        again.current = false;
        void check();
      }
    }
  }, [actions]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void check();
    }, RECHECK_DELAY_MS);
  }, [check]);

  const show = useCallback(
    (key: string, source: ResultSource | null) => {
      if (source === null) {
        shown.current.delete(key);
        return;
      }
      shown.current.set(key, source);
      // A result shown again (its step was hidden meanwhile) may have gone stale unseen: check it.
      if (seen.current.has(source)) schedule();
      else setStale((prev) => (prev.has(key) ? new Set([...prev].filter((k) => k !== key)) : prev)); // a new result
      seen.current.add(source);
    },
    [schedule],
  );

  useChangeEvents(actions, schedule);
  useFocusSignals(schedule);
  // The pane's own writes (fixes, undo, merge, insert, ranking, meeting) change the workbook too.
  useEffect(() => {
    if (writes > 0) schedule();
  }, [writes, schedule]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return useMemo(() => ({ stale, show }), [stale, show]);
}

/** Excel's change events call `signal`; when sheets are added (a watch per sheet) the watch is set up again. */
function useChangeEvents(actions: ExcelActions, signal: () => void): void {
  useEffect(() => {
    let active = true;
    let watch: ChangeWatch | null = null;
    const start = async () => {
      try {
        const next = await actions.watchChanges((what) => {
          signal();
          if (what === "sheets" && watch?.kind === "sheets") void restart();
        });
        if (!active) await next.stop();
        else watch = next;
      } catch (error) {
        console.error("ThiDua: Excel's change events are not available; results are re-checked on focus and before export", error);
      }
    };
    const restart = async () => {
      const old = watch;
      watch = null;
      await old?.stop().catch((e: unknown) => console.error("ThiDua: removing change handlers failed", e));
      if (active) await start();
    };
    void start();
    return () => {
      active = false;
      void watch?.stop().catch((e: unknown) => console.error("ThiDua: removing change handlers failed", e));
    };
  }, [actions, signal]);
}

function useFocusSignals(signal: () => void): void {
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === "visible") signal();
    };
    window.addEventListener("focus", signal);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("focus", signal);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [signal]);
}

/**
 * For a step: tells the shell which result it shows (while the step is on screen) and answers whether that
 * result is stale. Without a tracker (a step rendered alone in a test) nothing is ever stale.
 */
export function useShownResult(freshness: Freshness | undefined, key: string, source: ResultSource | null): boolean {
  const show = freshness?.show;
  useEffect(() => {
    if (!show || !source) return;
    show(key, source);
    return () => show(key, null);
  }, [show, key, source]);
  return source !== null && (freshness?.stale.has(key) ?? false);
}
