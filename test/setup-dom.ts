// Jest "dom" project setup: adds the jest-dom matchers (toBeInTheDocument, toHaveTextContent, ...).
import "@testing-library/jest-dom";

// Fluent's focus manager (tabster) opens dialogs on timers; on a loaded CI machine (LibreOffice and Chromium
// tests run beside these) they can take seconds. Wait longer than Testing Library's default 1 s.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 8000 });
jest.setTimeout(30_000);

// jsdom has no TextDecoder (every browser the pane runs in has): the pane decodes chosen files with it.
import { TextDecoder as NodeTextDecoder } from "node:util";
if (typeof globalThis.TextDecoder === "undefined") Object.assign(globalThis, { TextDecoder: NodeTextDecoder });
