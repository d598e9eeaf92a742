import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode, Suspense } from "react";
import { type Locale, t } from "../i18n/strings";
import { StepLoadError } from "./lazyStep";
import { StepAttempt } from "./stepAttempt";

interface CatcherProps {
  readonly locale: Locale;
  /** How many times the step's tab has been opened: a step that crashed is tried again when it is opened again. */
  readonly visit: number;
  readonly children: ReactNode;
}

/** A step that throws while rendering shows an error instead of blanking the whole pane. */
interface CatcherState {
  readonly error: unknown;
  readonly visit: number;
}

class StepErrorCatcher extends Component<CatcherProps, CatcherState> {
  override state: CatcherState = { error: null, visit: this.props.visit };

  static getDerivedStateFromError(error: unknown): Partial<CatcherState> {
    return { error };
  }

  static getDerivedStateFromProps(props: CatcherProps, state: CatcherState): Partial<CatcherState> | null {
    return props.visit === state.visit ? null : { error: null, visit: props.visit };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error("ThiDua: a step failed to render", error, info.componentStack);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    const { error } = this.state;
    const detail = error instanceof Error ? error.message : String(error);
    // A failed download is tried again when the tab is opened again (lazyStep); a crash is rendered again.
    const text = error instanceof StepLoadError ? t(this.props.locale, "step.loadFailed", { detail }) : t(this.props.locale, "step.crashed", { detail });
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    );
  }
}

/**
 * Wraps a step: a spinner while a lazily loaded step arrives (lazyStep in the registry), an error if it
 * fails. Each visit is a new attempt (StepAttempt): a step whose download failed is downloaded again.
 */
export function StepBoundary({ locale, visit, children }: CatcherProps) {
  return (
    <StepErrorCatcher locale={locale} visit={visit}>
      <StepAttempt value={visit}>
        <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t(locale, "step.loading")} />}>{children}</Suspense>
      </StepAttempt>
    </StepErrorCatcher>
  );
}
