import { useEffect, useState } from "react";
import type { ParseResult } from "../../../domain/template/parse";
import type { StandardTemplateInfo } from "../../../templates";

export type StandardTemplatesState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly templates: readonly StandardTemplateInfo[]; readonly parse: (info: StandardTemplateInfo) => ParseResult }
  | { readonly kind: "failed"; readonly error: unknown };

interface Loaded {
  readonly templates: readonly StandardTemplateInfo[];
  readonly parse: (info: StandardTemplateInfo) => ParseResult;
}

/**
 * Loaded on demand (a separate chunk): the template files, and the parser with zod, would weigh on the
 * pane's first load.
 */
let cached: Promise<Loaded> | null = null;
function loadStandardTemplates(): Promise<Loaded> {
  cached ??= import("../../../templates").then((m) => ({ templates: m.standardTemplates, parse: m.parseStandardTemplate }));
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
      (loaded) => active && setState({ kind: "ready", ...loaded }),
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
