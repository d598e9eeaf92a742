/** Reading one design cell as text, number, yes/no or a drop-down word; a problem becomes a finding at that cell. */
import { message, type Message } from "../../../messages/message";
import { parseLocaleNumber } from "../../text/numbers";
import { cellName } from "./layout";
import { isBlank, type CellValue, type DesignFinding } from "./model";
import { choiceWords, valueOfWord, type Choice } from "./words";

export class FindingList {
  readonly items: DesignFinding[] = [];
  add(severity: DesignFinding["severity"], row: number, column: number, m: Message): void {
    this.items.push({ severity, row, column, cell: cellName(row, column), message: m });
  }
  get hasErrors(): boolean {
    return this.items.some((f) => f.severity === "error");
  }
}

/** A located cell: its value and where it is. */
export interface At {
  readonly value: CellValue;
  readonly row: number;
  readonly column: number;
}

export class CellReader {
  constructor(readonly findings: FindingList) {}

  /** Text as typed (numbers as written by JS); blank → undefined. */
  text(c: At): string | undefined {
    if (isBlank(c.value)) return undefined;
    return typeof c.value === "string" ? c.value : String(c.value);
  }

  /** A number; text such as "2,5" is read the Vietnamese way; blank → undefined; unreadable → finding, undefined. */
  number(c: At, whole = false): number | undefined {
    const v = c.value;
    if (isBlank(v)) return undefined;
    let n: number | undefined;
    if (typeof v === "number") n = v;
    else {
      const p = parseLocaleNumber(String(v));
      if (p.kind === "number") n = p.value;
      else if (p.kind === "ambiguous") {
        this.findings.add("error", c.row, c.column, message("design.sheet.finding.ambiguousNumber", { value: String(v), a: p.candidates[0], b: p.candidates[1] }));
        return undefined;
      } else {
        this.findings.add("error", c.row, c.column, message("design.sheet.finding.notANumber", { value: String(v) }));
        return undefined;
      }
    }
    if (whole && !Number.isInteger(n)) {
      this.findings.add("error", c.row, c.column, message("design.sheet.finding.notWhole", { value: n }));
      return undefined;
    }
    return n;
  }

  /** A drop-down word (Vietnamese or English); blank → undefined; an unknown word → finding, undefined. */
  word<V>(c: At, choices: readonly Choice<V>[]): V | undefined {
    if (isBlank(c.value)) return undefined;
    if (typeof c.value === "boolean" && choices.some((x) => x.value === (c.value as unknown))) return c.value as V;
    const found = valueOfWord(choices, String(c.value));
    if (found === undefined) {
      this.findings.add("error", c.row, c.column, message("design.sheet.finding.unknownWord", { value: String(c.value), allowed: choiceWords(choices).join(", ") }));
    }
    return found;
  }
}
