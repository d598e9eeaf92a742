/**
 * The rows' tree as template criteria: kinds (a "Điểm cộng/Điểm thưởng" or "Điểm trừ" section and what is
 * under it), maxima (a leaf's points; a group's points, or the sum of its children when blank, with a
 * finding when both are written and differ) and a method read from each leaf's rule text.
 */
import type { CriterionInput, Kind } from "../schema";
import { fold } from "./cells";
import type { Columns } from "./columns";
import type { FindingList } from "./findings";
import type { TreeNode } from "./levels";
import { readRule, type UnreadReason } from "./ruleText";
import type { MessageId } from "../../../messages/catalogue";
import { message, type ParamValue } from "../../../messages/message";

const BONUS_SECTION = /^(?:phan |muc )?(?:diem cong|diem thuong|cong diem|thuong diem|diem khuyen khich)\b/u;
const PENALTY_SECTION = /^(?:phan |muc )?(?:diem tru|tru diem|diem phat)\b/u;

export function sectionKind(title: string): Kind | null {
  const f = fold(title);
  if (BONUS_SECTION.test(f)) return "bonus";
  if (PENALTY_SECTION.test(f)) return "penalty";
  return null;
}

const UNREAD_MESSAGE: Record<UnreadReason, MessageId> = {
  unknown: "design.import.ruleUnread",
  mixed: "design.import.ruleMixed",
  severalAmounts: "design.import.ruleSeveralAmounts",
  severalCaps: "design.import.ruleSeveralCaps",
  levelAboveMax: "design.import.ruleLevelAboveMax",
  relativeNotScored: "design.import.ruleRelativeNotScored",
};

/** Numbers as one parameter, each formatted in the reader's language: "1; 0,5". */
function listOf(values: readonly number[]): ParamValue {
  if (values.length <= 1) return values[0] ?? "";
  return message("design.import.list", { first: values[0]!, rest: listOf(values.slice(1)) });
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}…` : s);

export interface Assembled {
  readonly criteria: CriterionInput[];
  /** Grid row of each criterion, by JSON path ("criteria[0].children[1]"). */
  readonly rowsByPath: Map<string, number>;
  /** Sum of the scored top-level maxima. */
  readonly scoredSum: number;
  /** Sum of the "Điểm thưởng / Điểm cộng" groups' maxima. */
  readonly bonusSum: number;
}

const SECTION_MESSAGE: Record<Kind, MessageId> = {
  bonus: "design.import.bonusSection",
  penalty: "design.import.penaltySection",
  scored: "design.import.bonusInScale",
  gate: "design.import.bonusSection",
};

interface Context {
  /** "Điểm thưởng" groups count inside the scale (the total row says so). */
  readonly bonusInScale: boolean;
  bonusSum: number;
  readonly codes: Map<TreeNode, string>;
  readonly findings: FindingList;
  readonly columns: Columns;
  readonly rowsByPath: Map<string, number>;
}

function leafMethod(n: TreeNode, max: number, kind: Kind, code: string, ctx: Context): CriterionInput["method"] {
  const reading = readRule(n.entry.rule, max, kind);
  if (reading.kind === "read") return reading.method;
  if (reading.kind === "unread") {
    const amounts = listOf(reading.amounts ?? []);
    ctx.findings.at("warning", n.entry.ruleRow ?? n.entry.row, ctx.columns.rule ?? null, UNREAD_MESSAGE[reading.reason], {
      code, rule: shorten(n.entry.rule), amounts, max,
    });
  }
  return undefined;
}

/** One criterion; `effective` is its maximum as its parent counts it (declared, or the sum of its children). */
function toInput(n: TreeNode, parentKind: Kind, path: string, ctx: Context): { input: CriterionInput; effective: number; kind: Kind } {
  const code = ctx.codes.get(n)!;
  const section = sectionKind(n.entry.title);
  const own = section === "bonus" && ctx.bonusInScale ? null : section;
  const kind = own ?? parentKind;
  ctx.rowsByPath.set(path, n.entry.row);
  if (section !== null && section !== parentKind) ctx.findings.at("info", n.entry.row, null, SECTION_MESSAGE[own ?? "scored"], { code });
  const base: CriterionInput = {
    code, title: n.entry.title === "" ? code : n.entry.title,
    ...(own !== null && own !== parentKind ? { kind: own } : {}),
    ...(n.entry.rule !== "" ? { rule: n.entry.rule } : {}),
  };
  if (n.children.length === 0) {
    if (n.entry.points === null) ctx.findings.at("error", n.entry.row, ctx.columns.points ?? null, "design.import.leafNoPoints", { code });
    const max = n.entry.points ?? 0;
    const method = leafMethod(n, max, kind, code, ctx);
    return { input: { ...base, max, ...(method ? { method } : {}) }, effective: max, kind };
  }
  const children = n.children.map((c, i) => toInput(c, kind, `${path}.children[${i}]`, ctx));
  const sum = round(children.filter((c) => c.kind === kind).reduce((s, c) => s + c.effective, 0));
  const declared = n.entry.points;
  if (declared !== null && Math.abs(declared - sum) > 1e-6) {
    ctx.findings.at("warning", n.entry.row, ctx.columns.points ?? null, "design.import.groupSum", { code, sum, max: declared });
  }
  const input = { ...base, ...(declared !== null ? { max: declared } : {}), children: children.map((c) => c.input) };
  if (section === "bonus" && parentKind !== "bonus") ctx.bonusSum += declared ?? sum;
  return { input, effective: declared ?? sum, kind };
}

export function assemble(roots: readonly TreeNode[], codes: Map<TreeNode, string>, columns: Columns, findings: FindingList, bonusInScale = false): Assembled {
  const ctx: Context = { bonusInScale, bonusSum: 0, codes, findings, columns, rowsByPath: new Map() };
  const top = roots.map((n, i) => toInput(n, "scored", `criteria[${i}]`, ctx));
  const scoredSum = round(top.filter((t) => t.kind === "scored").reduce((s, t) => s + t.effective, 0));
  return { criteria: top.map((t) => t.input), rowsByPath: ctx.rowsByPath, scoredSum, bonusSum: round(ctx.bonusSum) };
}
