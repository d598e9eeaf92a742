/** One-line explanations of how each tie on the ranking value was broken, or that it stands. */
import { message, type Message } from "../../messages/message";
import type { Template } from "../template/model";
import { decidingKey, type RankKeyed } from "./rank";

export function explainTies(
  t: Template,
  names: readonly string[],
  keyed: readonly (RankKeyed & { raw: readonly number[] })[],
  ranks: readonly number[],
): (Message | null)[] {
  const byValue = new Map<number, number[]>();
  keyed.forEach((k, i) => byValue.set(k.value, [...(byValue.get(k.value) ?? []), i]));
  const out: (Message | null)[] = names.map(() => null);
  for (const [value, group] of byValue) {
    if (group.length < 2) continue;
    group.sort((a, b) => ranks[a]! - ranks[b]!);
    const total = message(t.rankBy === "percentOfOwnMax" ? "rank.value.percent" : "rank.value.points", { n: value });
    for (const i of group) {
      const others = group.filter((j) => j !== i).map((j) => names[j]!).join(", ");
      const sharing = group.filter((j) => j !== i && ranks[j] === ranks[i]);
      if (sharing.length > 0) {
        // Name only the units that really share the rank: others tied on the total may have been split by a tie-break.
        out[i] = message("rank.tieShared", { total, others: sharing.map((j) => names[j]!).join(", "), rank: ranks[i]! });
        continue;
      }
      const below = group.find((j) => ranks[j]! > ranks[i]!);
      const above = [...group].reverse().find((j) => ranks[j]! < ranks[i]!);
      const other = below ?? above!;
      const k = decidingKey(keyed[i]!, keyed[other]!);
      const tb = t.tieBreak[k]!;
      const key = tb.by === "criterion" ? message("rank.key.criterion", { code: tb.code }) : message(`rank.key.${tb.by}`);
      const params = { total, others, key, mine: keyed[i]!.raw[k]!, theirs: keyed[other]!.raw[k]! };
      out[i] = below !== undefined
        ? message("rank.tieBroken", { ...params, below: names[other]! })
        : message("rank.tieBelow", { ...params, above: names[other]! });
    }
  }
  return out;
}
