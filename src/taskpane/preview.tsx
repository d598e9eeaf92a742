// Entry point of preview.html. For now it only explains how to open ThiDua inside Excel;
// the real preview host (task pane outside Excel) comes later.
import { OpenInExcelScreen } from "./components/OpenInExcelScreen";
import { manifestUrlForThisPage, renderInContainer } from "./render";

renderInContainer(<OpenInExcelScreen reason="not-in-office" manifestUrl={manifestUrlForThisPage()} />);
