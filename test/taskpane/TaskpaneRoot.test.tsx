import { act, screen } from "@testing-library/react";
import { TaskpaneRoot } from "../../src/taskpane/components/TaskpaneRoot";
import { OFFICE_READY_TIMEOUT_MS } from "../../src/taskpane/office/detect-office-host";
import { installOfficeMock, removeOfficeMock } from "./office-mock";
import { renderWithFluent } from "./render-with-fluent";

const MANIFEST_URL = "https://localhost:3000/manifest.xml";
const OPEN_IN_EXCEL = "Mở ThiDua trong Excel / Open ThiDua in Excel";

afterEach(() => {
  removeOfficeMock();
  jest.useRealTimers();
});

describe("TaskpaneRoot (never a blank pane)", () => {
  it("shows the open-inside-Excel screen when office.js is missing", async () => {
    renderWithFluent(<TaskpaneRoot manifestUrl={MANIFEST_URL} />);
    expect(await screen.findByRole("heading", { name: OPEN_IN_EXCEL })).toBeInTheDocument();
    expect(screen.getByText("Microsoft's office.js could not be loaded (offline or blocked).")).toBeInTheDocument();
  });

  it("shows the open-inside-Excel screen in a plain browser (host null)", async () => {
    installOfficeMock({ host: null });
    renderWithFluent(<TaskpaneRoot manifestUrl={MANIFEST_URL} />);
    expect(await screen.findByRole("heading", { name: OPEN_IN_EXCEL })).toBeInTheDocument();
  });

  it("shows a loading message, then the open-inside-Excel screen when Office never gets ready", async () => {
    jest.useFakeTimers();
    installOfficeMock({ host: "Excel", neverReady: true });
    renderWithFluent(<TaskpaneRoot manifestUrl={MANIFEST_URL} />);
    expect(screen.getByText("Đang tải ThiDua… / Loading ThiDua…")).toBeInTheDocument();
    await act(() => jest.advanceTimersByTimeAsync(OFFICE_READY_TIMEOUT_MS));
    expect(await screen.findByRole("heading", { name: OPEN_IN_EXCEL })).toBeInTheDocument();
    expect(screen.getByText("Office did not answer within 3 seconds.")).toBeInTheDocument();
  });

  it("shows the welcome placeholder in Excel with ExcelApi 1.8, without notice", async () => {
    installOfficeMock({ host: "Excel", displayLanguage: "vi-VN", supportedSets: { ExcelApi: "1.17" } });
    renderWithFluent(<TaskpaneRoot manifestUrl={MANIFEST_URL} />);
    expect(await screen.findByRole("heading", { name: "ThiDua đã được tải" })).toBeInTheDocument();
    expect(screen.queryByText(/không hỗ trợ ExcelApi/)).not.toBeInTheDocument();
  });

  it("adds the unsupported-API notice when ExcelApi 1.8 is missing (English Office)", async () => {
    installOfficeMock({ host: "Excel", displayLanguage: "en-US", supportedSets: { ExcelApi: "1.7" } });
    renderWithFluent(<TaskpaneRoot manifestUrl={MANIFEST_URL} />);
    expect(await screen.findByRole("heading", { name: "ThiDua is loaded" })).toBeInTheDocument();
    expect(screen.getByText("This version of Excel does not support ExcelApi 1.8")).toBeVisible();
  });
});
