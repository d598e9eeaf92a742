// Requirement-set checks. The manifest requires ExcelApi 1.8; anything newer must be feature-detected
// here and the UI must degrade with a visible notice (see docs/api-sets.md).

export const REQUIRED_EXCEL_API = { name: "ExcelApi", version: "1.8" } as const;

/** True when the running Office supports the requirement set; false when unknown or unsupported. */
export function isApiSetSupported(name: string, version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}
