/** Bad meeting.json files given to export --meeting: refused before anything is read or written. */
import type { Base } from "../support/fixtures";
import type { Case, FileSpec, Mention } from "../support/harness";

function meeting(name: string, content: ((b: Base) => FileSpec) | null, fix: readonly [string, string], mentions: Mention[] = [], file = "cuoc-hop.json"): Case {
  return {
    name: `meeting.json: ${name}`,
    files: (b) => ({ "cum.xlsx": b.cluster, ...(content ? { [file]: content(b) } : {}) }),
    argv: ["export", "cum.xlsx", "--docx", "bien-ban.docx", "--meeting", file],
    mentions: [file, ...mentions],
    fix,
    outputs: ["bien-ban.docx"],
  };
}

export const meetingCases: Case[] = [
  meeting("not found", null, ["Kiểm tra tên", "Check the name"]),
  meeting("a missing comma", () => '{\n  "chair": "Nguyễn Văn A"\n  "secretary": "Trần Thị B"\n}\n', ["dấu phẩy", "comma"], [["Dòng 3", "Line 3"]]),
  meeting("a trailing comma", () => '{\n  "chair": "Nguyễn Văn A",\n}\n', ["Xoá dấu phẩy", "Delete this comma"], [["Dòng 3", "Line 3"]]),
  meeting("UTF-16", () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"chair": "Nguyễn Văn A"}', "utf16le")]), ["UTF-8", "UTF-8"]),
  meeting("an unknown field", () => '{"chủ trì": "Nguyễn Văn A"}', ["dùng được", "you can use"], ["chủ trì"]),
  meeting("an .xlsx given as meeting.json", (b) => b.cluster, ["UTF-8", "UTF-8"]),
  meeting("0 bytes", () => "", ["Lưu lại tệp", "Save it again"]),
];
