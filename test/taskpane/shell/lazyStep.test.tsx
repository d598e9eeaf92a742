/**
 * lazyStep: a step whose download failed is downloaded again when its tab is opened again (React.lazy
 * would keep the failure forever), and the boundary's text says what happened and what to do.
 */
import { act, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { lazyStep } from "../../../src/taskpane/shell/lazyStep";
import { Pane } from "../../../src/taskpane/shell/Pane";
import type { StepComponentProps, StepDefinition } from "../../../src/taskpane/shell/stepComponent";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { deferred } from "../support/renderPane";

type Loaded = { default: (props: StepComponentProps) => React.JSX.Element };

const Downloaded = ({ locale }: StepComponentProps) => <p>{`bước đã tải (${locale})`}</p>;
const Other = () => <p>bước khác</p>;
const CHUNK_FAILED = new Error("Loading chunk step-check failed.");

function renderWithLazy(load: () => Promise<Loaded>, locale: Locale = "vi") {
  const steps: StepDefinition[] = [
    { id: "a", labelId: "step.template.label", Component: Other },
    { id: "lazy", labelId: "step.check.label", Component: lazyStep(load) },
  ];
  const user = userEvent.setup();
  renderWithFluent(<Pane locale={locale} actions={fakeActions({ lastUndo: async () => null })} requiredApiSupported steps={steps} />);
  const reopen = async (lazyTab: string, otherTab: string) => {
    await user.click(screen.getByRole("tab", { name: otherTab }));
    await user.click(screen.getByRole("tab", { name: lazyTab }));
  };
  return { user, reopen };
}

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

describe("lazyStep: a failed download is tried again", () => {
  it("shows the failure, then downloads again when the tab is opened again, and keeps the success", async () => {
    const load = jest.fn<Promise<Loaded>, []>().mockRejectedValueOnce(CHUNK_FAILED).mockResolvedValue({ default: Downloaded });
    const { user, reopen } = renderWithLazy(load);
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Không tải được bước này (Loading chunk step-check failed.)");
    expect(alert).toHaveTextContent("chọn bước khác rồi quay lại để tải lại");
    expect(load).toHaveBeenCalledTimes(1);

    await reopen("Kiểm tra", "Mẫu chấm điểm");
    expect(await screen.findByText("bước đã tải (vi)")).toBeVisible();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);

    await reopen("Kiểm tra", "Mẫu chấm điểm");
    expect(screen.getByText("bước đã tải (vi)")).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("downloads once per opening while it keeps failing (no retry loop), and says so in English too", async () => {
    const load = jest.fn<Promise<Loaded>, []>().mockRejectedValue(CHUNK_FAILED);
    const { user, reopen } = renderWithLazy(load, "en");
    await user.click(screen.getByRole("tab", { name: "Check" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "This step could not be downloaded (Loading chunk step-check failed.): the network may be down. Check the connection, then open another step and come back",
    );
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(load).toHaveBeenCalledTimes(1);

    await reopen("Check", "Scoring template");
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect(await screen.findByRole("alert")).toHaveTextContent("This step could not be downloaded");
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("a download that fails while the user looks at another tab is tried again when they come back", async () => {
    const first = deferred<Loaded>();
    const load = jest.fn<Promise<Loaded>, []>().mockReturnValueOnce(first.promise).mockResolvedValue({ default: Downloaded });
    const { user, reopen } = renderWithLazy(load);
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByText("Đang tải bước này")).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Mẫu chấm điểm" }));
    await act(async () => first.reject(CHUNK_FAILED));
    await reopen("Kiểm tra", "Mẫu chấm điểm");
    expect(await screen.findByText("bước đã tải (vi)")).toBeVisible();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("a step that crashes while rendering (not a download) keeps the crash text", async () => {
    const Broken = () => {
      throw new Error("step exploded");
    };
    const { user } = renderWithLazy(async () => ({ default: Broken }));
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Bước này gặp lỗi và không hiển thị được (step exploded)");
    expect(alert).not.toHaveTextContent("Không tải được");
  });
});
