import { useEffect, useState } from "react";
import { type OfficeHostState, detectOfficeHost } from "./detect-office-host";

/** Office host state for the task pane; undefined while office.js is still starting. */
export function useOfficeHost(detect: () => Promise<OfficeHostState> = detectOfficeHost): OfficeHostState | undefined {
  const [state, setState] = useState<OfficeHostState>();
  useEffect(() => {
    let active = true;
    detect().then((result) => {
      if (active) setState(result);
    });
    return () => {
      active = false;
    };
  }, [detect]);
  return state;
}
