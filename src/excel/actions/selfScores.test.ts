import { compareVersions, EXCEL_API_MEMBERS, MANIFEST_EXCEL_API } from "../fake/requirements";
import { actionsHost, contents, insertRequest, UNITS } from "../../../test/support/excel-fake/actionsKit";
import { planMerge } from "../../domain/merge/planMerge";
import { templateHash } from "../../domain/merge/templateHash";
import type { HandoutRow, MergeChange, MergeLogRecord, ParsedHandout } from "../../domain/merge/types";
import type { RawValue } from "../../domain/scoring/entryValue";
import { walk } from "../../domain/template/tree";
import { identityKey } from "../../domain/text/normalize";
import { MERGE_LOG_SHEET } from "../../workbook/handout/mergeLog";
import { SHEET } from "../../workbook/names";

async function inserted(excelApi?: string) {
  const host = actionsHost(excelApi);
  await host.actions.insert(insertRequest());
  return host;
}

const T = insertRequest().template;
const leaves = T.leaves.filter((l) => l.kind !== "bonus" && l.kind !== "penalty" && typeof l.max === "number");

/** A change as planMerge makes it (unit u, leaf code → the cell the workbook says). */
function change(unitIndex: number, code: string, cell: string, value: string | number | boolean, sheet: string = SHEET.entry, old: RawValue = null): MergeChange {
  return { unit: UNITS[unitIndex]!, unitIndex, criterion: code, leafIndex: 0, where: { sheet, cell }, old, value, source: { sheet: "Tự chấm", cell: "F6" }, overwrite: old !== null };
}

const logRecord = (over: Partial<MergeLogRecord> = {}): MergeLogRecord => ({
  at: "2026-03-01T08:00:00.000Z", fileId: "5d0c1b1e-0000-4000-8000-000000000001", unit: UNITS[0]!, file: "Tự chấm - 01 - Hà Giang.xlsx", valuesHash: "abc123", cells: 2, ...over,
});

function handout(unit: string, values: Record<string, number>): ParsedHandout {
  const rows: HandoutRow[] = [...walk(T.criteria)].map((c, i) => ({ row: 6 + i, code: c.code, title: c.title, max: c.max, self: values[c.code] ?? null, note: "", selfCell: `F${6 + i}` }));
  return {
    file: `${unit}.xlsx`, sheet: "Tự chấm", firstRow: 6, rows,
    meta: { format: "thidua-handout", formatVersion: 1, templateId: T.id, templateVersion: T.version, templateHash: templateHash(T), clusterName: insertRequest().cluster, period: "2025", unitName: unit, unitKey: identityKey(unit), fileId: `id-${unit}`, generatedAt: "t" },
  };
}

describe("readMergeCluster", () => {
  it("reads the cluster and the (empty) merge log, writes nothing, and gives each unit's Tự chấm cell", async () => {
    const { fake, actions } = await inserted();
    const a = leaves[0]!;
    const cluster0 = await actions.readMergeCluster();
    const cell = cluster0.selfCell(0, a.code);
    fake.state.sheet(SHEET.entry)!.type(cell.cell!, 7);
    const before = contents(fake.state);
    const cluster = await actions.readMergeCluster();
    expect(contents(fake.state)).toEqual(before);
    expect(cluster).toMatchObject({ clusterName: insertRequest().cluster, period: "2025", units: UNITS, log: [] });
    expect(cluster.template.id).toBe(T.id);
    expect(cell.sheet).toBe(SHEET.entry);
    expect(cluster.selfCell(1, a.code).cell).not.toBe(cell.cell);
    expect(cluster.entries).toContainEqual(expect.objectContaining({ unit: UNITS[0], criterion: a.code, self: 7 }));
  });

  it("reads in ONE sync once the workbook has a merge log, and returns its records", async () => {
    const { fake, actions } = await inserted();
    const a = leaves[0]!;
    const { selfCell } = await actions.readMergeCluster();
    await actions.applySelfScores([change(0, a.code, selfCell(0, a.code).cell!, 8)], [logRecord()]);
    const syncs = fake.syncCount;
    const cluster = await actions.readMergeCluster();
    expect(fake.syncCount - syncs).toBe(1);
    expect(cluster.log).toEqual([logRecord()]);
  });

  it("says the workbook is not a ThiDua workbook; applySelfScores too, writing nothing", async () => {
    const { fake, actions } = actionsHost();
    await expect(actions.readMergeCluster()).rejects.toMatchObject({ kind: "notThiDua", userMessage: { id: "actions.error.notThiDua" } });
    const before = contents(fake.state);
    await expect(actions.applySelfScores([change(0, "I.1", "D4", 5)], [logRecord()])).rejects.toMatchObject({ kind: "notThiDua" });
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheet(MERGE_LOG_SHEET)).toBeUndefined();
  });
});

