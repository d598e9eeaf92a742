/**
 * The CLI for real: `npx tsx src/cli/main.ts …` and bin/thidua.cjs as child processes,
 * checking stdout, stderr and exit codes. Expected rankings are worked out by hand in
 * src/cli/commands/rank.test.ts (same fixtures).
 */
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const F = "test/fixtures/cli";
// LANG is deliberately English: the CLI ignores it (Vietnamese unless --lang / THIDUA_LANG).
const env = { ...process.env, LANG: "en_US.UTF-8", THIDUA_LANG: "" };

function tsx(args: string[]) {
  const r = spawnSync("npx", ["tsx", "src/cli/main.ts", ...args], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const rows = (out: string) => out.split("\n").filter((l) => /^\s*\d+ \| /.test(l)).map((l) => `${l} `.split(" | ").map((c) => c.trim()));

jest.setTimeout(120_000);

describe("thidua CLI as a process", () => {
  it("ranks the semicolon/BOM fixture: table in Vietnamese, exit 0", () => {
    const r = tsx(["rank", "--template", "blank-100", "--scores", `${F}/blank-100-ccb-semicolon-bom.csv`]);
    expect(r.code).toBe(0);
    expect(rows(r.out).map((x) => [x[0], x[1], x[6], x[7], x[9]])).toEqual([
      ["1", "Hà Giang", "99,25", "Xuất sắc", "Cờ thi đua"],
      ["2", "Tuyên Quang", "92,25", "Xuất sắc", "Bằng khen"],
      ["3", "Vĩnh Phúc", "91", "Xuất sắc", "Bằng khen"],
      ["4", "Yên Bái", "80,25", "Tốt", ""],
      ["5", "Phú Thọ", "67,5", "Khá", ""],
    ]);
  });

  it("exits 1 on error findings, naming file:line:column", () => {
    const r = tsx(["rank", "-t", "blank-100", "-s", `${F}/blank-100-ccb-errors.csv`, "-u", `${F}/units-ccb.txt`, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${F}/blank-100-ccb-errors.csv:2:4 Hà Giang I.1 (cluster): 120 is above the maximum 20. Enter 0 to 20.`);
    expect(r.out).toContain("Fix: Enter 20");
    expect(rows(r.out)).toHaveLength(5);
  });

  it("exits 1 on an unusable CSV with the message on stderr", () => {
    const r = tsx(["rank", "-t", "blank-100", "-s", `${F}/bad-decimal-comma.csv`]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(`${F}/bad-decimal-comma.csv:3:5: dòng có 6 ô nhưng dòng tiêu đề có 4 cột.`);
  });

  it("exits 2 on an unknown command, with the usage", () => {
    const r = tsx(["xep-hang"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('Không có lệnh "xep-hang"');
    expect(r.err).toContain("Cách dùng: thidua <lệnh>");
  });

  it("runs through bin/thidua.cjs from another folder, with JSON output", () => {
    const r = spawnSync(process.execPath, [join(ROOT, "bin", "thidua.cjs"), "rank", "-t", "ccb-cum-3-thang-90", "-s", join(ROOT, F, "ccb-cum-3.csv"), "--json"], {
      cwd: tmpdir(), env, encoding: "utf8", timeout: 60_000,
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.ranking.map((u: { rank: number; unit: string; total: number }) => [u.rank, u.unit, u.total])).toEqual([
      [1, "Hòa Bình", 89],
      [2, "Hòa Hưng", 88.25],
      [3, "Tân Lâm", 87.25],
      [4, "Bàu Lâm", 87],
    ]);
  });
});
