import { useEffect, useState } from "react";
import type { StandardTemplateInfo } from "../../../templates";

export type StandardTemplatesState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly templates: readonly StandardTemplateInfo[] }
  | { readonly kind: "failed"; readonly error: unknown };

/** Loaded on demand (a separate chunk): the template files would weigh on the pane's first load. */
let cached: Promise<readonly StandardTemplateInfo[]> | null = null;
function loadStandardTemplates(): Promise<readonly StandardTemplateInfo[]> {
  cached ??= import("../../../templates").then((m) => m.standardTemplates);
  cached.catch(() => {
    cached = null; // let the next mount try again
  });
  return cached;
}

/** The shipped standard templates, loaded once. */
export function useStandardTemplates(): StandardTemplatesState {
  const [state, setState] = useState<StandardTemplatesState>({ kind: "loading" });
  useEffect(() => {
    let active = true;
    loadStandardTemplates().then(
      (templates) => active && setState({ kind: "ready", templates }),
      (error: unknown) => {
        console.error("ThiDua: could not load the standard templates", error);
        if (active) setState({ kind: "failed", error });
      },
    );
    return () => {
      active = false;
    };
  }, []);
  return state;
}
