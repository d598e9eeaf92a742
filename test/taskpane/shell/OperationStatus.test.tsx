/** Issue 15: an operation over a second shows a count (its seconds), without announcing every tick. */
import { act, screen } from "@testing-library/react";
import { message } from "../../../src/messages/message";
import { OperationStatus } from "../../../src/taskpane/shell/OperationStatus";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { Message } from "../../../src/messages/message";
import type { Locale } from "../../../src/taskpane/i18n/strings";

const ui = (locale: Locale, current: Message | null) => (
  <FluentProvider theme={webLightTheme}>
    <OperationStatus locale={locale} current={current} failure={null} onDismiss={jest.fn()} />
  </FluentProvider>
);

describe("OperationStatus", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("counts the seconds of a long operation, restarts for the next one, and keeps the count out of the announcement", () => {
    const label = message("ui.check.running");
    const { rerender } = render(ui("vi", label));
    const status = screen.getByRole("status", { name: "Tiến trình" });
    expect(status).not.toHaveTextContent("giây");
    act(() => jest.advanceTimersByTime(3_000));
    expect(status).toHaveTextContent("(đã 3 giây)");
    expect(screen.getByText("(đã 3 giây)")).toHaveAttribute("aria-hidden", "true");
    rerender(ui("en", null));
    expect(status).toBeEmptyDOMElement();
    rerender(ui("en", label));
    expect(status).not.toHaveTextContent("second");
    act(() => jest.advanceTimersByTime(1_000));
    expect(status).toHaveTextContent("(1 second so far)");
    act(() => jest.advanceTimersByTime(1_000));
    expect(status).toHaveTextContent("(2 seconds so far)");
  });
});
