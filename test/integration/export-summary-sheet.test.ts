/**
 * The Tổng hợp sheet's live formulas (src/workbook/summarySheet.ts) give what the domain gives
 * (src/export/clusterSummary.ts): the rank-ordered table, award proposals per award rule with the quota
 * and the units put to a vote, ineligible units with the reasons. Every case is rendered with exceljs,
 * recalculated by LibreOffice in ONE soffice run, and compared. The recalculated files then go through
 * `thidua export`: their cached values agree with the domain, and the meeting typed in the Tổng hợp
 * input cells reaches the biên bản.
 * Needs soffice; THIDUA_SKIP_LIBREOFFICE=1 skips on a machine without it (docs/libreoffice-recalc.md).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/cli";
import { DEMO } from "../../src/cli/commands/demo";
import { memoryIo } from "../../src/cli/memoryIo";
import { evaluateCluster } from "../../src/domain/cluster";
import type { EntryInput } from "../../src/domain/scoring/input";
import type { Template } from "../../src/domain/template/model";
import { parseTemplate } from "../../src/domain/template/parse";
import { clusterSummary } from "../../src/export/clusterSummary";
import { loadStandardTemplate } from "../../src/templates";
import { buildPlan, SHEET } from "../../src/workbook/buildPlan";
import { fillEntries } from "../../src/workbook/fillEntries";
import { addr } from "../../src/workbook/plan";
import { summarySheetLayout } from "../../src/workbook/summarySheet";
import { renderPlanToFile } from "../../src/xlsx/renderPlan";
import { isCellError, readValues, recalculateXlsx, type WorkbookValues } from "../support/libreoffice";
import { describeLO } from "../support/libreoffice/describeLO";

jest.setTimeout(600_000);

interface Case {
  name: string;
  template: Template;
  units: string[];
  entries: EntryInput[];
  meeting?: Record<string, string | number>;
  file?: string;
}

const BASE = {
  "I.1": 20, "I.2": 20, "I.3": 20, "II.1": 15, "II.2": "Đạt", "III.1": "Đạt", "III.2": 0, "C.1": 0, "C.2": 0, "T.1": 0, "T.2": 0, "DK.1": "Đạt",
} as const;
const full = (unit: string, over: Record<string, EntryInput["self"]> = {}): EntryInput[] =>
  Object.entries({ ...BASE, DK2: "Đạt", ...over }).map(([criterion, self]) => ({ unit, criterion, self }));

/** blank-100 with a second gate (DK.2), ranked by % of own maximum, three award rules. */
const TWO_GATES = (() => {
  const base = loadStandardTemplate("blank-100").input as unknown as { criteria: { code: string; children?: unknown[] }[] } & Record<string, unknown>;
  const criteria = base.criteria.map((c) =>
    c.code === "DK" ? { ...c, children: [...(c.children ?? []), { code: "DK2", title: "Nộp báo cáo tổng kết", rule: "Không nộp: không xét khen thưởng." }] } : c,
  );
  const r = parseTemplate({
    ...base,
    id: "blank-100-two-gates",
    criteria,
    rankBy: "percentOfOwnMax",
    awards: [
      { id: "co", title: "Cờ thi đua", quota: { count: 1 }, minScore: 95 },
      { id: "bk", title: "Bằng khen", quota: { percent: 40, base: "eligible", rounding: "ceil" } },
      { id: "gk", title: "Giấy khen", quota: { count: 1 } },
    ],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.template;
})();

const CASES: Case[] = [
  {
    name: "demo (blank-100: tie broken, shared rank put to a vote, failed gate)",
    template: loadStandardTemplate("blank-100"),
    units: [...DEMO.units],
    entries: [...DEMO.entries],
    meeting: {
      place: "Phú Thọ",
      date: "05/01/2026",
      startTime: "8h00",
      venue: "Hội trường Hội CCB tỉnh Phú Thọ",
      chair: "Nguyễn Văn Hoà",
      secretary: "Trần Thị Thuỷ",
      attendees: "Ông A – Hà Giang\nBà B – Yên Bái",
      "votes.present": 10,
      "votes.agree": "10",
    },
  },
  {
    name: "two gates, % of own maximum, formula-like and tone-mark names",
    template: TWO_GATES,
    units: ["Hoà Bình", "=HYPERLINK(\"http://x\",\"bấm\")", "+1 Sơn La", "@SUM Lai Châu", "Thuỷ Nguyên", "Hòa An"],
    entries: [
      ...full("Hoà Bình", { "C.1": 1 }),
      ...full("=HYPERLINK(\"http://x\",\"bấm\")", { "II.1": 10.5 }),
      ...full("+1 Sơn La", { "I.2": 15, "T.1": 1 }),
      ...full("@SUM Lai Châu", { "I.2": 15, "T.1": 1 }),
      ...full("Thuỷ Nguyên", { "DK.1": "Không đạt", DK2: "Không đạt" }),
      ...full("Hòa An", { DK2: "Không đạt", "I.3": 10 }),
    ],
  },
  {
    name: "nobody eligible, nobody proposed",
    template: loadStandardTemplate("blank-100"),
    units: ["Điện Biên", "Lai Châu"],
    entries: [...full("Điện Biên", { "DK.1": "Không đạt" }), ...full("Lai Châu", { "DK.1": "Không đạt", "I.1": 5 })].filter((e) => e.criterion !== "DK2"),
  },
];

const close = (x: unknown, p: number) => (typeof x === "number" ? Number(x.toFixed(p + 6)) : x);

function expected(c: Case) {
  const result = evaluateCluster(c.template, c.units.map((name) => ({ name })), c.entries);
  expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  return clusterSummary(result, { clusterName: `Cụm ${c.name}`, period: "2025" });
}

function actual(v: WorkbookValues, c: Case) {
  const S = summarySheetLayout(c.template, c.units.length);
  const at = (col: number, row: number) => {
    const x = v.cell(SHEET.summary, addr(col, row));
    return x === undefined ? "" : x;
  };
  const p = c.template.precision;
  const cols = [S.cols.stt, S.cols.unit, S.cols.self, S.cols.scored, S.cols.bonus, S.cols.penalty, S.cols.total, ...(S.cols.percent ? [S.cols.percent] : []), S.cols.rank, S.cols.band, S.cols.award];
  return {
    cluster: at(S.valueCol, S.clusterRow),
    header: cols.map((col) => at(col, S.headerRow)),
    lines: c.units.map((_, i) => cols.map((col) => close(at(col, S.line(i + 1)), p))),
    awards: c.template.awards.map((_, j) => ({
      title: at(S.labelCol, S.awardRows[j]!.title),
      quota: at(S.valueCol + 1, S.awardRows[j]!.title),
      proposed: at(S.valueCol, S.awardRows[j]!.proposed),
      vote: at(S.valueCol, S.awardRows[j]!.vote),
    })),
    ineligible: c.units.map((_, j) => [at(S.labelCol, S.ineligibleRow(j + 1)), at(S.valueCol, S.ineligibleRow(j + 1))]),
    errors: [...(v.get(SHEET.summary) ?? new Map()).entries()].filter(([, x]) => isCellError(x)).map(([a]) => a),
  };
}

function predicted(c: Case) {
  const s = expected(c);
  const p = c.template.precision;
  const eligibleIndex = s.table[0]!.indexOf("Đủ điều kiện");
  const drop = (row: readonly (string | number)[]) => row.filter((_, i) => i !== eligibleIndex);
  const none = "Không có";
  const ineligible = c.units.map((_, j): [string, string] => {
    const u = s.ineligible[j];
    if (u) return [u.unit, u.reason];
    return [j === 0 ? none : "", ""];
  });
  return {
    cluster: `Cụm ${c.name}`,
    header: drop(s.table[0]!),
    lines: s.table.slice(1).map((row) => drop(row).map((x) => close(x, p))),
    awards: s.awards.map((a) => ({
      title: a.title,
      quota: a.quota,
      proposed: a.proposed.length ? a.proposed.join(", ") : none,
      vote: a.vote ? `${a.vote.units.join(", ")} – còn ${a.vote.slots} suất` : none,
    })),
    ineligible,
    errors: [] as string[],
  };
}

describeLO("Tổng hợp sheet recalculated by LibreOffice = the domain's summary", () => {
  let dir: string;
  const recalculated = new Map<Case, string>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "thidua-summary-"));
    for (const [i, c] of CASES.entries()) {
      const plan = buildPlan(c.template, { name: `Cụm ${c.name}`, period: "2025", units: c.units });
      const filled = fillEntries(plan, c.template, c.units, c.entries);
      expect(filled.unmatched).toEqual([]);
      c.file = join(dir, `case-${i + 1}.xlsx`);
      await renderPlanToFile(filled.plan, c.file);
      if (c.meeting) {
        // Typed into the input cells, as a secretary would.
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(c.file);
        const S = summarySheetLayout(c.template, c.units.length);
        const ws = wb.getWorksheet(SHEET.summary)!;
        for (const [field, value] of Object.entries(c.meeting)) ws.getCell(S.meetingRow(field as never), S.valueCol).value = value;
        ws.getCell(S.headRow, S.valueCol).value = "Hội CCB tỉnh Yên Bái";
        await wb.xlsx.writeFile(c.file);
      }
    }
    const out = await recalculateXlsx(CASES.map((c) => c.file!), { outDir: join(dir, "out") });
    for (const c of CASES) recalculated.set(c, out.get(c.file!)!);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const v = await readValues(recalculated.get(c)!);
    expect(actual(v, c)).toEqual(predicted(c));
  });

  it("thidua export reads the recalculated workbook: cached values agree, meeting from the Tổng hợp cells", async () => {
    const c = CASES[0]!;
    const io = memoryIo({ cwd: dir });
    const code = await runCli(["export", recalculated.get(c)!, "--docx", "bb.docx", "--csv", "th.csv"], io);
    expect({ code, err: io.err() }).toEqual({ code: 0, err: "" });
    expect(io.out()).not.toContain("chưa được tính lại");
    expect(io.out()).toContain("Thông tin cuộc họp lấy từ trang Tổng hợp.");
    const zip = await JSZip.loadAsync(readFileSync(join(dir, "bb.docx")));
    const doc = await zip.file("word/document.xml")!.async("string");
    // Typed "Hoà", "Thuỷ": the documents are in one tone-mark style, the newer by default (--tone-marks).
    for (const s of ["Phú Thọ, ngày 05 tháng 01 năm 2026", "bắt đầu lúc 08:00, ngày 05/01/2026", "Nguyễn Văn Hòa", "Trần Thị Thủy", "- Bà B – Yên Bái", "Số đại biểu có mặt: 10; tán thành: 10 (100%)", "Cụm trưởng: Hội CCB tỉnh Yên Bái."]) {
      expect({ s, found: doc.includes(s) }).toEqual({ s, found: true });
    }
  });
});
