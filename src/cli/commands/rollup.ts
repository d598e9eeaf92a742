/**
 * `thidua rollup <cluster files…> [--out tong-hop-khoi.xlsx] [--csv …] [--docx …] [--quota "<award>=<n>|<p>%[:of=<award>]"]…
 * [--decimal comma|point] [--tone-marks new|old] [--force]`: the higher body's roll-up (docs/rollup.md). Reads every cluster's scoring
 * workbook (recomputed by the domain) or summary export (.xlsx, .csv), puts every unit in one table, checks the
 * quotas across clusters and the units named in two clusters, prints what it found and writes the consolidated
 * .xlsx / .csv and the report .docx all or nothing (src/cli/files/writeAll.ts).
 * Exit 0 = written; 1 = a file's data cannot be used (or a cluster's scores have errors, without --force); 2 = usage, files.
 */
import { resolve } from "node:path";
import { identityKey } from "../../domain/text/normalize";
import { parseQuota, rollup, unknownAwards, type ClusterResults, type QuotaRule, type Rollup } from "../../domain/rollup";
import { toCsv, type DecimalMark } from "../../export/csv";
import { readClusterResults } from "../../export/readClusterResults";
import { rollupDocx } from "../../export/rollupDocx";
import { beyondQuota, capMessage, rollupRows } from "../../export/rollupTable";
import { rollupXlsx } from "../../export/rollupXlsx";
import { restyled } from "../../export/toneStyle";
import { parseToneStyle, type ToneStyle } from "../../domain/text/toneStyle";
import type { Locale } from "../../messages/catalogue";
import { message, render, type Message } from "../../messages/message";
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, lines, parseArgs, pickLocale, type CliIo } from "../args";
import { readInputBytes } from "../files/readInput";
import { checkOutputs, writeAllOrNothing, type FileWrite, type WritePolicy } from "../files/writeAll";
import { helpText } from "../help";

type Output = { kind: "xlsx" | "csv" | "docx"; file: string; full: string };
type Step<T> = { ok: true; value: T } | { ok: false; exit: number; errors: Message[] };

const OPTION_OF = { xlsx: "out", csv: "csv", docx: "docx" } as const;

function outputsOf(options: Readonly<Record<string, string | boolean>>, cwd: string): Step<Output[]> {
  const outputs: Output[] = [];
  for (const kind of ["xlsx", "csv", "docx"] as const) {
    const file = options[OPTION_OF[kind]];
    if (typeof file !== "string") continue;
    if (!file.toLowerCase().endsWith(`.${kind}`)) return { ok: false, exit: EXIT_USAGE, errors: [message("export.cli.wrongExtension", { option: `--${OPTION_OF[kind]}`, file, ext: `.${kind}` })] };
    outputs.push({ kind, file, full: resolve(cwd, file) });
  }
  return outputs.length === 0 ? { ok: false, exit: EXIT_USAGE, errors: [message("rollup.cli.noOutput")] } : { ok: true, value: outputs };
}

function quotasOf(texts: readonly string[]): Step<QuotaRule[]> {
  const parsed = texts.map(parseQuota);
  const errors = parsed.flatMap((p) => (p.ok ? [] : [p.error]));
  return errors.length > 0 ? { ok: false, exit: EXIT_USAGE, errors } : { ok: true, value: parsed.flatMap((p) => (p.ok ? [p.rule] : [])) };
}

/** Every file read; all problems of all files reported together (exit 2 when a file cannot be opened, else 1). */
async function readAll(files: readonly string[], cwd: string, force: boolean): Promise<Step<ClusterResults[]>> {
  const clusters: ClusterResults[] = [];
  const errors: Message[] = [];
  let exit = EXIT_DATA;
  for (const file of files) {
    const bytes = readInputBytes(file, cwd, "workbook");
    if (!bytes.ok) {
      exit = Math.max(exit, bytes.exit);
      errors.push(...bytes.errors);
      continue;
    }
    const read = await readClusterResults(file, bytes.value);
    if (!read.ok) errors.push(...read.errors);
    else if (read.scoreErrors > 0 && !force) errors.push(message("rollup.cli.scoreErrors", { file, count: read.scoreErrors }));
    else clusters.push(read.value);
  }
  errors.push(...sameClusterTwice(clusters));
  return errors.length > 0 ? { ok: false, exit, errors } : { ok: true, value: clusters };
}

function sameClusterTwice(clusters: readonly ClusterResults[]): Message[] {
  const seen = new Map<string, ClusterResults>();
  const errors: Message[] = [];
  for (const c of clusters) {
    const first = seen.get(identityKey(c.clusterName));
    if (first) errors.push(message("rollup.cli.sameCluster", { cluster: c.clusterName, first: first.file, second: c.file }));
    else seen.set(identityKey(c.clusterName), c);
  }
  return errors;
}

