// Entry point of preview.html: the task pane outside Excel, beside a simulated workbook (docs/preview-host.md).
// No office.js is loaded: the in-memory Excel installs globalThis.Office/Excel for the code that reads them.
import { manifestUrlForThisPage, renderInContainer } from "../taskpane/render";
import { PreviewHost } from "./host";
import { PreviewPage, paneWidthFrom } from "./PreviewPage";
import { installTestHook } from "./testHook";

const host = new PreviewHost();
host.fake.install();
installTestHook(host);
const lang = new URLSearchParams(window.location.search).get("lang");
renderInContainer(
  <PreviewPage host={host} locale={lang?.toLowerCase().startsWith("en") ? "en" : "vi"} manifestUrl={manifestUrlForThisPage()} paneWidth={paneWidthFrom(window.location.search)} />,
);
