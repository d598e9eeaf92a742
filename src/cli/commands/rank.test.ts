/**
 * `rank` on the fixtures in test/fixtures/cli. Every expected number was worked out by hand from
 * the template rules (blank-100: I 60, II 25, III 15; II.2/III.1 Đạt = 10/5; III.2 = 10 − 0,5 × late
 * reports; C.1 = 1 per mention; T.1 = 3 per criticism; T.2 level; bands ≥ 90 Xuất sắc, 80–<90 Tốt,
 * 65–<80 Khá; Cờ: 1, ≥ 95, Xuất sắc; Bằng khen: 2, Xuất sắc; tie-break I, then fewer deductions,
 * then bonus), never copied from the program's output.
 */
import { memoryIo, rankingRows } from "../memoryIo";
import { rankCommand } from "./rank";

const F = "test/fixtures/cli";

function run(...argv: string[]) {
  const io = memoryIo();
  const code = rankCommand(argv, io);
  return { code, out: io.out(), err: io.err() };
}

// Rank | Unit | Self | Cluster (criteria) | Bonus | Deductions | Total | Band | Eligible | Award
const CCB_FIVE = [
  // Hà Giang: I 19,5+19+19,75 = 58,25; II 14,5+10 = 24,5; III 5+10 = 15 → 97,75; bonus 1 + 0,5; total 99,25.
  // Self: I.1 20 instead of 19,5 → 99,75.
  ["1", "Hà Giang", "99,75", "97,75", "1,5", "0", "99,25", "Xuất sắc", "Có", "Cờ thi đua"],
  // Tuyên Quang: I 18+18,5+17,75 = 54,25; II 13+10; III 5+(10−1) → 91,25; bonus 1 → 92,25. Self: I.2 +1, C.2 +0,5 → 93,75.
  ["2", "Tuyên Quang", "93,75", "91,25", "1", "0", "92,25", "Xuất sắc", "Có", "Bằng khen"],
  // Vĩnh Phúc: I 52,5; II 24; III 5+9,5 → 91; bonus 2 (C.1 × 2); deduction 2 (T.2 khiển trách) → 91.
  ["3", "Vĩnh Phúc", "91", "91", "2", "2", "91", "Xuất sắc", "Có", "Bằng khen"],
  // Yên Bái: I 47,75; II 22; III 5+8,5 → 83,25; deduction 3 (T.1 × 1) → 80,25 (Tốt). Self: II.1 +1,5 → 81,75.
  ["4", "Yên Bái", "81,75", "83,25", "0", "3", "80,25", "Tốt", "Có", ""],
  // Phú Thọ: I 43,25; II 11+0 (Không đạt); III 5+8 → 67,25; bonus 0,25 → 67,5 (Khá); DK.1 Không đạt → not eligible.
  // Self: I.1 +1 → 68,5.
  ["5", "Phú Thọ", "68,5", "67,25", "0,25", "0", "67,5", "Khá", "Không", ""],
];