/** What the roll-up found, for the terminal. */
export function findingsLines(r: Rollup, locale: Locale): string[] {
  const t = (m: Message) => render(m, locale);
  const name = (cluster: number) => r.clusters[cluster]!.clusterName;
  const out = r.clusters.map((c) => t(message("rollup.cli.read", { cluster: c.clusterName, file: c.file, units: c.units.length })));
  const refs = r.rows.map((row) => ({ cluster: row.cluster, unit: row.unit }));
  const awards = [...new Set(refs.flatMap((x) => (x.unit.award === null ? [] : [x.unit.award])))].join(", ");
  for (const q of r.quotas) {
    const params = { quota: q.rule.text, proposed: q.proposed.length, cap: capMessage(q), excess: q.excess, units: beyondQuota(r, q).join(", ") };
    out.push(t(message(q.excess > 0 ? "rollup.cli.quotaOver" : "rollup.cli.quotaOk", params)));
  }
  for (const award of unknownAwards(r.quotas.map((q) => q.rule), refs)) out.push(t(message("rollup.cli.unknownAward", { quota: r.quotas.find((q) => q.rule.text.includes(award))?.rule.text ?? award, award, awards })));
  for (const d of r.duplicates) {
    const units = d.units.map((u) => `${u.unit.name} (${name(u.cluster)})`).join(", ");
    out.push(t(d.exact ? message("rollup.cli.duplicate", { unit: d.units[0]!.unit.name, clusters: d.units.map((u) => name(u.cluster)).join(", ") }) : message("rollup.cli.nearDuplicate", { units })));
  }
  if (r.duplicates.length === 0) out.push(t(message("rollup.cli.none")));
  return out;
}

async function fileData(kind: Output["kind"], r: Rollup, decimal: DecimalMark, style: ToneStyle): Promise<Uint8Array | string> {
  if (kind === "xlsx") return rollupXlsx(r, style);
  if (kind === "docx") return rollupDocx(r, style);
  return toCsv(restyled(rollupRows(r), style), { decimal });
}

export async function rollupCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const locale = pickLocale(argv, io.env);
  const out = lines(io.stdout);
  const fail = (exit: number, errors: readonly Message[]) => {
    lines(io.stderr)(...errors.map((e) => render(e, locale)));
    return exit;
  };
  const parsed = parseArgs(argv, {
    command: "rollup",
    options: {
      out: { type: "string", short: "o", example: "--out tong-hop-khoi.xlsx" },
      csv: { type: "string", example: "--csv tong-hop-khoi.csv" },
      docx: { type: "string", example: "--docx bao-cao.docx" },
      quota: { type: "string", short: "q", repeatable: true, example: '--quota "Cờ thi đua=3"' },
      decimal: { type: "string", example: "--decimal comma" },
      "tone-marks": { type: "string", example: "--tone-marks new" },
      force: { type: "boolean" },
    },
    maxPositionals: 10000,
  });
  if (!parsed.ok) return fail(EXIT_USAGE, [parsed.error]);
  const o = parsed.args.options;
  if (o.help) {
    out(helpText("rollup", locale));
    return EXIT_OK;
  }
  const files = parsed.args.positionals;
  if (files.length === 0) return fail(EXIT_USAGE, [message("rollup.cli.missingInput")]);
  const decimal = typeof o.decimal === "string" ? o.decimal.trim().toLowerCase() : "comma";
  if (decimal !== "comma" && decimal !== "point") return fail(EXIT_USAGE, [message("export.cli.badDecimal", { value: String(o.decimal) })]);
  const toneStyle = typeof o["tone-marks"] === "string" ? parseToneStyle(o["tone-marks"]) : "new";
  if (toneStyle === null) return fail(EXIT_USAGE, [message("hygiene.cli.badToneMarks", { value: String(o["tone-marks"]) })]);
  const outputs = outputsOf(o, io.cwd);
  if (!outputs.ok) return fail(outputs.exit, outputs.errors);
  const rules = quotasOf(parsed.args.lists.quota ?? []);
  if (!rules.ok) return fail(rules.exit, rules.errors);
  const policy: WritePolicy = { force: o.force === true, inputs: files.map((f) => ({ file: f, full: resolve(io.cwd, f) })) };
  const refused = checkOutputs(outputs.value, policy);
  if (refused.length > 0) return fail(EXIT_USAGE, refused);

  const clusters = await readAll(files, io.cwd, o.force === true);
  if (!clusters.ok) return fail(clusters.exit, clusters.errors);
  const result = rollup(clusters.value, rules.value);
  out(...findingsLines(result, locale), "");
  const writes: FileWrite[] = [];
  for (const target of outputs.value) writes.push({ file: target.file, full: target.full, data: await fileData(target.kind, result, decimal, toneStyle) });
  const problems = writeAllOrNothing(writes, policy);
  if (problems.length > 0) return fail(EXIT_USAGE, problems);
  out(...outputs.value.map((target) => render(message("export.cli.written", { file: target.file }), locale)));
  return EXIT_OK;
}
