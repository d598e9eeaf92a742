/** Shared set-up for the tests of src/excel/actions: a fake Excel host, the actions over it, a request. */
import { createExcelActions } from "../../../src/excel/actions";
import type { ExcelActions, InsertRequest } from "../../../src/excel/actions/types";
import { loadStandardTemplate } from "../../../src/templates";
import { FakeExcel, type FakeWorkbookState } from "../../../src/excel/fake";

export const UNITS = ["Hà Giang", "Tuyên Quang", "Vĩnh Phúc"];
export const NOW = new Date("2026-03-01T08:00:00.000Z");

export function insertRequest(over: Partial<InsertRequest> = {}): InsertRequest {
  return { template: loadStandardTemplate("blank-100"), cluster: "Cụm thi đua số 3", period: "2025", units: UNITS, ...over };
}

export function actionsHost(excelApi?: string): { fake: FakeExcel; actions: ExcelActions } {
  const fake = new FakeExcel(excelApi ? { excelApi } : {});
  fake.state.addSheet("Sheet1");
  const actions = createExcelActions(fake.run, { isSetSupported: fake.isSetSupported, now: () => NOW });
  return { fake, actions };
}

/** actionsHost after the request (the standard one by default) was inserted. */
export async function insertedHost(request: InsertRequest = insertRequest()): Promise<{ fake: FakeExcel; actions: ExcelActions }> {
  const host = actionsHost();
  await host.actions.insert(request);
  return host;
}

/** Every sheet's cells as "value" or "=formula" by address (the pane sheet left out), plus sheet order and names. */
export function contents(state: FakeWorkbookState, skip: readonly string[] = ["_ThiDuaPane"]): unknown {
  return {
    sheets: state.sheets.filter((s) => !skip.includes(s.name)).map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      cells: Object.fromEntries([...s.cells.entries()].filter(([, c]) => c.formula !== null || c.value !== "").map(([k, c]) => [k, c.formula ?? c.value])),
      charts: s.charts.map((c) => ({ name: c.name, series: c.series.map((x) => [x.values, x.categories]) })),
    })),
    names: Object.fromEntries(state.names),
  };
}
