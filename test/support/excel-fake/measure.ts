/** Shared by bench/actionsBench.ts and the web-limit tests: what an action costs on the in-memory Excel, and a scored workbook. */
import type { FakeExcel } from "../../../src/excel/fake";
import { SHEET } from "../../../src/workbook/names";

export interface ActionCost {
  readonly syncs: number;
  readonly largestRequest: number;
  readonly largestResponse: number;
}

/** Runs `f` and returns the round trips and the largest request and response (bytes) it caused on `fake`. */
export async function measure(fake: FakeExcel, f: () => Promise<unknown>): Promise<ActionCost> {
  const from = fake.batchBytes.length;
  await f();
  const max = (xs: readonly number[]) => xs.slice(from).reduce((a, b) => Math.max(a, b), 0);
  return { syncs: fake.syncCount - from, largestRequest: max(fake.batchBytes), largestResponse: max(fake.responseBytes) };
}

/** What a clerk types: a score in every input cell of Chấm điểm (both columns of every unit and criterion). */
export function typeEveryScore(fake: FakeExcel): number {
  const entry = fake.state.sheet(SHEET.entry);
  if (!entry) throw new Error("typeEveryScore: no Chấm điểm sheet");
  let n = 0;
  for (const c of entry.cells.values()) {
    if (c.locked || c.formula !== null) continue;
    c.value = 1;
    n++;
  }
  return n;
}
