/** The criteria design sheet (Thiết kế tiêu chí): rows ↔ template, one parser behind both (docs/template-format.md). */
export { templateToDesign, levelsText } from "./toDesign";
export { designToTemplate, type DesignResult } from "./fromDesign";
export { readLevels } from "./criteriaFromRows";
export * from "./layout";
export type { CellValue, DesignBlock, DesignFinding, DesignRow, DesignSheet, SettingCell } from "./model";
export { isBlank, rowIsBlank } from "./model";
export { noDesignSheet, readDesign, readDesignGrid, type CellGetter, type DesignRead, type GridRead } from "./readGrid";
