/** The criteria rows of the design → the JSON-shaped criteria tree (levels give the nesting), with a cell for every JSON path. */
import { message } from "../../../messages/message";
import { parseLocaleNumber } from "../../text/numbers";
import { CRITERION_COLUMNS, type CriterionField } from "./layout";
import { rowIsBlank, type DesignRow } from "./model";
import type { PathCells } from "./pathCells";
import { CellReader } from "./readCells";
import { KINDS, METHODS, sheetText, YES_NO, type MethodWord } from "./words";

type Json = Record<string, unknown>;
type Row = DesignRow<CriterionField>;

interface Node {
  readonly row: Row;
  readonly code: string;
  readonly children: Node[];
}

const at = (r: Row, f: CriterionField) => ({ value: r.cells[f], row: r.row, column: CRITERION_COLUMNS[f] });

/** Levels typed in one cell: "points: label" per line (or separated by ";" on one line). */
export function readLevels(text: string): { levels: { points: number; label: string }[]; unreadable: string[] } {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "");
  const parts = lines.length === 1 ? lines[0]!.split(";").map((l) => l.trim()).filter((l) => l !== "") : lines;
  const levels: { points: number; label: string }[] = [];
  const unreadable: string[] = [];
  for (const line of parts) {
    const m = /^([^:：]+)[:：]\s*(.+)$/.exec(line);
    const p = m ? parseLocaleNumber(m[1]!) : null;
    if (m && p?.kind === "number") levels.push({ points: p.value, label: m[2]!.trim() });
    else unreadable.push(line);
  }
  return { levels, unreadable };
}

/** Nests the filled rows by their Cấp; a missing code or level, or a level that jumps, is a finding. */
function buildTree(rows: readonly Row[], read: CellReader): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const r of rows) {
    if (rowIsBlank(r)) continue;
    const code = read.text(at(r, "code"));
    if (code === undefined) {
      read.findings.add("error", r.row, CRITERION_COLUMNS.code, message("design.sheet.finding.untitled"));
      continue;
    }
    let level = read.number(at(r, "level"), true);
    if (level === undefined || level < 1) {
      read.findings.add("error", r.row, CRITERION_COLUMNS.level, message("design.sheet.finding.levelMissing", { code }));
      continue;
    }
    if (level > stack.length + 1) {
      read.findings.add("error", r.row, CRITERION_COLUMNS.level, message("design.sheet.finding.levelJump", { code, level, previous: stack.length }));
      level = stack.length + 1;
    }
    stack.length = level - 1;
    const node: Node = { row: r, code, children: [] };
    (stack.length === 0 ? roots : stack[stack.length - 1]!.children).push(node);
    stack.push(node);
  }
  return roots;
}

/** The method object from the method word and the number columns it uses. */
function decodeMethod(n: Node, w: MethodWord, nums: Numbers, read: CellReader): Json | undefined {
  const r = n.row;
  const name = sheetText(`method.${w}`);
  switch (w) {
    case "manual":
      return nums.step !== undefined ? { type: "manual", step: nums.step } : { type: "manual" };
    case "levels": {
      if (nums.levels === undefined) {
        read.findings.add("error", r.row, CRITERION_COLUMNS.levels, message("design.sheet.finding.levelsMissing", { code: n.code, method: name }));
        return undefined;
      }
      const { levels, unreadable } = readLevels(nums.levels);
      for (const line of unreadable) read.findings.add("error", r.row, CRITERION_COLUMNS.levels, message("design.sheet.finding.levelUnreadable", { code: n.code, line }));
      return { type: "levels", levels };
    }
    case "deduct":
    case "accumulate":
      if (nums.per === undefined) {
        read.findings.add("error", r.row, CRITERION_COLUMNS.per, message("design.sheet.finding.perMissing", { code: n.code, method: name }));
        return undefined;
      }
      return { type: "perCount", per: nums.per, ...(nums.cap !== undefined ? { cap: nums.cap } : {}), mode: w === "deduct" ? "deductFromMax" : "accumulate" };
    default:
      return { type: w };
  }
}

interface Numbers {
  readonly step: number | undefined;
  readonly levels: string | undefined;
  readonly per: number | undefined;
  readonly cap: number | undefined;
}

/** The columns each method reads. */
const USES: Readonly<Record<MethodWord, readonly (keyof Numbers)[]>> = {
  manual: ["step"], passFail: [], levels: ["levels"], deduct: ["per", "cap"], accumulate: ["per", "cap"], ratio: [], relativeToBest: [],
};

/**
 * The method of a row. An empty method with a step is "Chấm thẳng" with that step. A method word on a group goes
 * into the template as it is (the parser reports template.groupHasMethod); a filled number column the method (or a
 * group) does not use is a warning, never dropped silently.
 */
function methodOf(n: Node, isGroup: boolean, read: CellReader): Json | undefined {
  const r = n.row;
  const word = read.word(at(r, "method"), METHODS);
  const nums: Numbers = { step: read.number(at(r, "step")), levels: read.text(at(r, "levels")), per: read.number(at(r, "per")), cap: read.number(at(r, "cap")) };
  const w: MethodWord | undefined = word ?? (nums.step !== undefined && !isGroup ? "manual" : undefined);
  if (isGroup && word !== undefined) return decodeMethod(n, word, nums, read);
  const uses = w === undefined || isGroup ? [] : USES[w];
  const what = isGroup ? sheetText("finding.groupWord") : `"${sheetText(`method.${w ?? "manual"}`)}"`;
  for (const f of ["step", "levels", "per", "cap"] as const) {
    if (nums[f] !== undefined && !uses.includes(f)) {
      read.findings.add("warning", r.row, CRITERION_COLUMNS[f], message("design.sheet.finding.ignored", { code: n.code, column: sheetText(`col.${f}`), what }));
    }
  }
  return w === undefined || isGroup ? undefined : decodeMethod(n, w, nums, read);
}

function toJson(n: Node, path: string, read: CellReader, cells: PathCells): Json {
  const r = n.row;
  cells.criterion(path, r.row);
  const isGroup = n.children.length > 0;
  const o: Json = { code: n.code };
  const title = read.text(at(r, "title"));
  if (title !== undefined) o.title = title;
  const max = read.number(at(r, "max"));
  if (max !== undefined) o.max = max;
  const kind = read.word(at(r, "kind"), KINDS);
  if (kind !== undefined) o.kind = kind;
  const method = methodOf(n, isGroup, read);
  if (method !== undefined) o.method = method;
  const target = read.text(at(r, "target"));
  if (target !== undefined) o.target = target;
  const rule = read.text(at(r, "rule"));
  if (rule !== undefined) o.rule = rule;
  const na = read.word(at(r, "na"), YES_NO);
  if (na !== undefined) o.naAllowed = na;
  if (isGroup) o.children = n.children.map((ch, i) => toJson(ch, `${path}.children[${i}]`, read, cells));
  return o;
}

/** The criteria array of the template JSON. */
export function criteriaFromRows(rows: readonly Row[], read: CellReader, cells: PathCells): Json[] {
  return buildTree(rows, read).map((n, i) => toJson(n, `criteria[${i}]`, read, cells));
}