describe("rank: blank-100, veterans' cluster of five provinces", () => {
  it("prints the ranking, awards and the failed gate; warnings only → exit 0", () => {
    const r = run("--template", "blank-100", "--scores", `${F}/blank-100-ccb.csv`);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(rankingRows(r.out)).toEqual(CCB_FIVE);
    expect(r.out).toContain("Hạng | Đơn vị      | Tự chấm | Cụm chấm | Cộng | Trừ | Tổng  | Xếp loại | Đủ ĐK | Khen thưởng");
    expect(r.out).toContain("Cảnh báo (1):\n  test/fixtures/cli/blank-100-ccb.csv:61:4 Phú Thọ DK.1: Không đạt tiêu chí điều kiện DK.1");
    expect(r.out).toContain("  - Hà Giang: Đề nghị Cờ thi đua (hạng 1).\n  - Tuyên Quang: Đề nghị Bằng khen (hạng 2).\n  - Vĩnh Phúc: Đề nghị Bằng khen (hạng 3).");
    expect(r.out).toContain("Không đủ điều kiện:\n  - Phú Thọ: Không đủ điều kiện khen thưởng: không đạt điều kiện DK.1.");
    expect(r.out).not.toContain("Phân định");
  });

  it("reads the semicolon / decimal-comma / BOM / CRLF variant to the same result", () => {
    const r = run("-t", "blank-100", "-s", `${F}/blank-100-ccb-semicolon-bom.csv`);
    expect(r.code).toBe(0);
    expect(rankingRows(r.out)).toEqual(CCB_FIVE);
  });

  it("speaks English with --lang en, with decimal points", () => {
    const r = run("-t", "blank-100", "-s", `${F}/blank-100-ccb.csv`, "--lang", "en");
    expect(r.out).toContain("Rank | Unit        | Self  | Cluster | Bonus | Deduct. | Total | Band     | Eligible | Award");
    expect(rankingRows(r.out)[0]).toEqual(["1", "Hà Giang", "99.75", "97.75", "1.5", "0", "99.25", "Xuất sắc", "Yes", "Cờ thi đua"]);
    expect(r.out).toContain("Phú Thọ: Not eligible for awards: failed gate DK.1.");
  });

  it("prints JSON with numbers and both languages", () => {
    const r = run("-t", "blank-100", "-s", `${F}/blank-100-ccb.csv`, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.ok).toBe(true);
    expect(json.counts).toEqual({ error: 0, warning: 1, info: 0 });
    expect(json.ranking.map((u: { unit: string; rank: number; total: number; band: string }) => [u.rank, u.unit, u.total, u.band])).toEqual([
      [1, "Hà Giang", 99.25, "Xuất sắc"],
      [2, "Tuyên Quang", 92.25, "Xuất sắc"],
      [3, "Vĩnh Phúc", 91, "Xuất sắc"],
      [4, "Yên Bái", 80.25, "Tốt"],
      [5, "Phú Thọ", 67.5, "Khá"],
    ]);
    expect(json.ranking[0].award).toEqual({ status: "proposed", id: "co-thi-dua", title: "Cờ thi đua" });
    expect(json.ranking[4].eligible).toBe(false);
    expect(json.findings[0].message.en).toContain("Gate DK.1");
  });
});

describe("rank: ties", () => {
  it("breaks a tie on the chain, shares a rank when all keys are equal and asks for a vote", () => {
    // Cluster column empty everywhere → the self scores count.
    // Hà Giang: I 56, II 23, III 15 → 94. Tuyên Quang: I 54, II 23,5, III 14,5, bonus 0,5 → 92,5.
    // Vĩnh Phúc: I 54, II 24,5, III 13,5, bonus 0,5 → 92,5: equal on I, deductions (0), bonus (0,5) → shared rank 2.
    // Yên Bái: I 48, II 22, III 15 → 85. Phú Thọ: I 48, II 25, III 15 = 88, T.1 × 1 → −3 → 85:
    // equal on I, Yên Bái has fewer deductions (0 vs 3) → 4 and 5.
    // No one reaches 95 → no Cờ; Bằng khen (2): Hà Giang, then 1 place for two units sharing rank 2 → vote.
    const r = run("-t", "blank-100", "-s", `${F}/blank-100-tie.csv`);
    expect(r.code).toBe(0);
    expect(rankingRows(r.out)).toEqual([
      ["1", "Hà Giang", "94", "94", "0", "0", "94", "Xuất sắc", "Có", "Bằng khen"],
      ["2", "Tuyên Quang", "92,5", "92", "0,5", "0", "92,5", "Xuất sắc", "Có", "Bình xét: Bằng khen (1 suất)"],
      ["2", "Vĩnh Phúc", "92,5", "92", "0,5", "0", "92,5", "Xuất sắc", "Có", "Bình xét: Bằng khen (1 suất)"],
      ["4", "Yên Bái", "85", "85", "0", "0", "85", "Tốt", "Có", ""],
      ["5", "Phú Thọ", "85", "88", "0", "3", "85", "Tốt", "Có", ""],
    ]);
    expect(r.out).toContain("Không có lỗi hay cảnh báo.");
    expect(r.out).toContain("  - Yên Bái: Bằng 85 điểm với Phú Thọ; xếp trên Phú Thọ nhờ điểm trừ ít hơn (0 so với 3).");
    expect(r.out).toContain("  - Tuyên Quang: Bằng 92,5 điểm với Vĩnh Phúc, các tiêu chí phân định cũng bằng nhau: đồng hạng 2.");
    expect(r.out).toContain("  - Cần bình xét: Tuyên Quang, Vĩnh Phúc đồng hạng 2 tranh 1 suất Bằng khen.");
  });
});

