/**
 * Realistic reports for the review steps, made by the real domain on the CLI demo data (blank-100,
 * Hội Cựu chiến binh 5 tỉnh): a 3-way tie at 92, a shared 3rd place that goes to a vote, and Phú Thọ
 * not eligible (gate DK.1 failed).
 */
import { DEMO } from "../../../../src/cli/commands/demo";
import { evaluateCluster, type ClusterResult } from "../../../../src/domain/cluster";
import type { EntryInput } from "../../../../src/domain/scoring/input";
import type { CellFix, FingerprintScope, RankingReport, ResultSource, ValidationReport } from "../../../../src/excel/actions/types";
import { message } from "../../../../src/messages/message";
import { loadStandardTemplate } from "../../../../src/templates";

export const ENTRY_SHEET = "Chấm điểm";

export function demoResult(edit: (entries: EntryInput[]) => EntryInput[] = (e) => e): ClusterResult {
  return evaluateCluster(loadStandardTemplate(DEMO.templateId), DEMO.units.map((name) => ({ name })), edit([...DEMO.entries]));
}

/**
 * The demo with problems: Hà Giang I.2 typed as text "18,25" at Chấm điểm!F12 (error, fix → 18.25),
 * Yên Bái I.1 left empty at Chấm điểm!G8 (warning), plus an overwritten total at Chấm điểm!H20 (restore fix).
 */
export function problemReport(): ValidationReport {
  const result = demoResult((entries) =>
    entries.map((e) => {
      if (e.unit === "Hà Giang" && e.criterion === "I.2") return { ...e, self: "18,25", where: { self: { sheet: ENTRY_SHEET, cell: "F12" } } };
      if (e.unit === "Yên Bái" && e.criterion === "I.1") return { unit: e.unit, criterion: e.criterion, where: { self: { sheet: ENTRY_SHEET, cell: "G8" } } };
      return e;
    }),
  );
  const text = result.findings.find((f) => f.code === "entry.textNumber")!;
  const fixes: CellFix[] = [
    { sheet: ENTRY_SHEET, cell: "F12", current: "18,25", value: 18.25, message: text.fix!.message, keepsValue: text.fix!.keepsValue === true },
    { sheet: ENTRY_SHEET, cell: "H20", current: 50, formula: "=SUM(H14:H19)", message: message("fix.useValue", { number: 50 }) },
  ];
  return {
    source: testSource("check"),
    findings: result.findings,
    overwritten: [{ sheet: ENTRY_SHEET, cell: "H20", formula: "=SUM(H14:H19)", found: 50 }],
    fixes,
    result,
  };
}

/** What a test result was computed from: a made-up fingerprint (tests of staleness pass their own). */
export function testSource(scope: FingerprintScope, fingerprint = "fp-shown"): ResultSource {
  return { scope, fingerprint, sheets: ["_ThiDua", "Đơn vị", ENTRY_SHEET], cluster: "Cụm thi đua Hội CCB 5 tỉnh", period: "2025" };
}

/** The demo with Phú Thọ passing its gate DK.1: the domain finds nothing at all. */
export function cleanReport(): ValidationReport {
  const result = demoResult((entries) =>
    entries.map((e) => (e.unit === "Phú Thọ" && e.criterion === "DK.1" ? { unit: e.unit, criterion: e.criterion, self: e.self } : e)),
  );
  if (result.findings.length > 0) throw new Error(`cleanReport: expected no findings, got ${result.findings.map((f) => f.code).join(", ")}`);
  return { source: testSource("check"), findings: [], overwritten: [], fixes: [], result };
}

export function rankingReport(result: ClusterResult = demoResult(), sheet = "Xếp hạng"): RankingReport {
  return {
    source: testSource("ranking"),
    result,
    sheet,
    write: { summary: message("template.other", { detail: "Xếp hạng" }), cellsWritten: 40, notices: [], undoable: true },
  };
}

/** Hà Giang and Tuyên Quang of the demo only: different totals, both eligible — no tie, no vote, nobody ineligible. */
export function twoUnitResult(): ClusterResult {
  const keep = new Set(["Hà Giang", "Tuyên Quang"]);
  return evaluateCluster(
    loadStandardTemplate(DEMO.templateId),
    DEMO.units.filter((u) => keep.has(u)).map((name) => ({ name })),
    DEMO.entries.filter((e) => keep.has(e.unit)),
  );
}

/** `count` units "Đơn vị 01"… scoring 20, 19,5, 19… on I.1 only (the rest unscored: warnings, no error). */
export function manyUnitResult(count: number): ClusterResult {
  const units = Array.from({ length: count }, (_, i) => `Đơn vị ${String(i + 1).padStart(2, "0")}`);
  return evaluateCluster(
    loadStandardTemplate(DEMO.templateId),
    units.map((name) => ({ name })),
    units.map((unit, i): EntryInput => ({ unit, criterion: "I.1", self: 20 - i / 2 })),
  );
}

/** The demo with Phú Thọ's I.1 typed as text "16,5" (an error; Phú Thọ drops to 64): the ties, the vote and the ineligible unit stay. */
export function provisionalResult(): ClusterResult {
  const result = demoResult((entries) =>
    entries.map((e) => (e.unit === "Phú Thọ" && e.criterion === "I.1" ? { ...e, self: "16,5", where: { self: { sheet: ENTRY_SHEET, cell: "H4" } } } : e)),
  );
  if (!result.findings.some((f) => f.severity === "error")) throw new Error("provisionalResult: expected an error finding");
  return result;
}
