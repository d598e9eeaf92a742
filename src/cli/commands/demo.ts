/**
 * `thidua demo --out <file.xlsx> [--force]`: a filled example workbook — the veterans' association
 * (Hội Cựu chiến binh) cluster of Hà Giang, Tuyên Quang, Vĩnh Phúc, Yên Bái and Phú Thọ on the
 * standard template blank-100, with made-up scores chosen to show the rules at work:
 *  - Tuyên Quang, Vĩnh Phúc and Yên Bái all total 92: Tuyên Quang is 2nd on the first tie-break key
 *    (group I: 56 against 55); Vĩnh Phúc and Yên Bái are equal on every key (I 55, deductions 2,
 *    bonus 1) and share 3rd place — with one Bằng khen place left, their group goes to a vote;
 *  - Phú Thọ failed the gate DK.1 (the cluster scored "Không đạt"): ranked, banded, but not eligible;
 *  - Hà Giang (96,5, Xuất sắc, ≥ 95) is proposed for the Cờ thi đua.
 * Then prints the ranking evaluateCluster gives (what the Xếp hạng sheet shows once recalculated).
 */
import { evaluateCluster, type EntryInput, type RawValue } from "../../domain";
import { loadStandardTemplate } from "../../templates";
import { buildPlan } from "../../workbook/buildPlan";
import { fillEntries } from "../../workbook/fillEntries";
import { EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { rankingLines } from "../format/rankReport";
import { helpText } from "../help";
import { t, text } from "../messages";
import { checkOutputPath, reportFailure, writePlanFile } from "./build";

type Row = readonly [code: string, self: RawValue, cluster?: RawValue];

const SCORES: Readonly<Record<string, readonly Row[]>> = {
  // I 19+18,5+19 = 56,5; II 14+10; III 5+10 → 95,5; bonus 1 → 96,5.
  "Hà Giang": [
    ["I.1", 19.5, 19], ["I.2", 18.5], ["I.3", 19], ["II.1", 14], ["II.2", "Đạt"], ["III.1", "Đạt"], ["III.2", 0],
    ["C.1", 1], ["C.2", 0], ["T.1", 0], ["T.2", 0], ["DK.1", "Đạt"],
  ],
  // I 19+18,5+18,5 = 56; II 13+10; III 5+(10−4×0,5) → 92; no bonus, no deduction → 92.
  "Tuyên Quang": [
    ["I.1", 19.5, 19], ["I.2", 18.5], ["I.3", 18.5], ["II.1", 13], ["II.2", "Đạt"], ["III.1", "Đạt"], ["III.2", 4],
    ["C.1", 0], ["C.2", 0], ["T.1", 0], ["T.2", 0], ["DK.1", "Đạt"],
  ],
  // I 18,5+18+18,5 = 55; II 14+10; III 5+9 → 93; bonus 1 (C.1 once); deduction 2 (T.2 khiển trách) → 92.
  "Vĩnh Phúc": [
    ["I.1", 18.5], ["I.2", 18], ["I.3", 18.5], ["II.1", 14], ["II.2", "Đạt"], ["III.1", "Đạt"], ["III.2", 2],
    ["C.1", 1], ["C.2", 0], ["T.1", 0], ["T.2", 2], ["DK.1", "Đạt"],
  ],
  // I 19+18+18 = 55; II 13,5+10; III 5+9,5 → 93; bonus 1 (C.2); deduction 2 (T.2) → 92: equal to Vĩnh Phúc on every key.
  "Yên Bái": [
    ["I.1", 19], ["I.2", 18], ["I.3", 18], ["II.1", 14, 13.5], ["II.2", "Đạt"], ["III.1", "Đạt"], ["III.2", 1],
    ["C.1", 0], ["C.2", 1], ["T.1", 0], ["T.2", 2], ["DK.1", "Đạt"],
  ],
  // I 16+15,5+16 = 47,5; II 12+10; III 5+8,5 → 83; deduction 3 (T.1 once) → 80 (Tốt); DK.1 failed → not eligible.
  "Phú Thọ": [
    ["I.1", 16], ["I.2", 15.5], ["I.3", 16], ["II.1", 12], ["II.2", "Đạt"], ["III.1", "Đạt"], ["III.2", 3],
    ["C.1", 0], ["C.2", 0], ["T.1", 1], ["T.2", 0], ["DK.1", "Đạt", "Không đạt"],
  ],
};

/** The demo's data: template id, cluster, units and entries (also used by the tests and the README image). */
export const DEMO = {
  templateId: "blank-100",
  cluster: "Cụm thi đua Hội Cựu chiến binh 5 tỉnh (ví dụ)",
  period: "2025",
  units: Object.keys(SCORES),
  entries: Object.entries(SCORES).flatMap(([unit, rows]) =>
    rows.map(([criterion, self, cluster]): EntryInput => (cluster === undefined ? { unit, criterion, self } : { unit, criterion, self, cluster })),
  ),
} as const;

/** The demo's filled plan and the domain's result for it. */
export function demoWorkbook() {
  const template = loadStandardTemplate(DEMO.templateId);
  const plan = buildPlan(template, { name: DEMO.cluster, period: DEMO.period, units: DEMO.units });
  const filled = fillEntries(plan, template, DEMO.units, DEMO.entries);
  if (filled.unmatched.length > 0) throw new Error(`demo: unmatched entries ${JSON.stringify(filled.unmatched)}`);
  const result = evaluateCluster(template, DEMO.units.map((name) => ({ name })), DEMO.entries);
  return { template, plan: filled.plan, result };
}

export async function demoCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const parsed = parseArgs(argv, {
    command: "demo",
    options: {
      out: { type: "string", short: "o", example: "--out vi-du.xlsx" },
      force: { type: "boolean" },
    },
    maxPositionals: 0,
  });
  if (!parsed.ok) return reportFailure(io, locale, { exit: EXIT_USAGE, errors: [parsed.error] });
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("demo", locale));
    return EXIT_OK;
  }
  if (typeof o.out !== "string") {
    return reportFailure(io, locale, { exit: EXIT_USAGE, errors: [text("usage.missingOption", { option: "--out", example: "thidua demo --out vi-du.xlsx" })] });
  }
  const force = o.force === true;
  const target = checkOutputPath(o.out, io.cwd, force);
  if (!target.ok) return reportFailure(io, locale, target);
  const { template, plan, result } = demoWorkbook();
  const written = await writePlanFile(plan, target.value);
  if (!written.ok) return reportFailure(io, locale, written);
  out(
    t(locale, "demo.written", { file: o.out, cluster: DEMO.cluster, period: DEMO.period, id: template.id }),
    t(locale, "build.howToUse"),
    "",
    t(locale, "demo.summary"),
    ...rankingLines(result, locale),
  );
  return EXIT_OK;
}
