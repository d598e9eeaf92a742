import { screen } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { renderWithFluent } from "./render-with-fluent";
import { fakeActions } from "./support/fakeActions";

const MANIFEST_URL = "https://localhost:3000/manifest.xml";

describe("App", () => {
  it("shows the pane with its steps in Excel when actions are given, in Office's language", () => {
    const actions = fakeActions({ lastUndo: async () => null });
    renderWithFluent(<App office={{ kind: "excel", locale: "en", requiredApiSupported: true }} manifestUrl={MANIFEST_URL} actions={actions} />);
    expect(screen.getByRole("heading", { level: 1, name: "ThiDua – Emulation scoring" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "Scoring template" })).toBeInTheDocument();
  });

  it("keeps the missing-API notice visible in the pane", () => {
    const actions = fakeActions({ lastUndo: async () => null });
    renderWithFluent(<App office={{ kind: "excel", locale: "vi", requiredApiSupported: false }} manifestUrl={MANIFEST_URL} actions={actions} />);
    expect(screen.getByText("Phiên bản Excel này không hỗ trợ ExcelApi 1.8")).toBeVisible();
  });

  it("never shows a blank pane: outside Excel it explains how to open ThiDua, even with actions", () => {
    renderWithFluent(<App office={{ kind: "outside-excel", reason: "office-js-missing" }} manifestUrl={MANIFEST_URL} actions={fakeActions()} />);
    expect(screen.getByRole("heading", { name: "Mở ThiDua trong Excel / Open ThiDua in Excel" })).toBeInTheDocument();
  });

  it("shows the loading screen while office.js starts", () => {
    renderWithFluent(<App office={undefined} manifestUrl={MANIFEST_URL} actions={fakeActions()} />);
    expect(screen.getByText("Đang tải ThiDua… / Loading ThiDua…")).toBeInTheDocument();
  });
});
