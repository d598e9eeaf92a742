import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";

/** Renders node into #container inside the Fluent UI provider. */
export function renderInContainer(node: ReactNode): void {
  const container = document.getElementById("container");
  if (!container) throw new Error("ThiDua: #container element missing from the page");
  createRoot(container).render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);
}

/** URL of manifest.xml on the server that served this page. */
export function manifestUrlForThisPage(): string {
  return new URL("manifest.xml", window.location.href).href;
}
