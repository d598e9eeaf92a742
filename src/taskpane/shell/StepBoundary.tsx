import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { Component, type ErrorInfo, type ReactNode, Suspense } from "react";
import { type Locale, t } from "../i18n/strings";

interface CatcherProps {
  readonly locale: Locale;
  readonly children: ReactNode;
}

/** A step that throws while rendering shows an error instead of blanking the whole pane. */
class StepErrorCatcher extends Component<CatcherProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
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

/** Wraps the open step: a spinner while a lazily loaded step arrives (React.lazy in the registry), an error if it fails. */
export function StepBoundary({ locale, children }: CatcherProps) {
  return (
    <StepErrorCatcher locale={locale}>
      <Suspense fallback={<Spinner size="tiny" labelPosition="after" label={t(locale, "step.loading")} />}>{children}</Suspense>
    </StepErrorCatcher>
  );
}
