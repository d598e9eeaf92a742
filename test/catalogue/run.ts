/**
 * The catalogue of bad inputs and faults on its own: `npx tsx test/catalogue/run.ts [filter]` prints a
 * line per case and "N tried, N handled"; exit 1 when a case is not handled. CATALOGUE_VERBOSE=1 adds
 * the output of failing cases.
 */
import { allCases, caseLine, runCatalogue, summaryLine } from "./catalogue";

const filter = process.argv[2]?.toLowerCase();
const cases = filter ? allCases.filter((c) => c.name.toLowerCase().includes(filter)) : allCases;
void runCatalogue(cases, (o) => console.log(caseLine(o))).then((outcomes) => {
  console.log(summaryLine(outcomes));
  process.exitCode = outcomes.every((o) => o.handled) ? 0 : 1;
});
