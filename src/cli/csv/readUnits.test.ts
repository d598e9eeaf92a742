import { render } from "../../domain";
import { readUnitsText } from "./readUnits";

describe("readUnitsText", () => {
  it("reads one name per line, skipping blanks, with line numbers", () => {
    const r = readUnitsText("Hà Giang\n\n  Tuyên  Quang \r\nVĩnh Phúc, Phú Thọ\n", "u.txt");
    expect(r).toEqual({
      ok: true,
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
  it("reports a broken CSV in the user's words, at the line where the quote opened", () => {
    const r = readUnitsText("Đơn vị\nHà Giang\n\"Yên Bái\nLào Cai\n", "u.csv");
    const msg = r.ok ? "" : render(r.errors[0]!, "en-US");
    expect(msg).toMatch(/^u\.csv:3: /u);
    expect(msg).not.toMatch(/CSV_|Quote Not Closed|Invalid/u);
  });
});
