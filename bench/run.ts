/** `npm run bench`: prints speed and size figures. Targets are printed beside them, never asserted. */
import { runDomainBench, type BenchFigure } from "./domainBench";

function print(figures: BenchFigure[]): void {
  for (const f of figures) {
    const value = Number.isInteger(f.value) ? String(f.value) : f.value.toFixed(2);
    console.log(`${f.name}: ${value} ${f.unit}${f.target ? `  (target ${f.target})` : ""}`);
  }
}

print(runDomainBench());
