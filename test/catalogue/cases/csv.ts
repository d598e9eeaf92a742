/** Bad score CSVs and unit lists (rank, build): what users save from Excel, other programs, or by mistake. */
import { existsSync } from "node:fs";
import type { Case, FileSpec, Mention } from "../support/harness";
import type { Base } from "../support/fixtures";

const SAVE_CSV = ["CSV UTF-8", "CSV UTF-8"] as const;
const FIX_PATH = ["Kiểm tra tên", "Check the name"] as const;

/** `thidua rank` with a bad --scores file. */
function scores(name: string, file: string, content: (b: Base) => FileSpec, fix: readonly [string, string] | null, mentions: Mention[] = []): Case {
  return { name: `scores CSV: ${name}`, files: (b) => ({ [file]: content(b) }), argv: ["rank", "-t", "blank-100", "-s", file], mentions: [file, ...mentions], fix };
}
/** `thidua build` with a bad --units file: the workbook must not be written. */
function units(name: string, file: string, content: ((b: Base) => FileSpec) | null, fix: readonly [string, string], mentions: Mention[] = []): Case {
  return {
    name: `unit list: ${name}`,
    files: (b) => (content ? { [file]: content(b) } : {}),
    argv: ["build", "-t", "blank-100", "-u", file, "-o", "so.xlsx"],
    mentions: [file, ...mentions],
    fix,
    outputs: ["so.xlsx"],
  };
}
const utf8 = (s: string) => Buffer.from(s, "utf8");
const garbage = () => Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 151 + 7) % 256));
const bigCsv = () => {
  const line = Buffer.from("Đơn vị số một trăm,I.1,19.5,19.5\n");
  return Buffer.concat(Array.from({ length: Math.ceil((21 * 1024 * 1024) / line.length) }, () => line));
};

/** 20,000 units all tied (bench/ has the 100,000 one): the ranking must come back, bounded, without running out of memory. */
const tiedUnits = (n: number) => ["đơn vị,tiêu chí,cụm chấm", ...Array.from({ length: n }, (_, i) => `Đơn vị ${i + 1},I.1,10`)].join("\n") + "\n";

