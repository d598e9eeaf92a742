import fc from "fast-check";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "../../messages/message";
import { writeProblem } from "./writeProblem";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "thidua-writeproblem-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CODES = ["EACCES", "EPERM", "EBUSY", "ETXTBSY", "EROFS", "ENOSPC", "EDQUOT", "ENAMETOOLONG", "ENOENT", "ENOTDIR", "EISDIR", "EEXIST", "EIO", "EMFILE", "EINVAL", "UNKNOWN"];
const err = (code: string) => Object.assign(new Error(`${code}: something, open 'x'`), { code });

describe("writeProblem: one plain message per errno", () => {
  it("never shows the bare code or the system's text, always names the file, in both languages", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CODES), fc.constantFrom("file" as const, "folder" as const), fc.string({ minLength: 1, maxLength: 12 }), (code, where, name) => {
        const m = writeProblem(err(code), { file: `out ${name}.xlsx`, full: join(dir, "missing", "x.xlsx") }, where);
        for (const locale of ["vi-VN", "en-US"] as const) {
          const text = render(m, locale);
          expect(text).toContain(`out ${name}.xlsx`);
          expect(text.replaceAll(`out ${name}.xlsx`, "").replaceAll(dir, "")).not.toMatch(/\bE[A-Z]{3,}\b|something|\{\w+\}/);
        }
      }),
    );
  });

  it("tells a read-only file, a locked one (Excel) and a folder one may not write to apart", () => {
    const ro = join(dir, "ro.xlsx");
    writeFileSync(ro, "x");
    chmodSync(ro, 0o444);
    const open = join(dir, "open.xlsx");
    writeFileSync(open, "x");
    const en = (e: Error, full: string, where: "file" | "folder" = "file") => render(writeProblem(e, { file: "f.xlsx", full }, where), "en-US");
    expect(en(err("EPERM"), ro)).toContain("the file is read-only and cannot be written. Remove the read-only attribute");
    expect(en(err("EACCES"), ro)).toContain("save a copy and use the copy");
    expect(en(err("EBUSY"), open)).toBe("f.xlsx: the file is open or locked in another program (usually Excel). Close the file in Excel and try again.");
    expect(en(err("EPERM"), open)).toContain("Close the file in Excel and try again.");
    expect(en(err("EACCES"), join(dir, "new.xlsx"))).toContain(`writing to the folder ${dir} is not allowed`);
    expect(en(err("EACCES"), open, "folder")).toContain(`writing to the folder ${dir} is not allowed`);
    expect(render(writeProblem(err("ENOSPC"), { file: "f.xlsx", full: open }), "vi-VN")).toBe("f.xlsx: ổ đĩa đã đầy. Giải phóng chỗ trống hoặc ghi sang ổ khác rồi chạy lại.");
  });
});
