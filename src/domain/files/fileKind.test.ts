import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { encryptedWorkbook } from "../../../test/catalogue/support/compoundFile";
import { render } from "../../messages/message";
import { sniffFile } from "./fileKind";
import { decodeTextFile, workbookProblem } from "./problems";

const FIXTURES = join(__dirname, "..", "..", "..", "test", "fixtures", "files");
const zip = async (files: Record<string, string>) => {
  const z = new JSZip();
  for (const [name, text] of Object.entries(files)) z.file(name, text);
  return new Uint8Array(await z.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
};
let xlsx: Uint8Array;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = "Hà Giang";
  xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
});
const en = (kind: Parameters<typeof workbookProblem>[0]) => {
  const m = workbookProblem(kind, "workbook");
  return m ? render(m, "en-US") : null;
};

describe("sniffFile: one classification of what a file's bytes are", () => {
  it("recognises a real .xlsx and lets it through", () => {
    expect(sniffFile(xlsx)).toMatchObject({ kind: "zip", content: "xlsx" });
    expect(en(sniffFile(xlsx))).toBeNull();
  });

  it("a truncated .xlsx is damaged, at any cut (was jszip's 'End of central directory' text)", () => {
    for (const cut of [10, 100, xlsx.length / 2, xlsx.length - 1]) {
      expect(sniffFile(xlsx.subarray(0, Math.floor(cut))).kind).toBe("damagedZip");
    }
    expect(en({ kind: "damagedZip" })).toMatch(/^the \.xlsx file is damaged or incomplete.*Open it in Excel/);
  });

  it("an old .xls and a password-protected .xlsx (both OLE compound files) are told apart", () => {
    const xls = readFileSync(join(FIXTURES, "excel-97.xls"));
    expect(sniffFile(xls)).toEqual({ kind: "compound", content: "xls" });
    expect(sniffFile(encryptedWorkbook())).toEqual({ kind: "compound", content: "encrypted" });
    expect(en(sniffFile(encryptedWorkbook()))).toMatch(/protected by a password to open.*clear the password/);
    expect(en(sniffFile(xls))).toMatch(/Excel 97-2003 \(\.xls\).*Save As/);
  });

  it("a Word document, a zip of workbooks and another zip are not workbooks", async () => {
    expect(sniffFile(await zip({ "[Content_Types].xml": "<x/>", "word/document.xml": "<w/>" }))).toMatchObject({ kind: "zip", content: "word" });
    expect(sniffFile(await zip({ "Tự chấm/Hà Giang.xlsx": "x" }))).toMatchObject({ content: "zipOfWorkbooks" });
    expect(sniffFile(await zip({ "a.txt": "x" }))).toMatchObject({ content: "otherZip" });
    expect(en(sniffFile(await zip({ "a.txt": "x" })))).toMatch(/^this is a \.zip archive/);
  });

  it("text: UTF-8 (with BOM), UTF-16 with or without BOM, legacy 8-bit; binary; PDF; empty", () => {
    expect(sniffFile(Buffer.from("\uFEFFđơn vị;tiêu chí\n"))).toEqual({ kind: "text", encoding: "utf8" });
    expect(sniffFile(Buffer.from("\uFEFFunit,criterion\n", "utf16le"))).toEqual({ kind: "text", encoding: "utf16" });
    expect(sniffFile(Buffer.from("unit,criterion\nHa Giang,I.1\n", "utf16le"))).toEqual({ kind: "text", encoding: "utf16" });
    expect(sniffFile(Buffer.from([0x48, 0xe0, 0x20, 0x47, 0x69, 0x61, 0x6e, 0x67, 0x0a]))).toEqual({ kind: "text", encoding: "legacy" });
    expect(sniffFile(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256)).kind).toBe("binary");
    expect(sniffFile(Buffer.from("%PDF-1.7\n")).kind).toBe("pdf");
    expect(sniffFile(new Uint8Array()).kind).toBe("empty");
  });
});

describe("decodeTextFile: a CSV or .json that is something else says what it is", () => {
  const enText = (bytes: Uint8Array, role: "csv" | "template" = "csv") => {
    const r = decodeTextFile(bytes, role);
    return r.ok ? r.text : render(r.problem, "en-US");
  };
  it("decodes UTF-8 and drops the BOM", () => {
    expect(enText(Buffer.from("\uFEFFđơn vị\n"))).toBe("đơn vị\n");
  });
  it("names what the file is and the fix for the role", () => {
    expect(enText(xlsx)).toMatch(/^this is an Excel workbook \(\.xlsx\), not a text file\. In Excel choose Save As → "CSV UTF-8/);
    expect(enText(readFileSync(join(FIXTURES, "excel-97.xls")))).toMatch(/Excel 97-2003 workbook \(\.xls\)/);
    expect(enText(Buffer.from("a\nb\nH\xe0 Giang\n", "latin1"))).toMatch(/^line 3: the file is not UTF-8/);
    expect(enText(Buffer.from("{}", "utf16le"), "template")).toMatch(/UTF-16.*text editor/);
    expect(enText(Buffer.from(" \n\t"))).toMatch(/^the file is empty/);
    expect(enText(Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256))).toMatch(/^the file is not text/);
  });
});
