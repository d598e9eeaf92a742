import fs from "node:fs";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { render } from "../../messages/message";
import { encryptedWorkbook } from "../../../test/catalogue/support/compoundFile";
import { readInputBytes, readWorkbookInput } from "./readInput";

const dir = mkdtempSync(join(tmpdir(), "thidua-read-"));
const both = (r: { ok: boolean; errors?: unknown }) => {
  if (r.ok) return ["", ""];
  const m = (r as { errors: Parameters<typeof render>[0][] }).errors[0]!;
  return [render(m, "vi-VN"), render(m, "en-US")];
};

describe("readInputBytes: the system's refusals in words, never the error code (was '(EPERM)', '(ENOENT)')", () => {
  afterEach(() => jest.restoreAllMocks());
  it.each([
    ["EACCES", "you have no permission to read"],
    ["EPERM", "you have no permission to read"],
    ["EBUSY", "the file is locked by another program. Close it in Excel"],
    ["EIO", "the system could not read the file"],
    ["ENOENT", "file not found (current folder:"],
  ])("%s → %s", (code, text) => {
    jest.spyOn(fs, "statSync").mockImplementation(() => {
      throw Object.assign(new Error(`${code}: operation failed, stat 'x'`), { code });
    });
    const r = readInputBytes("Hà Giang.xlsx", dir, "handout");
    expect(r.ok ? 0 : r.exit).toBe(2);
    const [vi, en] = both(r);
    expect(en).toContain(`Hà Giang.xlsx: ${text}`);
    expect(vi).toMatch(/^Hà Giang\.xlsx: /);
    expect(`${vi} ${en}`).not.toMatch(/E[A-Z]{3,}|operation failed/);
  });

  it("refuses a file over its role's limit before reading it", () => {
    writeFileSync(join(dir, "lon.json"), Buffer.alloc(2 * 1024 * 1024 + 1, 0x20));
    const [vi, en] = both(readInputBytes("lon.json", dir, "template"));
    expect(vi).toBe("lon.json: tệp nặng 2,1 MB, quá giới hạn 2 MB cho tệp mẫu .json. Có thể đã chọn nhầm tệp; nếu đúng tệp thì chia nhỏ tệp.");
    expect(en).toMatch(/^lon\.json: the file is 2\.1 MB, above the 2 MB limit for a template \.json/);
  });
});

describe("readInputBytes on a pipe or device (no size): at most the limit is read (was: /dev/zero read until the memory ran out)", () => {
  const zero = existsSync("/dev/zero") ? it : it.skip;
  zero("/dev/zero is too large, after reading just past the limit", () => {
    const r = readInputBytes("/dev/zero", dir, "meeting");
    expect(r.ok ? 0 : r.exit).toBe(1);
    expect(both(r)[1]).toMatch(/^\/dev\/zero: the file is 1\.1 MB, above the 1 MB limit for a meeting \.json/);
  });
});

describe("readWorkbookInput: every kind of bad workbook is one plain message (was jszip's text and a web address)", () => {
  it.each([
    ["mat-khau.xlsx", () => encryptedWorkbook(), /password to open/],
    ["tai-do.xlsx", () => Buffer.from("PK\x03\x04 not a whole zip"), /damaged or incomplete/],
    ["diem.xlsx", () => Buffer.from("đơn vị,tiêu chí\nHà Giang,I.1\n"), /text file \(CSV\/TXT\/HTML\)/],
  ])("%s", async (file, bytes, expected) => {
    writeFileSync(join(dir, file), bytes());
    const r = await readWorkbookInput(file, dir, "workbook");
    expect(r.ok ? 0 : r.exit).toBe(1);
    const [, en] = both(r);
    expect(en).toMatch(expected);
    expect(en).not.toMatch(/jszip|https?:|Error/i);
  });
});
