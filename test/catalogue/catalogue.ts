/** Every case of the catalogue of bad inputs and faults, and the run over all of them ("N tried, N handled"). */
import { csvCases } from "./cases/csv";
import { handoutCases } from "./cases/handouts";
import { killCases } from "./cases/kills";
import { meetingCases } from "./cases/meeting";
import { templateCases } from "./cases/templates";
import { workbookCases } from "./cases/workbooks";
import { buildBase } from "./support/fixtures";
import { runCase, type Case, type Outcome } from "./support/harness";

export const allCases: readonly Case[] = [...csvCases, ...templateCases, ...workbookCases, ...handoutCases, ...meetingCases, ...killCases];

export function summaryLine(outcomes: readonly Outcome[]): string {
  return `${outcomes.length} tried, ${outcomes.filter((o) => o.handled).length} handled`;
}

export function caseLine(o: Outcome): string {
  const head = `${o.handled ? "ok  " : "FAIL"} ${o.name} (exit ${o.exits.join("/")}, ${o.ms} ms)`;
  return o.handled ? head : [head, ...o.problems.map((p) => `       ${p}`)].join("\n");
}

/** Runs the cases one after another (they share the machine with other work), reporting each as it ends. */
export async function runCatalogue(cases: readonly Case[] = allCases, onCase: (o: Outcome) => void = () => {}): Promise<Outcome[]> {
  const base = await buildBase();
  const outcomes: Outcome[] = [];
  for (const c of cases) {
    const o = await runCase(base, c);
    outcomes.push(o);
    onCase(o);
  }
  return outcomes;
}
