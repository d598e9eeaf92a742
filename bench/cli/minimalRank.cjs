/**
 * The CLI bench's yardstick: the least a ranking program does with the scores CSV — read it with the same
 * CSV library as `thidua rank`, sum each unit's points (cluster score, else self score), sort, print.
 * Usage: node bench/cli/minimalRank.cjs scores.csv
 */
"use strict";
const { readFileSync } = require("node:fs");
const { parse } = require("csv-parse/sync");

const rows = parse(readFileSync(process.argv[2], "utf8"), { bom: true, trim: true, skip_empty_lines: true });
const totals = new Map();
for (const [unit, , self, cluster] of rows.slice(1)) {
  const points = Number(cluster !== "" ? cluster : self);
  totals.set(unit, (totals.get(unit) ?? 0) + (Number.isFinite(points) ? points : 0));
}
const ranked = [...totals].sort((a, b) => b[1] - a[1]);
for (const [i, [unit, total]] of ranked.entries()) process.stdout.write(`${i + 1}. ${unit}: ${total.toFixed(2)}\n`);
