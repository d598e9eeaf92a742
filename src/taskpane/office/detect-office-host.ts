// Finds out whether the task pane runs inside Excel. Never waits forever: office.js may be missing
// (offline, blocked) or never report ready, and the pane must then explain how to open ThiDua in Excel.
import { localeFromDisplayLanguage } from "../i18n/locale";
import type { Locale } from "../i18n/strings";
import { REQUIRED_EXCEL_API, isApiSetSupported } from "../../excel/apiSupport";

export const OFFICE_READY_TIMEOUT_MS = 3000;

export type OutsideExcelReason = "office-js-missing" | "timeout" | "not-in-office" | "other-host";

export type OfficeHostState =
  | { kind: "excel"; locale: Locale; requiredApiSupported: boolean }
  | { kind: "outside-excel"; reason: OutsideExcelReason; host?: string };

function officeJsLoaded(): boolean {
  return typeof Office !== "undefined" && typeof Office.onReady === "function";
}

export async function detectOfficeHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<OfficeHostState> {
  if (!officeJsLoaded()) return { kind: "outside-excel", reason: "office-js-missing" };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([Office.onReady(), timeout]);
    if (info === "timeout") return { kind: "outside-excel", reason: "timeout" };
    if (!info.host) return { kind: "outside-excel", reason: "not-in-office" };
    if (info.host !== Office.HostType.Excel) return { kind: "outside-excel", reason: "other-host", host: String(info.host) };
    return {
      kind: "excel",
      locale: localeFromDisplayLanguage(Office.context?.displayLanguage),
      requiredApiSupported: isApiSetSupported(REQUIRED_EXCEL_API.name, REQUIRED_EXCEL_API.version),
    };
  } catch {
    return { kind: "outside-excel", reason: "office-js-missing" };
  } finally {
    clearTimeout(timer);
  }
}
