/** Bad self-scoring files given to merge: each is skipped, named with its reason, and nothing is written. */
import type { Base } from "../support/fixtures";
import type { Case, FileSpec } from "../support/harness";

const ASK_UNIT = ["Xin đơn vị gửi lại", "Ask the unit to send"] as const;
const SAVE_XLSX = ["Excel (*.xlsx)", "Excel Workbook (*.xlsx)"] as const;

function handout(name: string, content: ((b: Base) => FileSpec) | null, fix: readonly [string, string], file = "Tự chấm - Hà Giang.xlsx"): Case {
  return {
    name: `merge handout: ${name}`,
    files: (b) => ({ "cum.xlsx": b.cluster, ...(content ? { [file]: content(b) } : {}) }),
    argv: ["merge", "cum.xlsx", file],
    mentions: [file],
    fix,
    outputs: ["cum.xlsx"],
  };
}

export const handoutCases: Case[] = [
  handout("not found", null, ["Kiểm tra tên", "Check the name"]),
  handout("a folder", () => ({ folder: true }), ["thư mục", "folder"], "tu-cham"),
  handout("0 bytes", () => "", ["gửi lại", "sent again"]),
  handout("truncated", (b) => b.handout.subarray(0, b.handout.length - 100), ASK_UNIT),
  handout("an old .xls", (b) => b.xls, SAVE_XLSX, "Hà Giang.xls"),
  handout("password-protected", (b) => b.encrypted, ["xoá mật khẩu", "clear the password"]),
  handout("a CSV renamed .xlsx", (b) => b.scores, SAVE_XLSX),
  handout("a Word document", (b) => b.wordDocument, ["Chọn đúng tệp", "Choose the right"], "Hà Giang.docx"),
  handout("a zip of the units' files", (b) => b.zipOfText, ["Chọn đúng tệp", "Choose the right"], "tu-cham.zip"),
  handout("the cluster workbook itself", (b) => b.cluster, ["thidua handout", "thidua handout"], "cum-ban-sao.xlsx"),
  handout("a workbook without the hidden sheet", (b) => b.plainWorkbook, ["thidua handout", "thidua handout"]),
  handout("a file of another template", (b) => b.otherTemplateHandout, ["", ""]),
  handout("over the size limit", () => Buffer.alloc(11 * 1024 * 1024, 0x20), ["chia nhỏ", "split it"]),
];
