/** Bad scoring workbooks given to export, handout and merge: other kinds of file, damage, the wrong workbook. */
import type { Base } from "../support/fixtures";
import type { Case, FileSpec } from "../support/harness";

const SAVE_XLSX = ["Excel (*.xlsx)", "Excel Workbook (*.xlsx)"] as const;
const RIGHT_FILE = ["Chọn đúng tệp", "Choose the right"] as const;
const REPAIR = ["Mở tệp trong Excel", "Open it in Excel"] as const;
const FIX_PATH = ["Kiểm tra tên", "Check the name"] as const;

type Command = "export" | "handout" | "merge" | "template apply";
const ARGV: Readonly<Record<Command, (file: string) => string[]>> = {
  export: (f) => ["export", f, "--csv", "tong-hop.csv", "--docx", "bien-ban.docx"],
  handout: (f) => ["handout", f, "--out-dir", "phat"],
  merge: (f) => ["merge", f, "don-vi.xlsx"],
  "template apply": (f) => ["template", "apply", f, "--template", "blank-100", "--out", "so-moi.xlsx"],
};
const OUTPUTS: Readonly<Record<Command, string[]>> = { export: ["tong-hop.csv", "bien-ban.docx"], handout: ["phat"], merge: [], "template apply": ["so-moi.xlsx"] };

function workbook(command: Command, name: string, content: ((b: Base) => FileSpec) | null, fix: readonly [string, string], file = "so-cham-diem.xlsx"): Case {
  return {
    name: `${command} workbook: ${name}`,
    files: (b) => ({ ...(content ? { [file]: content(b) } : {}), "don-vi.xlsx": b.handout }),
    argv: ARGV[command](file),
    mentions: [file],
    fix,
    outputs: OUTPUTS[command],
  };
}
const half = (b: Base) => b.cluster.subarray(0, Math.floor(b.cluster.length / 2));
/** Bytes overwritten in the middle of the zip: the directory is intact, the compressed data is not. */
const scrambled = (b: Base) => {
  const out = Buffer.from(b.cluster);
  for (let i = 2000; i < out.length - 3000; i += 7) out[i] = out[i]! ^ 0x5a;
  return out;
};

export const workbookCases: Case[] = [
  workbook("export", "not found", null, FIX_PATH),
  workbook("export", "missing, path with spaces and Vietnamese letters", null, FIX_PATH, "Sổ chấm/Cụm số 1.xlsx"),
  workbook("export", "a folder", () => ({ folder: true }), ["thư mục", "folder"]),
  workbook("export", "0 bytes", () => "", ["Lưu lại", "Save the workbook again"]),
  workbook("export", "truncated (download not finished)", half, REPAIR),
  workbook("export", "corrupted bytes inside", scrambled, REPAIR),
  workbook("export", "an old .xls renamed .xlsx", (b) => b.xls, SAVE_XLSX),
  workbook("export", "password-protected", (b) => b.encrypted, ["xoá mật khẩu", "clear the password"]),
  workbook("export", "a CSV renamed .xlsx", (b) => b.scores, SAVE_XLSX),
  workbook("export", "a Word document renamed .xlsx", (b) => b.wordDocument, RIGHT_FILE),
  workbook("export", "a zip that is not a workbook", (b) => b.zipOfText, RIGHT_FILE),
  workbook("export", "a PDF", () => "%PDF-1.4\n", RIGHT_FILE),
  workbook("export", "an .xls file", (b) => b.xls, SAVE_XLSX, "so-cu.xls"),
  workbook("export", "a workbook without ThiDua's sheets", (b) => b.plainWorkbook, ["chèn mẫu", "insert the scoring template"]),
  workbook("export", "a unit's self-scoring file instead", (b) => b.handout, ["Hãy mở sổ do ThiDua tạo", "Open a workbook ThiDua made"]),
  workbook("export", "its stored template edited by hand", (b) => b.tamperedTemplate, ["chèn lại mẫu", "insert the template again"]),
  workbook("export", "a sheet deleted", (b) => b.missingSheet, ["khôi phục trang", "Restore it"]),
  workbook("handout", "not found", null, FIX_PATH),
  workbook("handout", "an old .xls", (b) => b.xls, SAVE_XLSX, "so.xls"),
  workbook("handout", "password-protected", (b) => b.encrypted, ["xoá mật khẩu", "clear the password"]),
  workbook("handout", "truncated", half, REPAIR),
  workbook("handout", "a workbook without ThiDua's sheets", (b) => b.plainWorkbook, ["chèn mẫu", "insert the scoring template"]),
  workbook("merge", "a CSV renamed .xlsx", (b) => b.scores, SAVE_XLSX),
  workbook("merge", "truncated", half, REPAIR),
  workbook("merge", "password-protected", (b) => b.encrypted, ["xoá mật khẩu", "clear the password"]),
  workbook("template apply", "not found", null, FIX_PATH),
  workbook("template apply", "truncated", half, REPAIR),
  workbook("template apply", "a workbook without ThiDua's sheets", (b) => b.plainWorkbook, ["chèn mẫu", "insert the scoring template"]),
  workbook("template apply", "a unit's self-scoring file instead", (b) => b.handout, ["Hãy mở sổ do ThiDua tạo", "Open a workbook ThiDua made"]),
  workbook("template apply", "a sheet deleted", (b) => b.missingSheet, ["khôi phục trang", "Restore it"]),
  renameCase("a new code the template does not have", "I.1=Z.9", "Z.9", ["Hãy dùng một mã của mẫu mới", "Use a code of the new template"]),
  renameCase("two old criteria onto one", "I.1=I.2", "I.2", ["Hãy đổi mã một trong số đó", "Rename one of them"]),
  renameCase("a pair it cannot read", "I.1", "I.1", ["mã cũ=mã mới", "old code=new code"]),
];

/** `template apply` with a rename list that cannot be applied: nothing written, the code named, the fix said. */
function renameCase(name: string, renames: string, code: string, fix: readonly [string, string]): Case {
  return {
    name: `template apply rename list: ${name}`,
    files: (b) => ({ "so-cham-diem.xlsx": b.cluster }),
    argv: [...ARGV["template apply"]("so-cham-diem.xlsx"), "--rename", renames],
    exits: [2],
    mentions: [code],
    fix,
    outputs: ["so-moi.xlsx"],
  };
}
