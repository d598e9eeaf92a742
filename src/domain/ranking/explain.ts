/**
 * One-line explanations of how each tie on the shown ranking value was broken, or that it stands.
 * Units that show the same value (the total, or the % of own maximum rounded to the template precision)
 * are explained together: shared rank, separated by a tie-break key, or — for % of own maximum — by the
 * exact % (more decimals). Each line names at most a few other units (unitList): bounded at any size.
 */
import { message, type Message } from "../../messages/message";
import type { Template } from "../template/model";
import { decidingKey, type RankKeyed } from "./rank";
import { separatingDecimals, shareDecimals } from "./exactShare";
import { roundTo } from "../round";
import { namesExcept, unitList } from "./unitList";
import { identityKey } from "../text/normalize";

const TITLE_CHARS = 60;

/** A tie-break criterion as the template's table names it: its code and title ("1 “Tiêu chuẩn 1: …”"), title shortened. */
function criterionKey(t: Template, code: string): Message {
  const title = t.byKey.get(identityKey(code))?.title.trim() ?? "";
  if (title === "" || title === code) return message("rank.key.criterion", { code });
  return message("rank.key.criterionTitled", { code, title: shortened(title) });
}

/** At most TITLE_CHARS characters, cut at a word boundary with "…". */
function shortened(title: string): string {
  if (title.length <= TITLE_CHARS) return title;
  const cut = title.slice(0, TITLE_CHARS - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, "")}…`;
}

type Keyed = RankKeyed & { raw: readonly number[] };

function groupsOf(values: readonly number[]): number[][] {
  const by = new Map<number, number[]>();
  values.forEach((v, i) => {
    const g = by.get(v);
    if (g) g.push(i);
    else by.set(v, [i]);
  });
  return [...by.values()].filter((g) => g.length > 1);
}

export function explainTies(
  t: Template,
  names: readonly string[],
  keyed: readonly Keyed[],
  ranks: readonly number[],
  shown: readonly number[] = keyed.map((k) => k.value),
): (Message | null)[] {
  const out: (Message | null)[] = names.map(() => null);
  const percent = t.rankBy === "percentOfOwnMax";
  for (const group of groupsOf(shown)) {
    group.sort((a, b) => ranks[a]! - ranks[b]! || a - b);
    const total = message(percent ? "rank.value.percent" : "rank.value.points", { n: shown[group[0]!]! });
    const byRank = new Map<number, number[]>();
    for (const i of group) {
      const same = byRank.get(ranks[i]!);
      if (same) same.push(i);
      else byRank.set(ranks[i]!, [i]);
    }
    group.forEach((i, pos) => {
      const others = unitList(namesExcept(group, i, names), group.length - 1);
      const sharing = byRank.get(ranks[i]!)!;
      if (sharing.length > 1) {
        // Name only the units that really share the rank: others showing the same value may have been split.
        out[i] = message("rank.tieShared", { total, others: unitList(namesExcept(sharing, i, names), sharing.length - 1), rank: ranks[i]! });
        return;
      }
      const below = pos + 1 < group.length ? group[pos + 1]! : undefined;
      const other = below ?? group[pos - 1]!;
      const side: Record<string, string> = below !== undefined ? { below: names[other]! } : { above: names[other]! };
      if (keyed[i]!.value !== keyed[other]!.value) {
        const d = separatingDecimals(keyed[i]!.value, keyed[other]!.value, t.precision, shareDecimals(t));
        const params = { total, others, mine: roundTo(keyed[i]!.value, d), theirs: roundTo(keyed[other]!.value, d), ...side };
        out[i] = message(below !== undefined ? "rank.exactAbove" : "rank.exactBelow", params);
        return;
      }
      const k = decidingKey(keyed[i]!, keyed[other]!);
      const tb = t.tieBreak[k]!;
      const key = tb.by === "criterion" ? criterionKey(t, tb.code) : message(`rank.key.${tb.by}`);
      const params = { total, others, key, mine: keyed[i]!.raw[k]!, theirs: keyed[other]!.raw[k]!, ...side };
      out[i] = message(below !== undefined ? "rank.tieBroken" : "rank.tieBelow", params);
    });
  }
  return out;
}
