/** Pasted-table import: a criteria table from Word/PDF (rows of cells) → a proposed template with findings. */
export { importTable, type TableImport, type TableImportOptions } from "./importTable";
export { gridOfText, type TextGrid } from "./gridOfText";
export { readRule, type RuleReading, type UnreadReason } from "./ruleText";
export type { ImportFinding, GridOrigin } from "./findings";
export type { Role } from "./columns";
