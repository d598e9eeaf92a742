import { render } from "../../domain";
import { readUnitsText } from "./readUnits";

describe("readUnitsText", () => {
  it("reads one name per line, skipping blanks, with line numbers", () => {
    const r = readUnitsText("Hà Giang\n\n  Tuyên  Quang \r\nVĩnh Phúc, Phú Thọ\n", "u.txt");
    expect(r).toEqual({
      ok: true,
      notes: [],
      value: [
        { name: "Hà Giang", where: { file: "u.txt", line: 1, column: 1 } },
        { name: "Tuyên Quang", where: { file: "u.txt", line: 3, column: 1 } },
        { name: "Vĩnh Phúc, Phú Thọ", where: { file: "u.txt", line: 4, column: 1 } },
      ],
    });
  });
  it("takes the first column of a .csv and skips its header", () => {
    const r = readUnitsText("Đơn vị;Ghi chú\nHà Giang;cụm trưởng\n\"Yên Bái\";\n", "u.csv");
    expect(r.ok && r.value.map((u) => [u.name, u.where?.line])).toEqual([["Hà Giang", 2], ["Yên Bái", 3]]);
  });
  it("rejects a list with no names", () => {
    const r = readUnitsText("đơn vị\n\n", "u.txt");
    expect(r.ok ? "" : render(r.errors[0]!, "en-US")).toBe("u.txt: no unit names. Write one unit name per line.");
  });
  it("regression (issue 12): leaves out an STT column, numbering before names and a header", () => {
    const names = (content: string, file: string) => {
      const r = readUnitsText(content, file);
      return r.ok ? r.value.map((u) => [u.name, u.where?.line, u.where?.column]) : r.errors.map((e) => render(e, "en-US"));
    };
    expect(names("STT\tTên đơn vị\n1\tHà Giang\n2\tYên Bái\n", "u.txt")).toEqual([["Hà Giang", 2, 2], ["Yên Bái", 3, 2]]);
    expect(names("1. Hà Giang\n\n2. Yên Bái\n", "u.txt")).toEqual([["Hà Giang", 1, 1], ["Yên Bái", 3, 1]]);
    expect(names("STT;Đơn vị;Ghi chú\n1;Hà Giang;x\n2;\"Yên Bái\";\n", "u.csv")).toEqual([["Hà Giang", 2, 2], ["Yên Bái", 3, 2]]);
    expect(names("\uFEFF1,Hà Giang\n2,Yên Bái\n", "u.csv")).toEqual([["Hà Giang", 1, 2], ["Yên Bái", 2, 2]]);
  });
  it("regression (issue 12): refuses legacy-font names with their conversion, or converts them when asked", () => {
    const r = readUnitsText("Hßa B×nh\nHà Giang\n", "u.txt");
    expect(r.ok ? [] : r.errors.map((e) => render(e, "en-US"))[0]).toBe(
      "u.txt:1: “Hßa B×nh” was typed with an old TCVN3 font (ABC, .VnTime); in Unicode it reads “Hòa Bình”.",
    );
    const c = readUnitsText("Hßa B×nh\nHà Giang\n", "u.txt", { convertLegacy: true });
    expect(c.ok && c.value.map((u) => u.name)).toEqual(["Hòa Bình", "Hà Giang"]);
    expect(c.ok && c.notes.map((n) => render(n, "en-US"))).toEqual(["u.txt:1: converted “Hßa B×nh” → “Hòa Bình” (--convert-legacy)."]);
  });
  it("reports a broken CSV in the user's words, at the line where the quote opened", () => {
    const r = readUnitsText("Đơn vị\nHà Giang\n\"Yên Bái\nLào Cai\n", "u.csv");
    const msg = r.ok ? "" : render(r.errors[0]!, "en-US");
    expect(msg).toMatch(/^u\.csv:3: /u);
    expect(msg).not.toMatch(/CSV_|Quote Not Closed|Invalid/u);
  });
});
