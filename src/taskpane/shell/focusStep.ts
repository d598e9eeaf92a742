/**
 * Where keyboard focus goes when a step opens from a button in another step ("Tiếp: …"): its primary action
 * (marked with PRIMARY_ACTION), else its heading. A step loaded on demand appears a moment later, so the panel
 * is looked at on each frame for a few seconds. Opening a step from its tab leaves focus on the tab.
 */
export const PRIMARY_ACTION = "data-step-primary";

const WAIT_MS = 3000;

/** Starts looking for the target; returns a function that stops looking. */
export function focusStepWhenReady(panel: () => HTMLElement | null): () => void {
  let stopped = false;
  const start = Date.now();
  const tick = () => {
    if (stopped) return;
    const p = panel();
    const target = p?.querySelector<HTMLElement>(`[${PRIMARY_ACTION}]:not([disabled])`);
    if (target) {
      target.focus();
      return;
    }
    if (Date.now() - start > WAIT_MS) {
      const heading = p?.querySelector<HTMLElement>("h2") ?? null;
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return () => {
    stopped = true;
  };
}
