import type { MessageId } from "../../messages/catalogue";
import type { Message } from "../../messages/message";

/** Where an entry came from, so messages can say "sheet Chấm điểm, cell F12" or "scores.csv line 7". */
export interface Location {
  readonly sheet?: string;
  readonly cell?: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export type Severity = "error" | "warning" | "info";
export type ScoreColumn = "self" | "cluster";

/** One problem found in the entries. `code` is the catalogue id of its message. */
export interface Finding {
  readonly code: MessageId;
  readonly severity: Severity;
  readonly unit?: string;
  readonly criterion?: string;
  readonly column?: ScoreColumn;
  readonly where?: Location;
  readonly message: Message;
  /**
   * A suggested fix; `value` is what would be written in the cell (offered only when it passes the same
   * checks). `keepsValue`: it keeps the number the cell means (text → number), so the pane may tick it at first.
   */
  readonly fix?: { readonly message: Message; readonly value: number | string; readonly keepsValue?: boolean };
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity] += 1;
  return out;
}
