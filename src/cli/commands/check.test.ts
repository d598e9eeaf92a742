import { memoryIo } from "../memoryIo";
import { checkCommand } from "./check";

const F = "test/fixtures/cli";

function run(...argv: string[]) {
  const io = memoryIo();
  const code = checkCommand(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("check", () => {
  it("accepts a clean standard template: exit 0", () => {
    const r = run("blank-100");
    expect(r.code).toBe(0);
    expect(r.out).toBe("Mẫu blank-100 – Mẫu trống thang 100 điểm: 12 tiêu chí, thang 100 điểm. 0 lỗi, 0 cảnh báo.\nMẫu dùng được.\n");
  });

  it("lists warnings with their place in words and JSON paths and still exits 0", () => {
    // Group I declares 100 but its children add up to 60 + 30 = 90; bands Tốt 70–85 and Xuất sắc ≥ 90 leave
    // 85,25 (85 + step 0,25) in no band; the lowest band starts at 70; 20 % of 4 units rounds down to 0.
    const r = run(`${F}/warn-template.json`, "--units", "4");
    expect(r.code).toBe(0);
    const rows = r.out.split("\n").filter((l) => l.startsWith("Cảnh báo |")).map((l) => l.split(" | ").map((c) => c.trim()));
    expect(rows).toEqual([
      ["Cảnh báo", "tiêu chí I “Nhóm I”, mục Điểm tối đa (criteria[0].max)", "Nhóm I: tổng điểm các tiêu chí con là 90 nhưng điểm tối đa của nhóm là 100."],
      ["Cảnh báo", "xếp loại “Tốt” (bands[1])", 'Giữa mức "Tốt" (70–85) và "Xuất sắc" (≥ 90) có khoảng trống: điểm như 85,25 không thuộc mức nào. Mẫu quy định: xếp vào mức thấp hơn.'],
      ["Cảnh báo", "xếp loại “Tốt”, mục Điểm từ (bands[1].min)", "Mức xếp loại thấp nhất bắt đầu từ 70, điểm dưới 70 không được xếp loại."],
      ["Cảnh báo", "khen thưởng “Cờ thi đua”, mục Chỉ tiêu (awards[0].quota)", "Hình thức Cờ thi đua: 20% của 4 đơn vị, làm tròn xuống còn 0 – không đơn vị nào được đề nghị."],
    ]);
    expect(r.out).toContain("0 lỗi, 4 cảnh báo.");
    expect(run(`${F}/warn-template.json`).out).toContain("0 lỗi, 3 cảnh báo.");
  });

  it("fails on check errors (duplicate codes): exit 1", () => {
    const r = run(`${F}/dup-template.json`, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Error\s+\| criterion i\.1 “Tiêu chí 2”, field Code \(criteria\[0\]\.children\[1\]\.code\) \| Criterion code i\.1 is used 2 times/);
    expect(r.out).toContain("The template has errors and cannot be used: fix them.");
  });

  it("reports format errors with their JSON paths: exit 1", () => {
    const r = run(`${F}/bad-template.json`);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${F}/bad-template.json: mẫu không hợp lệ (1 lỗi):`);
    expect(r.out).toMatch(/Lỗi\s+\| tiêu chí I\.2 “Tiêu chí 2”, mục Điểm tối đa \(criteria\[0\]\.children\[1\]\.max\) \| Tiêu chí I\.2 chưa có điểm tối đa \(max\)/);
  });

  it.each([
    [[], "Thiếu mẫu (mã mẫu chuẩn hoặc tệp .json). Ví dụ: thidua check blank-100"],
    [["blank-101"], 'Không có mẫu chuẩn "blank-101".'],
    [["missing.json"], "missing.json: không tìm thấy tệp (thư mục hiện tại:"],
    [["blank-100", "--units", "0"], '--units cần số đơn vị là số nguyên dương, không phải "0".'],
    [["blank-100", "--units", "bốn"], "không phải \"bốn\""],
    [["blank-100", "extra"], 'Không hiểu đối số "extra".'],
  ])("%j → usage error, exit 2", (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  it("reports invalid JSON", () => {
    const r = run(`${F}/blank-100-ccb.csv`, "--lang", "en");
    // A CSV is not JSON: the parse error names the file and the root path.
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/blank-100-ccb\.csv: the template is not valid \(1 error\):[\s\S]*\$\s+\| Line 1, column 1: "đơn" is not a JSON value/);
  });
});
