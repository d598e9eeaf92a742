import { render } from "../../../messages/message";
import { readHandoutFile } from "../selfScoring/readHandoutFiles";
import { readTemplateFile } from "./readFileText";

const en = async (blob: Blob) => {
  const r = await readTemplateFile(blob);
  return r.ok ? r.text : render(r.problem, "en-US");
};

describe("the pane reads a chosen template file like the command line (was: any bytes decoded as text)", () => {
  it("UTF-8 text comes through without its BOM", async () => {
    expect(await en(new Blob(["\uFEFF{}"]))).toBe("{}");
  });

  it("an .xlsx, UTF-16, Windows-1258, an empty file: one plain message each", async () => {
    expect(await en(new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])]))).toMatch(/^this is a zip file, not a text file/);
    expect(await en(new Blob([Buffer.from("\uFEFF{}", "utf16le")]))).toMatch(/^the file is saved as UTF-16.*text editor/);
    expect(await en(new Blob([Buffer.from('{"title": "H\xf2a"}', "latin1")]))).toMatch(/^line 1: the file is not UTF-8/);
    expect(await en(new Blob([]))).toMatch(/^the file is empty/);
  });

  it("a file over the limit is refused before it is read", async () => {
    const huge = { size: 3 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("must not be read")) } as unknown as Blob;
    expect(await en(huge)).toMatch(/^the file is 3 MB, above the 2 MB limit for a template \.json/);
  });

  it("a self-scoring file over the limit is skipped with the limit, unread", async () => {
    const huge = { name: "Hà Giang.xlsx", size: 11 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error("must not be read")) } as unknown as File;
    const r = await readHandoutFile(huge);
    expect("unreadable" in r ? render(r.unreadable, "vi-VN") : "").toMatch(/^tệp nặng 11 MB, quá giới hạn 10 MB cho bảng tự chấm \.xlsx/);
  });
});
