import { useOfficeHost } from "../office/useOfficeHost";
import { App } from "./App";

/** Connects the App to the live Office host. */
export function TaskpaneRoot({ manifestUrl }: { manifestUrl: string }) {
  return <App office={useOfficeHost()} manifestUrl={manifestUrl} />;
}
