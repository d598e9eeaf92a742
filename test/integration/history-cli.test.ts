/**
 * Three years of one cluster through the CLI: 2024 and 2025 are built and scored, then each next year's workbook
 * is built with `--history` of the year before. One unit is renamed in 2025 (mapped once with --renamed, then
 * remembered on Lịch sử), one joins in 2025, one leaves after 2024. The 2026 workbook's Lịch sử holds 2025 and
 * 2024; the look-back rule "Xuất sắc 2 kỳ liền trước" gives the flag to the renamed unit and not to the newcomer.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { evaluateCluster } from "../../src/domain/cluster";
import { lookBackNotes } from "../../src/domain/history/lookBackNotes";
import { render } from "../../src/messages/message";
import { buildCommand } from "../../src/cli/commands/build";
import { rankCommand } from "../../src/cli/commands/rank";
import { memoryIo } from "../../src/cli/memoryIo";
import { loadStandardTemplate } from "../../src/templates";
import { unitInputsOf } from "../../src/workbook/readBack";
import { readClusterXlsx } from "../../src/xlsx/readClusterWorkbook";

const TH = "Công an tỉnh Thanh Hóa";
const HT = "Công an tỉnh Hà Tây";
const HB = "Công an tỉnh Hòa Bình";
const SL = "Công an tỉnh Sơn La";
const LC = "Công an tỉnh Lai Châu";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-history-cli-"));
  const base = loadStandardTemplate("blank-100").input as unknown as Record<string, unknown>;
  const awards = [
    { id: "co", title: "Cờ thi đua", quota: { count: 1 }, bands: ["Xuất sắc"], previous: { periods: 2, bands: ["Xuất sắc"] } },
    { id: "bk", title: "Bằng khen", quota: { count: 2 }, bands: ["Xuất sắc"] },
  ];
  writeFileSync(join(dir, "mau.json"), JSON.stringify({ ...base, id: "blank-100-history", awards }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Scores of blank-100: the four manual criteria at `level` of their maximum, the pass/fail ones passed (90 at level 1). */
function scoresCsv(levels: Record<string, number>): string {
  const rows = Object.entries(levels).flatMap(([unit, level]) => [
    ...[["I.1", 20], ["I.2", 20], ["I.3", 20], ["II.1", 15]].map(([c, max]) => `"${unit}",${c},${Number(max) * level},`),
    `"${unit}",II.2,Đạt,`,
    `"${unit}",III.1,Đạt,`,
    `"${unit}",DK.1,Đạt,`,
  ]);
  return ["unit,criterion,self,cluster", ...rows].join("\n");
}

async function build(year: string, levels: Record<string, number>, ...more: string[]) {
  writeFileSync(join(dir, `diem-${year}.csv`), scoresCsv(levels));
  const io = memoryIo({ cwd: dir });
  const code = await buildCommand(["--template", "mau.json", "--scores", `diem-${year}.csv`, "--cluster", "Cụm thi đua số 5", "--period", year, "--out", `so-${year}.xlsx`, ...more], io);
  return { code, out: io.out(), err: io.err() };
}

async function readYear(year: string) {
  const { read } = await readClusterXlsx(readFileSync(join(dir, `so-${year}.xlsx`)));
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  return read.value;
}

