/** Bad template files (check, rank --template, build --template): JSON mistakes, limits, wrong files. */
import type { Base } from "../support/fixtures";
import type { Case, FileSpec, Mention } from "../support/harness";

const FIX_PATH = ["Kiểm tra tên", "Check the name"] as const;
const UTF8 = ["UTF-8", "UTF-8"] as const;

/** `thidua check` on a bad template file. */
function check(name: string, content: (b: Base) => FileSpec, fix: readonly [string, string], mentions: Mention[] = [], file = "mau.json"): Case {
  return { name: `template: ${name}`, files: (b) => ({ [file]: content(b) }), argv: ["check", file], mentions: [file, ...mentions], fix };
}
/** The standard template's text with one edit. */
const edit = (from: string | RegExp, to: string) => (b: Base) => {
  const out = b.template.replace(from, to);
  if (out === b.template) throw new Error(`catalogue: ${String(from)} not found in the template`);
  return out;
};
const deep = (levels: number) => `{"format":"thidua-template","criteria":${'[{"code":"a","title":"b","children":'.repeat(levels)}[]${"}]".repeat(levels)}}`;
const withLongRule = (b: Base) => {
  const t = JSON.parse(b.template) as { criteria: { children: { rule?: string }[] }[] };
  t.criteria[0]!.children[1]!.rule = "Đạt chỉ tiêu giao. ".repeat(3300);
  return JSON.stringify(t, null, 2);
};
const huge = (b: Base) => b.template.replace('"notes": [', `"notes": [${JSON.stringify("x".repeat(5 * 1024 * 1024))}, `);

export const templateCases: Case[] = [
  { name: "template: not found", files: () => ({}), argv: ["check", "khong-co.json"], mentions: ["khong-co.json"], fix: FIX_PATH },
  { name: "template: missing, in a folder with spaces and Vietnamese letters", files: () => ({}), argv: ["check", "Mẫu chấm/mẫu 2025.json"], mentions: ["Mẫu chấm/mẫu 2025.json"], fix: FIX_PATH },
  check("a missing comma", edit(/,\n(\s*)"title"/, '\n$1"title"'), ["dấu phẩy", "comma"], [["Dòng 6", "Line 6"]]),
  check("a trailing comma", edit(/\]\n\}\s*$/, "],\n}\n"), ["Xoá dấu phẩy", "Delete this comma"], [["Dòng", "Line"]]),
  check("a decimal comma in a number", edit('"max": 20', '"max": 19,5'), ["dấu chấm", "point"], [["cột", "column"]]),
  check("curly quotes from Word", edit('"max": 20', "\u201Cmax\u201D: 20"), ["ngoặc kép thẳng", "straight double quotes"], [["Dòng", "Line"]]),
  check("single quotes", edit('"max": 20', "'max': 20"), ["ngoặc kép thẳng", "straight double quotes"]),
  check("a // comment", edit('"max": 20', '"max": 20 // hai mươi điểm'), ["Xoá chú thích", "Delete the comment"]),
  check("cut off half-way", (b) => b.template.slice(0, Math.floor(b.template.length / 2)), ["Thêm dấu", "Add the missing"]),
  check("an unquoted word", edit('"max": 20', '"max": hai mươi'), ["ngoặc kép", "double quotes"], ["hai"]),
  check("a backslash path in text", edit('"title": "', '"title": "C:\\Mau\\'), ["\\\\", "\\\\"]),
  check("text after the end", (b) => `${b.template}\n{}`, ["Xoá phần thừa", "Delete it"]),
  check("brackets nested 1,000 deep", () => deep(1000), ["kiểm tra lại các dấu ngoặc", "check the brackets"], ["40"]),
  check("criteria nested 15 deep", () => deep(15), ["vài cấp", "a few levels"]),
  check("a 66,000-character rule (Excel's cell limit is 32,767)", withLongRule, ["Rút gọn", "Shorten it"], ["I.2", '"rule"', "4000"]),
  check("a 5 MB template", huge, ["chia nhỏ", "split it"], ["2 MB"]),
  check("an .xlsx chosen as the template", (b) => b.cluster, ["UTF-8", "UTF-8"]),
  check("UTF-16", (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.template, "utf16le")]), ["Notepad", "Notepad"]),
  check("Windows-1258 text", () => Buffer.from('{\n  "title": "H\xf2a B\xecnh"\n}\n', "latin1"), UTF8, [["dòng 2", "line 2"]]),
  check("0 bytes", () => "", ["Lưu lại tệp", "Save it again"]),
  check("a JSON list instead of a template", () => "[]", ["cần một đối tượng", "expected an object"], ["$"]),
  check("a field of the wrong type", edit('"max": 20', '"max": "hai mươi"'), ["cần một số", "expected a number"], ["criteria[0].children[0].max"]),
  { name: "template: rank with a broken template", files: (b) => ({ "mau.json": edit('"max": 20', '"max": 20,,')(b) }), argv: ["rank", "-t", "mau.json", "-s", "diem.csv"], mentions: ["mau.json", ["Dòng", "Line"]], fix: ["tên trường", "field name"] },
  {
    name: "template: build with a template too deep writes nothing",
    files: (b) => ({ "mau.json": deep(1000), "don-vi.txt": b.units }),
    argv: ["build", "-t", "mau.json", "-u", "don-vi.txt", "-o", "so.xlsx"],
    mentions: ["mau.json"],
    fix: ["dấu ngoặc", "brackets"],
    outputs: ["so.xlsx"],
  },
];