describe("applySelfScores", () => {
  it("writes the Tự chấm cells and a new hidden, protected merge log; undo restores everything", async () => {
    const { fake, actions } = await inserted();
    const [a, b] = [leaves[0]!, leaves[1]!];
    const { selfCell } = await actions.readMergeCluster();
    const entry = fake.state.sheet(SHEET.entry)!;
    const cellA = selfCell(0, a.code).cell!;
    const cellB = selfCell(2, b.code).cell!;
    entry.type(cellA, 3);
    const before = contents(fake.state);

    const syncs = fake.syncCount;
    const r = await actions.applySelfScores([change(0, a.code, cellA, 9.5, SHEET.entry, 3), change(2, b.code, cellB, "Đạt")], [logRecord()]);
    // read (no merge log yet: readBook's fallback lists the sheets and reads again), unprotect, write
    expect(fake.syncCount - syncs).toBe(5);
    expect(r).toMatchObject({ cellsWritten: 2 + 6, undoable: true, summary: { id: "actions.selfScores.done", params: { count: 2, files: 1 } } });
    expect(entry.valueAt(cellA)).toBe(9.5);
    expect(entry.valueAt(cellB)).toBe("Đạt");
    expect(entry.protected).toBe(true);
    const log = fake.state.sheet(MERGE_LOG_SHEET)!;
    expect(log).toMatchObject({ visibility: "Hidden", protected: true });
    expect(["A1", "B1", "C1", "D1", "E1", "F1"].map((c) => log.valueAt(c))).toEqual(["at", "fileId", "unit", "file", "valuesHash", "cells"]);
    expect(["A2", "B2", "C2", "D2", "E2", "F2"].map((c) => log.valueAt(c))).toEqual(Object.values(logRecord()));
    expect(await actions.lastUndo()).toMatchObject({ label: { id: "actions.undo.label.selfScores", params: { count: 2 } } });

    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheet(MERGE_LOG_SHEET)).toBeUndefined();
  });

  it("appends to an existing log below the last row; undo clears only the appended rows", async () => {
    const { fake, actions } = await inserted();
    const a = leaves[0]!;
    const { selfCell } = await actions.readMergeCluster();
    const cell = selfCell(1, a.code).cell!;
    await actions.applySelfScores([change(1, a.code, cell, 4)], [logRecord({ fileId: "first" })]);
    const before = contents(fake.state);
    const syncs = fake.syncCount;
    await actions.applySelfScores([change(1, a.code, cell, 6, SHEET.entry, 4)], [logRecord({ fileId: "second" }), logRecord({ fileId: "third", unit: UNITS[2]! })]);
    expect(fake.syncCount - syncs).toBe(3); // read, unprotect (Chấm điểm and the log), write
    expect(fake.state.sheet(SHEET.entry)!.valueAt(cell)).toBe(6);
    expect((await actions.readMergeCluster()).log.map((l) => l.fileId)).toEqual(["first", "second", "third"]);
    await actions.undoLast();
    expect(contents(fake.state)).toEqual(before);
    expect((await actions.readMergeCluster()).log.map((l) => l.fileId)).toEqual(["first"]);
  });

  it.each([
    ["another sheet", (c: string) => change(0, "X", c, 5, SHEET.points), "actions.error.selfScoreSheet"],
    ["the Cụm chấm column", (c: string) => change(0, "X", c.replace(/^D/, "E"), 5), "actions.error.selfScoreColumn"],
    ["a row that is no leaf criterion", () => change(0, "X", "D2", 5), "actions.error.selfScoreRow"],
    ["another unit's cell", (c: string) => change(1, "X", c, 5), "actions.error.selfScoreMoved"],
    ["a bad address", () => change(0, "X", "D", 5), "actions.error.badCell"],
  ])("rejects %s before writing anything (not even the valid changes or the log)", async (_what, bad, id) => {
    const { fake, actions } = await inserted();
    const a = leaves[0]!;
    const { selfCell } = await actions.readMergeCluster();
    const good = selfCell(0, a.code).cell!;
    expect(good).toMatch(/^D\d+$/);
    const wrong = bad(good);
    const fixed = wrong.criterion === "X" ? { ...wrong, criterion: a.code } : wrong;
    const before = contents(fake.state);
    const err = await actions.applySelfScores([change(0, a.code, good, 5), fixed], [logRecord()]).catch((e: unknown) => e);
    expect(err).toMatchObject({ kind: "invalid", userMessage: { id } });
    if (id !== "actions.error.badCell") expect(err).toMatchObject({ userMessage: { params: { cell: fixed.where.cell } } });
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheet(MERGE_LOG_SHEET)).toBeUndefined();
    expect(await actions.lastUndo()).toMatchObject({ label: { id: "actions.undo.label.insert" } });
  });

  it("stops kindly on a Chấm điểm protected with a password; nothing changes", async () => {
    const { fake, actions } = await inserted();
    const a = leaves[0]!;
    const { selfCell } = await actions.readMergeCluster();
    fake.state.sheet(SHEET.entry)!.protectOptions = { password: "x" };
    const before = contents(fake.state);
    await expect(actions.applySelfScores([change(0, a.code, selfCell(0, a.code).cell!, 5)], [logRecord()])).rejects.toMatchObject({ kind: "protected", userMessage: { params: { sheet: SHEET.entry } } });
    expect(contents(fake.state)).toEqual(before);
  });

  it("with planMerge: a unit's file is merged, then seen as already merged (the log is read back); only ExcelApi ≤ 1.8 is used", async () => {
    const { fake, actions } = await inserted("1.8");
    const [a, b] = [leaves[0]!, leaves[1]!];
    const file = handout("Tuyên Quang", { [a.code]: 1, [b.code]: 0 });
    const plan = planMerge(await actions.readMergeCluster(), [file], { now: "2026-03-01T09:00:00.000Z" });
    expect(plan.files[0]).toMatchObject({ status: "merge", changes: 2 });
    await actions.applySelfScores(plan.changes, plan.log);
    for (const c of plan.changes) expect(fake.state.sheet(SHEET.entry)!.valueAt(c.where.cell!)).toBe(c.value);
    const again = planMerge(await actions.readMergeCluster(), [file], { now: "2026-03-02T09:00:00.000Z" });
    expect(again.files[0]).toMatchObject({ status: "alreadyMerged", changes: 0 });
    expect(fake.calls.filter((m) => compareVersions(EXCEL_API_MEMBERS[m], MANIFEST_EXCEL_API) > 0)).toEqual([]);
  });

  it.each(["=SUM(1;2).xlsx", "+84 Tuyên Quang.xlsx", "@Tuyên Quang.xlsx", "-1.xlsx"])(
    "writes the log as text, never as a formula (fileId \"=1+1\", file %s), as the CLI does; the same file is then already merged",
    async (fileName) => {
      const { fake, actions } = await inserted();
      const [a, b] = [leaves[0]!, leaves[1]!];
      const h = handout("Tuyên Quang", { [a.code]: 1, [b.code]: 0 });
      const file: ParsedHandout = { ...h, file: fileName, meta: { ...h.meta, fileId: "=1+1" } };
      const plan = planMerge(await actions.readMergeCluster(), [file], { now: "2026-03-01T09:00:00.000Z" });
      expect(plan.files[0]).toMatchObject({ status: "merge", changes: 2 });
      await actions.applySelfScores(plan.changes, plan.log);
      const log = fake.state.sheet(MERGE_LOG_SHEET)!;
      expect(log.valueAt("B2")).toBe("=1+1");
      expect(log.valueAt("D2")).toBe(fileName);
      for (const c of ["A2", "B2", "C2", "D2", "E2", "F2"]) expect(log.formulaAt(c)).toBe(log.valueAt(c)); // no formula anywhere
      expect((await actions.readMergeCluster()).log).toEqual(plan.log);
      const again = planMerge(await actions.readMergeCluster(), [file], { now: "2026-03-02T09:00:00.000Z" });
      expect(again.files[0]).toMatchObject({ status: "alreadyMerged", changes: 0 });
    },
  );

  it("writes a text score starting with \"=\" as text too", async () => {
    const { fake, actions } = await inserted();
    const a = leaves[0]!;
    const cell = (await actions.readMergeCluster()).selfCell(0, a.code).cell!;
    await actions.applySelfScores([change(0, a.code, cell, "=2+2")], []);
    const entry = fake.state.sheet(SHEET.entry)!;
    expect(entry.valueAt(cell)).toBe("=2+2");
    expect(entry.formulaAt(cell)).toBe("=2+2");
    expect((await actions.readMergeCluster()).entries).toContainEqual(expect.objectContaining({ unit: UNITS[0], criterion: a.code, self: "=2+2" }));
  });

  it("writes nothing when a target cell was changed after the preview, and names it with both values", async () => {
    const { fake, actions } = await inserted();
    const [a, b] = [leaves[0]!, leaves[1]!];
    const cluster = await actions.readMergeCluster();
    const entry = fake.state.sheet(SHEET.entry)!;
    const cellB = cluster.selfCell(0, b.code).cell!;
    entry.type(cellB, 2);
    const plan = planMerge(await actions.readMergeCluster(), [handout(UNITS[0]!, { [a.code]: 1, [b.code]: 0 })], { now: "2026-03-01T09:00:00.000Z" });
    expect(plan.changes.map((c) => [c.where.cell, c.old])).toEqual([[cluster.selfCell(0, a.code).cell, null], [cellB, 2]]);
    const cellA = plan.changes[0]!.where.cell!;
    entry.type(cellA, 7); // typed between the preview and the write
    entry.type(cellB, ""); // cleared
    const before = contents(fake.state);
    const syncs = fake.syncCount;
    const err = await actions.applySelfScores(plan.changes, plan.log).catch((e: unknown) => e);
    expect(err).toMatchObject({
      kind: "invalid",
      userMessage: { id: "actions.error.selfScoreChanged", params: { sheet: SHEET.entry, cell: cellA, unit: UNITS[0], criterion: a.code, now: 7, shown: { id: "handout.pane.empty" }, count: 2 } },
    });
    expect(fake.syncCount - syncs).toBe(3); // the read only (no merge log yet: readBook's fallback), no unprotect, no write
    expect(contents(fake.state)).toEqual(before);
    expect(fake.state.sheet(MERGE_LOG_SHEET)).toBeUndefined();
    expect(await actions.lastUndo()).toMatchObject({ label: { id: "actions.undo.label.insert" } });

    // Back to what the preview showed: the write goes through.
    entry.type(cellA, "");
    entry.type(cellB, 2);
    await actions.applySelfScores(plan.changes, plan.log);
    expect([entry.valueAt(cellA), entry.valueAt(cellB)]).toEqual([1, 0]);
  });

  it("writes nothing for an empty plan", async () => {
    const { fake, actions } = await inserted();
    const syncs = fake.syncCount;
    expect(await actions.applySelfScores([], [])).toMatchObject({ cellsWritten: 0, undoable: false, summary: { id: "actions.selfScores.none" } });
    expect(fake.syncCount).toBe(syncs);
  });
});