describe("a three-year history built by the CLI", () => {
  it("2024, then 2025 with a renamed unit mapped once and a unit that joins", async () => {
    expect((await build("2024", { "Công an tỉnh Thanh Hoá": 1, [HT]: 1, [SL]: 0.8 })).code).toBe(0);
    const r = await build("2025", { [TH]: 1, [HB]: 1, [LC]: 1 }, "--history", "so-2024.xlsx", "--renamed", `${HT}=${HB}`);
    expect(r.err).toBe("");
    expect(r.out).toContain(`“${HB}” kỳ 2024 là “${HT}”`);
    expect(r.out).toContain(`Kết quả kỳ 2024 của “${SL}” không khớp đơn vị nào`);
    const y = await readYear("2025");
    expect(y.history!.periods[0]).toBe("2024");
    expect(y.history!.units.map((u) => u.results[0]?.band ?? null)).toEqual(["Xuất sắc", "Xuất sắc", null]);
    expect(y.history!.units[1]!.aliases).toEqual([HT]);
  });

  it("2026 from 2025's workbook alone: 2025 and 2024 on Lịch sử, the earlier name remembered", async () => {
    const r = await build("2026", { [TH]: 0.96, [HB]: 1, [LC]: 1 }, "--history", "so-2025.xlsx");
    expect(r.err).toBe("");
    expect(r.out).toContain("Trang Lịch sử: kết quả các kỳ 2025, 2024.");
    const y = await readYear("2026");
    expect(y.history!.periods).toEqual(["2025", "2024"]);
    expect(y.history!.units.map((u) => u.results.map((p) => p?.rank ?? null))).toEqual([
      [1, 1],
      [1, 1],
      [1, null],
    ]);
    expect(y.history!.units[1]!.aliases).toEqual([HT]);
  });

  it("the look-back rule gives the flag to the renamed unit with two years at Xuất sắc, and says why not to the newcomer", async () => {
    const y = await readYear("2026");
    const res = evaluateCluster(y.meta.template, unitInputsOf(y), y.entries);
    const award = (name: string) => res.units.find((u) => u.name === name)!.award;
    expect(award(HB)).toMatchObject({ status: "proposed", awardId: "co" });
    expect(award(LC)).toMatchObject({ status: "proposed", awardId: "bk" });
    expect(award(TH)).toBeNull();
    expect(lookBackNotes(res).map((n) => `${n.unit.name}: ${render(n.note, "vi-VN")}`)).toEqual([
      `${LC}: Chưa đủ điều kiện Cờ thi đua: cần “Xuất sắc” trong 2 kỳ liền trước; 2 kỳ trước: chưa có kết quả.`,
    ]);
  });

  it("rank --history applies the look-back rule as the workbook does; without it no unit has the periods it asks for", async () => {
    const rank = async (...more: string[]) => {
      const io = memoryIo({ cwd: dir });
      const code = await rankCommand(["--template", "mau.json", "--scores", "diem-2026.csv", ...more], io);
      return { code, out: io.out(), err: io.err() };
    };
    const proposed = (out: string, award: string) => out.split("\n").filter((l) => l.includes(`Đề nghị ${award}`)).map((l) => l.trim());
    const r = await rank("--history", "so-2025.xlsx");
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toContain("Kết quả các kỳ trước dùng để xét khen thưởng nhiều kỳ: 2025, 2024.");
    expect(proposed(r.out, "Cờ thi đua")).toEqual([expect.stringContaining(HB)]);
    expect(r.out).toContain(`${LC}: Chưa đủ điều kiện Cờ thi đua: cần “Xuất sắc” trong 2 kỳ liền trước; 2 kỳ trước: chưa có kết quả.`);
    const none = await rank();
    expect(none.out).toContain("Mẫu có khen thưởng xét các kỳ trước (Cờ thi đua) nhưng chưa có kết quả các kỳ trước");
    expect(r.out).not.toContain("chưa có kết quả các kỳ trước:");
    expect(proposed(none.out, "Cờ thi đua")).toEqual([]);
    expect(none.out).toContain(`${HB}: Chưa đủ điều kiện Cờ thi đua`);
  });

  it("warns when an earlier file is of the period being built (most likely the wrong file)", async () => {
    const io = memoryIo({ cwd: dir });
    const code = await buildCommand(["--template", "mau.json", "--scores", "diem-2026.csv", "--period", "2026", "--history", "so-2026.xlsx", "--out", "so-2026-lai.xlsx"], io);
    expect(code).toBe(0);
    expect(io.out()).toContain("Kỳ 2026 của các tệp kết quả trước trùng với kỳ đang làm (--period)");
    const fine = memoryIo({ cwd: dir });
    await buildCommand(["--template", "mau.json", "--scores", "diem-2026.csv", "--period", "2026", "--history", "so-2025.xlsx", "--out", "so-2026-dung.xlsx"], fine);
    expect(fine.out()).not.toContain("trùng với kỳ đang làm");
  });

  it("refuses a --renamed without '=' or naming no unit, saying how to write it", async () => {
    const bad = await build("2027", { [TH]: 1 }, "--history", "so-2026.xlsx", "--renamed", "Hà Tây");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('cần dạng "Tên cũ=Tên mới"');
    const unknown = await build("2027", { [TH]: 1 }, "--history", "so-2026.xlsx", "--renamed", `${HT}=Công an tỉnh Hà Nam`);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("“Công an tỉnh Hà Nam” không có trong danh sách đơn vị");
  });
});
