/** The browser preview host's formula engine (see docs/preview-host.md). */
export { WorkbookEngine, areaOf, type RecalcStats } from "./workbookEngine";
export { PREVIEW_FUNCTIONS } from "./functions";
export { findReferences, parseArea, type Box, type Reference } from "./references";
export { FormulaError, isError, toText, numberText, parseEnUsNumber, compareValues, type XValue } from "./values";
