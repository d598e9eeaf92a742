/**
 * Words a clerk doesn't use (issue 15): texts the task pane can show carry no file extension, no "Sheet!A1" cell
 * reference, no underscore (hidden sheet names), no command-line command or option, and no English "(s)" plural.
 * Out of scope: the command line's texts (cli., *.cli.*), and texts written into workbooks (wb., handout.sheet.).
 * Technical details behind "Chi tiết" and each other exception are in ALLOWED, with the reason.
 */
import { catalogue } from "./catalogue";

const RULES: readonly [string, RegExp][] = [
  ["a file extension", /\.(json|xlsx|xlsb|xls|ods|odt|csv|tsv|txt|docx|pdf|xml|js|sql|html|md|zip)\b/i],
  ["a Sheet!Cell reference", /!\$?[A-Z]{1,3}\$?\d/],
  ["an underscore", /_/],
  ["a command or option", /\bthidua\s+[a-z]|\bnpm\b|(^|\s)--[a-z]/],
  ["an English (s) plural", /\w\((s|es)\)/],
];

const FILE_TYPE = "a file of the wrong kind was chosen: the message names the kind to choose instead";
const HANDOUT_CLI = "self-scoring files are made only by the command line today (the pane has no step for it): the message names it";
const ALLOWED: Readonly<Record<string, string>> = {
  "ui.openInExcel.reason.officeJsMissing": "inside the outside-Excel screen's technical details",
  "files.read.fix.csv": FILE_TYPE,
  "files.read.fix.reopen": FILE_TYPE,
  "files.read.notFound": "the command line's file-not-found message (a path typed by the user)",
  "files.read.text.isWorkbook": FILE_TYPE,
  "files.read.text.isXls": FILE_TYPE,
  "files.read.wb.binary": FILE_TYPE,
  "files.read.wb.damaged": FILE_TYPE,
  "files.read.wb.openDocument": FILE_TYPE,
  "files.read.wb.otherZip": FILE_TYPE,
  "files.read.wb.pdf": FILE_TYPE,
  "files.read.wb.powerpoint": FILE_TYPE,
  "files.read.wb.text": FILE_TYPE,
  "files.read.wb.word": FILE_TYPE,
  "files.read.wb.xls": FILE_TYPE,
  "files.read.wb.xlsb": FILE_TYPE,
  "files.read.wb.zipOfWorkbooks": FILE_TYPE,
  "files.read.what.handout": FILE_TYPE,
  "files.read.what.meeting": FILE_TYPE,
  "files.read.what.template": FILE_TYPE,
  "files.read.what.workbook": FILE_TYPE,
  "files.write.exists": "written only by the command line (the pane downloads, it never writes files)",
  "files.write.isInput": "written only by the command line (the pane downloads, it never writes files)",
  "handout.merge.legacyUnitName": HANDOUT_CLI,
  "handout.merge.legacyUnknownUnit": HANDOUT_CLI,
  "handout.merge.templateChanged": HANDOUT_CLI,
  "handout.merge.wrongTemplate": HANDOUT_CLI,
  "handout.merge.wrongVersion": HANDOUT_CLI,
  "handout.read.isCluster": HANDOUT_CLI,
  "handout.read.noMeta": "names the hidden sheet a self-scoring file must have, for whoever made the file",
  "handout.read.wrongFormat": HANDOUT_CLI,
};

const inScope = (id: string) => !/^(cli|wb)\./.test(id) && !id.includes(".cli.") && !id.startsWith("handout.sheet.");

function violations(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, text] of Object.entries(catalogue)) {
    if (!inScope(id)) continue;
    const found = RULES.filter(([, re]) => re.test(text.vi) || re.test(text.en)).map(([what]) => what);
    if (found.length > 0) out.set(id, found);
  }
  return out;
}

describe("the pane's wording (issue 15)", () => {
  const found = violations();

  it("shows no file extension, cell reference, underscore, command or (s) plural outside the allowed exceptions", () => {
    const unexpected = [...found].filter(([id]) => !(id in ALLOWED)).map(([id, what]) => `${id}: ${what.join(", ")}`);
    expect(unexpected).toEqual([]);
  });

  it("allows only exceptions that are still needed, each with its reason", () => {
    for (const [id, reason] of Object.entries(ALLOWED)) {
      expect([id, found.has(id)]).toEqual([id, true]);
      expect(reason.length).toBeGreaterThan(10);
    }
  });

  it("catches each kind of wording (the rules work)", () => {
    const sample = ["tệp mẫu.json", "ô 'Chấm điểm'!D6", "trang _ThiDua", "lệnh thidua export", "2 cell(s)", "thêm --force"];
    expect(sample.map((s) => RULES.some(([, re]) => re.test(s)))).toEqual([true, true, true, true, true, true]);
    expect(RULES.some(([, re]) => re.test("Đã sửa 3 ô. Tiếp: Xếp hạng – 92,5 điểm"))).toBe(false);
  });
});
