/** Renders the whole pane (shell + registered steps) with fake actions, for component tests. */
import userEvent from "@testing-library/user-event";
import type { ExcelActions } from "../../../src/excel/actions/types";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { Pane } from "../../../src/taskpane/shell/Pane";
import { type PaneState, initialPaneState } from "../../../src/taskpane/shell/paneState";
import { loadStandardTemplate } from "../../../src/templates";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "./fakeActions";

export interface RenderPaneOptions {
  readonly locale?: Locale;
  readonly actions?: { [K in keyof ExcelActions]?: ExcelActions[K] };
  readonly initialState?: PaneState;
  readonly requiredApiSupported?: boolean;
}

/** lastUndo answers "nothing to undo" and watchChanges "no events" unless the test says otherwise: the shell asks on start. */
export function renderPane({ locale = "vi", actions = {}, initialState = initialPaneState, requiredApiSupported = true }: RenderPaneOptions = {}) {
  // The shell watches the workbook for changes on start (no events here unless the test gives some).
  const fake = fakeActions({ lastUndo: async () => null, watchChanges: async () => ({ kind: "none", stop: async () => undefined }), ...actions });
  const user = userEvent.setup();
  const view = renderWithFluent(<Pane locale={locale} actions={fake} requiredApiSupported={requiredApiSupported} initialState={initialState} />);
  return { ...view, actions: fake, user };
}

/** A state ready to insert: the blank 100-point template and three units. */
export function readyState(overrides: Partial<PaneState> = {}): PaneState {
  return {
    chosen: { template: loadStandardTemplate("blank-100"), origin: { kind: "standard", id: "blank-100" } },
    cluster: "Cụm thi đua số 3",
    period: "2025",
    unitsText: "Hà Giang\nTuyên Quang\nCao Bằng",
    ...overrides,
  };
}

/** A promise the test settles when it wants (to see loading states). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
