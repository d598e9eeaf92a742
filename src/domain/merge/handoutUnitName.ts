/**
 * The unit name a self-scoring file carries, checked like a pasted unit list (src/domain/text/hygiene.ts)
 * before it is matched to the cluster's units: a name typed with a legacy font (TCVN3, VNI) or read in the
 * wrong encoding gets a finding with its Unicode reading, naming the file and the cell the name was read from;
 * invisible characters are left out (cleanText) and said so. Nothing is converted silently: a legacy name is
 * matched through its Unicode reading only with a warning that shows both.
 */
import type { MessageId } from "../../messages/catalogue";
import { message, type Params } from "../../messages/message";
import { nameIssues } from "../text/hygiene";
import { cleanText } from "../text/normalize";
import type { Finding, Location } from "../validation/finding";
import type { ParsedHandout } from "./types";

export interface HandoutUnitName {
  /** The name to report the file under (as typed, cleaned). */
  readonly name: string;
  /** The cluster unit the file belongs to, or undefined. */
  readonly unitIndex: number | undefined;
  readonly findings: Finding[];
  /** True when a finding already says why no unit matched (no "unknown unit" needed). */
  readonly explained: boolean;
}

/** Checks and matches the file's unit name; `find` gives the cluster unit of a (clean) name. */
export function handoutUnitName(input: ParsedHandout, units: readonly string[], find: (name: string) => number | undefined): HandoutUnitName {
  const raw = input.meta.unitName;
  const name = cleanText(raw);
  const where: Location = input.unitNameCell ? { file: input.file, ...input.unitNameCell } : { file: input.file };
  const issues = nameIssues([raw])[0]!;
  const findings: Finding[] = [];
  const note = (id: MessageId, severity: Finding["severity"], params: Params, unit: string): void => {
    findings.push({ code: id, severity, unit, where, message: message(id, params) });
  };
  let unitIndex = find(name);
  let explained = false;
  for (const issue of issues) {
    if (issue.kind === "legacy") {
      const to = cleanText(issue.legacy.converted);
      const params = { from: name, to, encoding: message(`hygiene.encoding.${issue.legacy.encoding}`) };
      if (unitIndex !== undefined) {
        note("handout.merge.legacyUnitNameInCluster", "warning", params, units[unitIndex]!);
      } else if ((unitIndex = find(to)) !== undefined) {
        note("handout.merge.legacyUnitName", "warning", { ...params, unit: units[unitIndex]! }, units[unitIndex]!);
      } else {
        note("handout.merge.legacyUnknownUnit", "error", { ...params, units: units.join(", ") }, name);
        explained = true;
      }
    } else if (issue.kind === "invisible") {
      note("handout.merge.invisibleUnitName", "info", { name }, unitIndex !== undefined ? units[unitIndex]! : name);
    }
  }
  return { name, unitIndex, findings, explained };
}