describe("rank: scores with errors", () => {
  const file = `${F}/blank-100-ccb-errors.csv`;
  it("lists each error with file:line:column and its fix, prints the table anyway, exit 1", () => {
    const r = run("-t", "blank-100", "-s", file, "--units", `${F}/units-ccb.txt`);
    expect(r.code).toBe(1);
    expect(r.out).toContain("Lỗi (4):");
    expect(r.out).toContain(`${file}:2:4 Hà Giang I.1 (cụm chấm): Điểm 120 vượt điểm tối đa 20. Nhập từ 0 đến 20.\n      → Cách sửa: Nhập 20`);
    expect(r.out).toContain(`${file}:17:4 Tuyên Quang II.1 (cụm chấm): "1.000" không rõ là 1 hay 1000.`);
    expect(r.out).toContain(`${file}:27:4 Vĩnh Phúc I.2 (cụm chấm): "mười bảy" không phải là số.`);
    expect(r.out).toContain(`${file}:46:1 Yen Bai: Đơn vị "Yen Bai" không có trong danh sách đơn vị của cụm.`);
    // Yên Bái left bonus item C.2 empty: an empty bonus counts 0 and is not a missing score.
    expect(r.out).toContain("Cảnh báo (1):\n  test/fixtures/cli/blank-100-ccb-errors.csv:61:4 Phú Thọ DK.1:");
    expect(r.out).not.toContain("Yên Bái C.2");
    // 120 is an error but the domain counts it capped at the maximum 20: Hà Giang I 20+19+19,75 → 98,25 + 1,5 = 99,75.
    // Tuyên Quang II.1 "1.000" counts 0: 54,25 + 10 + 14 = 78,25 + 1 = 79,25 (Khá).
    // Vĩnh Phúc I.2 text counts 0: 35,5 + 24 + 14,5 = 74 + 2 − 2 = 74 (Khá). Yên Bái's C.2 line is lost (was 0): 80,25.
    expect(rankingRows(r.out)).toEqual([
      ["1", "Hà Giang", "99,75", "98,25", "1,5", "0", "99,75", "Xuất sắc", "Có", "Cờ thi đua"],
      ["2", "Yên Bái", "81,75", "83,25", "0", "3", "80,25", "Tốt", "Có", ""],
      ["3", "Tuyên Quang", "93,75", "78,25", "1", "0", "79,25", "Khá", "Có", ""],
      ["4", "Vĩnh Phúc", "91", "74", "2", "2", "74", "Khá", "Có", ""],
      ["5", "Phú Thọ", "68,5", "67,25", "0,25", "0", "67,5", "Khá", "Không", ""],
    ]);
    expect(r.out).toContain("Bảng điểm có 4 lỗi: kết quả trên chỉ để tham khảo cho đến khi sửa xong (mã thoát 1).");
  });

  it("without --units the misspelt unit becomes a sixth unit with missing scores", () => {
    const r = run("-t", "blank-100", "-s", file, "--json");
    const json = JSON.parse(r.out);
    expect(json.ranking).toHaveLength(6);
    expect(json.findings.filter((f: { code: string }) => f.code === "entry.unknownUnit")).toEqual([]);
    expect(r.code).toBe(1);
  });

  it("locates findings in JSON too", () => {
    const json = JSON.parse(run("-t", "blank-100", "-s", file, "-u", `${F}/units-ccb.txt`, "--json").out);
    expect(json.ok).toBe(false);
    expect(json.findings[0]).toMatchObject({
      severity: "error", code: "entry.aboveMax", unit: "Hà Giang", criterion: "I.1", column: "cluster",
      where: { file, line: 2, column: 4 }, location: `${file}:2:4`, fix: { value: 20 },
    });
  });
});

