import { render } from "../../domain";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { decode, readTextFile } from "./readText";

const en = (r: ReturnType<typeof decode>) => (r.ok ? "" : render(r.errors[0]!, "en-US"));

describe("decode", () => {
  it("strips a UTF-8 BOM", () => {
    expect(decode(Buffer.from("\uFEFFđơn vị\n", "utf8"), "f.csv")).toEqual({ ok: true, value: "đơn vị\n" });
  });
  it("rejects Windows-1258 / Latin bytes with the line of the first bad byte", () => {
    const r = decode(Buffer.concat([Buffer.from("unit\nHa Giang\nH"), Buffer.from([0xe0]), Buffer.from(" Giang\n")]), "f.csv");
    expect(r.ok ? 0 : r.exit).toBe(1);
    expect(en(r)).toMatch(/^f\.csv: line 3: the file is not UTF-8 .*CSV UTF-8/);
  });
  it("rejects UTF-16 (Excel's Unicode Text) and empty files", () => {
    expect(en(decode(Buffer.from([0xff, 0xfe, 0x41, 0]), "f.txt"))).toMatch(/^f\.txt: the file is saved as UTF-16/);
    expect(en(decode(Buffer.from(" \n"), "f.csv"))).toMatch(/^f\.csv: the file is empty/);
  });
});

describe("readTextFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "thidua-cli-"));
  writeFileSync(join(dir, "a.txt"), "Hà Giang\n");
  it("resolves against cwd and names the file as typed", () => {
    expect(readTextFile("a.txt", dir)).toEqual({ ok: true, value: "Hà Giang\n" });
    const missing = readTextFile("nope.csv", dir);
    expect(missing.ok ? 0 : missing.exit).toBe(2);
    expect(missing.ok ? "" : render(missing.errors[0]!, "vi-VN")).toMatch(new RegExp(`^nope\\.csv: không tìm thấy tệp \\(thư mục hiện tại: ${dir.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\)\\. Kiểm tra tên và đường dẫn`));
    const folder = readTextFile(".", dir);
    expect(folder.ok ? 0 : folder.exit).toBe(2);
  });
});
