// Entry point of taskpane.html (loaded by Excel; office.js is in the page head).
import { createExcelActions } from "../excel/actions";
import { TaskpaneRoot } from "./components/TaskpaneRoot";
import { manifestUrlForThisPage, renderInContainer } from "./render";

// Excel.run is looked up when an action runs, not now: when office.js failed to load, `Excel` is
// undefined and the pane must still render its "open inside Excel" screen instead of a blank page.
const excelRun = ((...args: unknown[]) => (Excel.run as (...a: unknown[]) => unknown)(...args)) as typeof Excel.run;

renderInContainer(<TaskpaneRoot manifestUrl={manifestUrlForThisPage()} actions={createExcelActions(excelRun)} />);