describe("rank: a unit list that does not match the scores", () => {
  it("prints each unknown unit once with its other lines, and gathers a unit's missing scores", () => {
    const r = run("-t", "blank-100", "-s", `${F}/blank-100-ccb.csv`, "-u", `${F}/units-partial.csv`);
    expect(r.code).toBe(1);
    // 12 lines each for Tuyên Quang (14–25), Vĩnh Phúc (26–37), Phú Thọ (50–61).
    expect(r.out).toContain("Lỗi (36):");
    expect(r.out).toContain(`  ${F}/blank-100-ccb.csv:14:1 Tuyên Quang: Đơn vị "Tuyên Quang" không có trong danh sách đơn vị của cụm.`);
    expect(r.out).toContain("      (cũng ở các dòng 15–25)\n");
    expect(r.out).toContain("      (cũng ở các dòng 51–61)\n");
    expect(r.out).toContain("Cảnh báo (8):\n  Lào Cai: Chưa chấm 8 tiêu chí: I.1, I.2, I.3, II.1, II.2, III.1, III.2, DK.1\n");
    // Lào Cai has nothing: 0 → Yếu (0–<50); its empty gate is not failed but nobody decided it: awaiting a decision.
    expect(rankingRows(r.out)).toEqual([
      ["1", "Hà Giang", "99,75", "97,75", "1,5", "0", "99,25", "Xuất sắc", "Có", "Cờ thi đua"],
      ["2", "Yên Bái", "81,75", "83,25", "0", "3", "80,25", "Tốt", "Có", ""],
      ["3", "Lào Cai", "0", "0", "0", "0", "0", "Yếu", "Chờ xác nhận", "Chờ xác nhận điều kiện"],
    ]);
    expect(r.out).toContain("  - Lào Cai: Chờ xác nhận điều kiện DK.1: chưa đề nghị khen thưởng cho đến khi nhập Đạt hoặc Không đạt.\n");
  });
});

describe("rank: a real standard template (ccb-cum-3-thang-90)", () => {
  it("ranks the Cụm 3 veterans' associations with their published scores", () => {
    // Hòa Bình: I 10+10, II 9,5+10+5, III 8+7, IV 9,5+10, V 5+5 = 20+24,5+15+19,5+10 = 89.
    // Hòa Hưng: 19,25 + 24,5 + 14,5 + 20 + 10 = 88,25 (one line spells it "Hoà Hưng": same unit).
    // Tân Lâm: 19 + 24,25 + 15 + 20 + (5 + 5 − 4 × 0,25) = 87,25. Bàu Lâm: 19,25 + 24 + 14,25 + 19,5 + 10 = 87.
    // 81–90 → TSVM xuất sắc. Self: Hòa Bình II.1 +0,5, Hòa Hưng III.1 +0,5, Tân Lâm V.2 2 late reports (+0,5).
    const r = run("-t", "ccb-cum-3-thang-90", "-s", `${F}/ccb-cum-3.csv`);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Không có lỗi hay cảnh báo.");
    expect(rankingRows(r.out)).toEqual([
      ["1", "Hòa Bình", "89,5", "89", "0", "0", "89", "TSVM xuất sắc", "Có", ""],
      ["2", "Hòa Hưng", "88,75", "88,25", "0", "0", "88,25", "TSVM xuất sắc", "Có", ""],
      ["3", "Tân Lâm", "87,75", "87,25", "0", "0", "87,25", "TSVM xuất sắc", "Có", ""],
      ["4", "Bàu Lâm", "87", "87", "0", "0", "87", "TSVM xuất sắc", "Có", ""],
    ]);
    expect(r.out).not.toContain("Đề nghị khen thưởng");
  });
});

