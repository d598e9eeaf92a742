import type { ExcelActions } from "../../excel/actions/types";
import { useOfficeHost } from "../office/useOfficeHost";
import { App } from "./App";

/** Connects the App to the live Office host. */
export function TaskpaneRoot({ manifestUrl, actions }: { manifestUrl: string; actions?: ExcelActions }) {
  return <App office={useOfficeHost()} manifestUrl={manifestUrl} actions={actions} />;
}
