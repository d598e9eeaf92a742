/**
 * What the pane's criteria design part asks of the open workbook (src/excel/actions/design*.ts): insert a
 * Thiết kế tiêu chí sheet, read one back into a template, read a pasted table into a proposal. Findings name
 * the sheet and cell the user goes to; their messages are the template checks' own (docs/template-format.md).
 */
import type { Template } from "../../domain/template/model";
import type { TemplateInput } from "../../domain/template/schema";
import type { Message } from "../../messages/message";

/** What the new design sheet starts from: an empty table, or a copy of a template (standard, workbook, proposal). */
export type DesignStart = { readonly kind: "blank" } | { readonly kind: "copy"; readonly template: TemplateInput };

/** A finding at a cell of a sheet of the open workbook ("Thiết kế tiêu chí (2)", "F12"); cell null: the whole sheet. */
export interface SheetFinding {
  readonly severity: "error" | "warning" | "info";
  readonly sheet: string;
  readonly cell: string | null;
  readonly message: Message;
}

/** The design sheet read back: the template it gives (null with errors) and every finding at its cell. */
export interface DesignCheck {
  /** The sheet read, as the workbook names it. */
  readonly sheet: string;
  readonly template: Template | null;
  readonly findings: readonly SheetFinding[];
}

/** A table pasted into the active sheet, read and turned into a proposal. Nothing is written. */
export interface TableProposal {
  readonly sheet: string;
  /** The proposed template (null: the findings say why there is none). */
  readonly template: Template | null;
  readonly findings: readonly SheetFinding[];
}
