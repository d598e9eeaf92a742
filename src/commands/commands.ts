// Function file (commands.html) for ribbon commands. The manifest's only button opens the task pane;
// "action" is registered for ExecuteFunction buttons added later.

/** Ribbon action: placeholder that completes immediately (Office waits for event.completed()). */
export function action(event: Office.AddinCommands.Event): void {
  event.completed();
}

// Older runtimes look ExecuteFunction names up on the global object.
(globalThis as Record<string, unknown>).action = action;

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    // Office.actions exists only in newer runtimes (shared runtime / ribbon API).
    if (typeof Office.actions?.associate === "function") Office.actions.associate("action", action);
  });
}
