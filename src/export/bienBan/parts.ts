/**
 * The building blocks of the biên bản (.docx): page and type after Decree 30/2020/NĐ-CP Appendix I, runs,
 * paragraphs (6 pt at least between paragraphs), table cells, short rules, and the catalogue's texts.
 */
import { AlignmentType, BorderStyle, Paragraph, TableCell, TextRun, VerticalAlign, WidthType, type IBorderOptions, type ParagraphChild } from "docx";
import { message, render, type Params } from "../../messages/message";
import type { exportTexts } from "../../messages/exportTexts";

export type DocTextId = Extract<keyof typeof exportTexts, `doc.${string}`>;
export const tx = (id: DocTextId, params: Params = {}) => render(message(`export.${id}`, params), "vi-VN").normalize("NFC");

/** Page and type, in the units docx uses (twips: 1/20 pt = 1/1440 inch; half-points for sizes). */
export const PAGE = {
  width: 11906, // 210 mm
  height: 16838, // 297 mm
  margin: { top: 1134, bottom: 1134, left: 1701, right: 851 }, // 20, 20, 30, 15 mm
  font: "Times New Roman",
  bodySize: 28, // 14 pt
  tableSize: 26, // 13 pt
  headerSize: 26, // 13 pt: issuing body and the first motto line
  /** Appendix I: at least 6 pt between paragraphs. */
  paragraphAfter: 120,
} as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

export const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: "000000" };

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
  size?: number;
}
export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text: text.normalize("NFC"), bold: s.bold, italics: s.italics, size: s.size, ...(s.underline ? { underline: {} } : {}) });

export interface ParaOptions {
  align?: "center" | "left" | "right" | "both";
  indentFirst?: boolean;
  after?: number;
  before?: number;
  style?: RunStyle;
  /** Kept on the page of the next paragraph (headings, the table's title, the closing line). */
  keepNext?: boolean;
}

export function para(children: ParagraphChild[] | string, o: ParaOptions = {}) {
  const kids = typeof children === "string" ? [run(children, o.style)] : children;
  const align = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED }[o.align ?? "both"];
  return new Paragraph({
    children: kids,
    alignment: align,
    spacing: { after: o.after ?? PAGE.paragraphAfter, before: o.before ?? 0, line: 276 },
    ...(o.indentFirst ? { indent: { firstLine: 567 } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
  });
}

/** A short centred rule: an empty paragraph with a bottom border, indented from both sides. */
export function rule(widthTwips: number, cellWidth: number) {
  const side = Math.max(0, Math.round((cellWidth - widthTwips) / 2));
  return new Paragraph({ children: [], border: { bottom: LINE }, indent: { left: side, right: side }, spacing: { after: 120 } });
}

export const cell = (children: Paragraph[], width: number, o: { borders?: boolean } = {}) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: o.borders === false ? VerticalAlign.TOP : VerticalAlign.CENTER,
    ...(o.borders === false ? { borders: { top: NONE, bottom: NONE, left: NONE, right: NONE } } : {}),
    margins: { left: 60, right: 60 },
  });

export const orBlank = (s: string | undefined) => (s !== undefined && s.trim() !== "" ? s.trim() : tx("doc.blank"));