export const csvCases: Case[] = [
  { name: "scores CSV: 20,000 tied units", files: () => ({ "dong-hang.csv": tiedUnits(20_000) }), argv: ["rank", "-t", "blank-100", "-s", "dong-hang.csv"], exits: [0, 1], mentions: ["dong-hang.csv", "20"], fix: null },
  { name: "scores CSV: not found", files: () => ({}), argv: ["rank", "-t", "blank-100", "-s", "khong-co.csv"], mentions: ["khong-co.csv"], fix: FIX_PATH },
  { name: "scores CSV: missing, path with spaces and Vietnamese letters", files: () => ({ "Điểm thi đua/khác.csv": "x" }), argv: ["rank", "-t", "blank-100", "-s", "Điểm thi đua/Hà Giang.csv"], mentions: ["Điểm thi đua/Hà Giang.csv"], fix: FIX_PATH },
  { name: "scores CSV: a folder", files: () => ({ "diem.csv": { folder: true } }), argv: ["rank", "-t", "blank-100", "-s", "diem.csv"], mentions: ["diem.csv"], fix: ["thư mục", "folder"] },
  scores("0 bytes", "rong.csv", () => "", ["Lưu lại tệp", "Save it again"]),
  scores("only blanks and line breaks", "trang.csv", () => " \r\n\r\n\t\n", ["Chọn đúng tệp", "Choose the right file"]),
  scores("only a UTF-8 BOM", "bom.csv", () => utf8("\uFEFF"), ["Chọn đúng tệp", "Choose the right file"]),
  scores("header only", "tieu-de.csv", () => "đơn vị,tiêu chí,tự chấm,cụm chấm\n", ["Thêm", "Add one line"]),
  scores("UTF-16 with BOM (Excel's Unicode Text)", "unicode.csv", (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.scores.toString("utf8"), "utf16le")]), SAVE_CSV),
  scores("UTF-16 without BOM", "utf16.csv", (b) => Buffer.from(b.scores.toString("utf8"), "utf16le"), SAVE_CSV),
  scores("Windows-1258 text", "cp1258.csv", () => Buffer.from("don vi,tieu chi,cum cham\nH\xe0 Giang,I.1,19\n", "latin1"), SAVE_CSV, [["dòng 2", "line 2"]]),
  scores("binary garbage", "rac.csv", garbage, SAVE_CSV),
  scores("NUL bytes inside text", "nul.csv", (b) => Buffer.concat([b.scores.subarray(0, 40), Buffer.alloc(20), b.scores.subarray(40)]), SAVE_CSV),
  scores("an .xlsx given as the CSV", "diem.csv", (b) => b.cluster, SAVE_CSV),
  scores("an .xls given as the CSV", "diem.csv", (b) => b.xls, SAVE_CSV),
  scores("a PDF given as the CSV", "diem.csv", () => utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), ["Chọn đúng tệp", "Choose the right file"]),
  scores("over the size limit", "lon.csv", bigCsv, ["chia nhỏ", "split it"], ["20 MB"]),
  scores("decimal comma, unquoted", "phay.csv", () => "đơn vị,tiêu chí,tự chấm,cụm chấm\nHà Giang,I.1,19,5,19\n", ["8,5", "8,5"], [":2:"]),
  scores("one column (| separated)", "gach.csv", () => "đơn vị|tiêu chí|cụm chấm\nHà Giang|I.1|19\n", ["dấu phẩy", "commas"], [":1"]),
  scores("unclosed quote", "ngoac.csv", () => 'đơn vị,tiêu chí,cụm chấm\n"Hà Giang,I.1,19\nTuyên Quang,I.1,18\n', ["ngoặc kép", "quote"], [":2:"]),
  scores("no criterion column", "thieu-cot.csv", () => "đơn vị,điểm\nHà Giang,19\n", ["Đặt tên cột", "Name it"], [":1"]),
  scores("a score above the maximum", "qua-diem.csv", () => "đơn vị,tiêu chí,cụm chấm\nHà Giang,I.1,120\nTuyên Quang,I.1,18\n", ["Nhập", "Enter"], [":2:", "I.1"]),
  scores("an unknown criterion code", "ma-la.csv", () => "đơn vị,tiêu chí,cụm chấm\nHà Giang,I.9,12\n", null, [":2:", "I.9"]),
  {
    name: "scores CSV: --scores given twice",
    files: (b) => ({ "a.csv": b.scores, "b.csv": b.scores }),
    argv: ["rank", "-t", "blank-100", "-s", "a.csv", "--scores", "b.csv"],
    mentions: ["--scores", "a.csv", "b.csv"],
    fix: ["Chỉ nhập một lần", "Give it once"],
  },
  ...(existsSync("/dev/zero")
    ? [{ name: "scores CSV: an endless device (/dev/zero)", files: () => ({}), argv: ["rank", "-t", "blank-100", "-s", "/dev/zero"], mentions: ["/dev/zero", "20 MB"], fix: ["chia nhỏ", "split it"] } as Case]
    : []),
  {
    name: "scores CSV: build --scores with an .xlsx instead writes nothing",
    files: (b) => ({ "diem.csv": b.cluster, "don-vi.txt": b.units }),
    argv: ["build", "-t", "blank-100", "-u", "don-vi.txt", "-s", "diem.csv", "-o", "so.xlsx"],
    mentions: ["diem.csv"],
    fix: SAVE_CSV,
    outputs: ["so.xlsx"],
  },
  units("not found", "khong-co.txt", null, FIX_PATH),
  units("0 bytes", "rong.txt", () => "", ["Lưu lại tệp", "Save it again"]),
  units("header only", "don-vi.csv", () => "đơn vị\n\n", ["mỗi dòng một tên", "one unit name per line"]),
  units("UTF-16", "don-vi.txt", (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.units.toString("utf8"), "utf16le")]), SAVE_CSV),
  units("an .xlsx given as the list", "don-vi.txt", (b) => b.plainWorkbook, SAVE_CSV),
  units("binary garbage", "don-vi.txt", garbage, SAVE_CSV),
];
