// Entry point of taskpane.html (loaded by Excel; office.js is in the page head).
import { TaskpaneRoot } from "./components/TaskpaneRoot";
import { manifestUrlForThisPage, renderInContainer } from "./render";

renderInContainer(<TaskpaneRoot manifestUrl={manifestUrlForThisPage()} />);
