/** LibreOffice recalculation harness for tests: see docs/libreoffice-recalc.md. */
export { recalculateXlsx, recalculateXlsxDetailed, type RecalcOptions, type RecalcResult } from "./recalc";
export {
  readValues,
  CellError,
  isCellError,
  normalizeAddress,
  WorkbookValues,
  ERROR_CODES,
  type CellValue,
  type CellInfo,
  type ErrorCode,
  type ReadValuesOptions,
} from "./values";
export {
  findSoffice,
  isSofficeAvailable,
  SofficeNotFoundError,
  RecalcError,
  INSTALL_HINT,
} from "./soffice";
export { convertToPdf, pdfPageTexts, sofficeRun } from "./pdf";