describe("rank: bad input", () => {
  it.each([
    [["-s", `${F}/blank-100-ccb.csv`], 2, "Thiếu tuỳ chọn --template."],
    [["-t", "blank-100"], 2, "Thiếu tuỳ chọn --scores."],
    [["-t", "blank-100", "-s", "nope.csv"], 2, "nope.csv: không tìm thấy tệp (thư mục hiện tại:"],
    [["-t", "no-such-template", "-s", `${F}/blank-100-ccb.csv`], 2, 'Không có mẫu chuẩn "no-such-template". Các mẫu: '],
    [["-t", "blank-100", "-s", `${F}/blank-100-ccb.csv`, "--frob"], 2, "Lệnh rank không có tuỳ chọn --frob."],
    [["-t", "blank-100", "-s", `${F}/blank-100-ccb.csv`, "-u", "none.txt"], 2, "none.txt: không tìm thấy tệp (thư mục hiện tại:"],
    [["-t", "blank-100", "-s", `${F}/bad-missing-column.csv`], 1, `${F}/bad-missing-column.csv:1:2: thiếu cột tiêu chí`],
    [["-t", "blank-100", "-s", `${F}/bad-decimal-comma.csv`], 1, `${F}/bad-decimal-comma.csv:3:5: dòng có 6 ô nhưng dòng tiêu đề có 4 cột.`],
    [["-t", "blank-100", "-s", `${F}/bad-mixed-separator.csv`], 1, `${F}/bad-mixed-separator.csv:3:2: dòng có 1 ô`],
    [["-t", "blank-100", "-s", `${F}/bad-cp1258.csv`], 1, `${F}/bad-cp1258.csv: dòng 3: tệp không phải UTF-8`],
    [["-t", "blank-100", "-s", `${F}/bad-quote.csv`], 1, `${F}/bad-quote.csv:4: lỗi cú pháp CSV (dấu ngoặc kép (") mở ở dòng này không được đóng)`],
    [["-t", "blank-100", "-s", `${F}/bad-one-column.csv`], 1, `${F}/bad-one-column.csv:1: dòng tiêu đề chỉ có một cột`],
    [["-t", `${F}/bad-template.json`, "-s", `${F}/blank-100-ccb.csv`], 1, `${F}/bad-template.json: mẫu không hợp lệ (1 lỗi):\n  tiêu chí I.2 “Tiêu chí 2”, mục Điểm tối đa (criteria[0].children[1].max): Tiêu chí I.2 chưa có điểm tối đa`],
  ])("%j → exit %i", (argv, code, message) => {
    const r = run(...argv);
    expect(r.code).toBe(code);
    expect(r.err).toContain(message);
    expect(r.out).toBe("");
  });

  it("accepts a template file and its messages in English", () => {
    const r = run("-t", "src/templates/blank-100.json", "-s", `${F}/blank-100-tie.csv`, "--lang", "en");
    expect(r.code).toBe(0);
    expect(rankingRows(r.out).map((row) => row[1])).toEqual(["Hà Giang", "Tuyên Quang", "Vĩnh Phúc", "Yên Bái", "Phú Thọ"]);
    expect(run("-t", "blank-100", "-s", "nope.csv", "--lang", "en").err).toBe("nope.csv: file not found (current folder: " + memoryIo().cwd + '). Check the name and the path; put a name with spaces in double quotes, e.g. "Tự chấm/Hà Giang.xlsx".\n');
  });

  it("prints its help", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Cách dùng: thidua rank --template");
    expect(r.out).toContain("Mã thoát: 0 = không có lỗi");
  });
});
