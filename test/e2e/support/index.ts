/** The e2e harness: build, static server, Chromium, axe, screenshots. See docs/e2e.md. */
export * from "./artifacts";
export * from "./axe";
export * from "./browser";
export * from "./build";
export * from "./chromium";
export * from "./paths";
export * from "./server";
