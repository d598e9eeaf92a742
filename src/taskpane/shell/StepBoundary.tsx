import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode, Suspense } from "react";
import { type Locale, t } from "../i18n/strings";

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
    const detail = this.state.error instanceof Error ? this.state.error.message : String(this.state.error);
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{t(this.props.locale, "step.crashed", { detail })}</MessageBarBody>
      </MessageBar>
    );
  }
}

/** Wraps a step: a spinner while a lazily loaded step arrives (React.lazy in the registry), an error if it fails. */
export function StepBoundary({ locale, visit, children }: CatcherProps) {
  return (
    <StepErrorCatcher locale={locale} visit={visit}>
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t(locale, "step.loading")} />}>{children}</Suspense>
    </StepErrorCatcher>
  );
}
