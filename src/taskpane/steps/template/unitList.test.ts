import { analyseUnitList, splitUnitList } from "./unitList";

describe("splitUnitList", () => {
  it("splits on new lines, tabs and semicolons, cleans and drops empty entries", () => {
    expect(splitUnitList("  Hà  Nội \r\n\nHuế\tĐà Nẵng; Cần Thơ ;\n")).toEqual(["Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ"]);
  });

  it("turns NFD text into NFC", () => {
    const [name] = splitUnitList("Hòa Bình".normalize("NFD"));
    expect(name).toBe("Hòa Bình".normalize("NFC"));
  });
});

describe("analyseUnitList", () => {
  it("reports old/new tone placement, NFD, case and double spaces as exact duplicates", () => {
    const a = analyseUnitList(["Hòa Bình", "Hoà Bình", "HÒA  BÌNH", "Hòa Bình".normalize("NFD"), "Sơn La"].join("\n"));
    expect(a.duplicates.map((d) => [d.index, d.firstIndex])).toEqual([[2, 1], [3, 1], [4, 1]]);
    expect(a.duplicates[0]).toEqual({ name: "Hoà Bình", index: 2, other: "Hòa Bình", firstIndex: 1 });
    expect(a.unique).toEqual(["Hòa Bình", "Sơn La"]);
  });

  it("reports names equal without diacritics as near-duplicates, not duplicates", () => {
    const a = analyseUnitList("Hà Giang\nHa Giang");
    expect(a.duplicates).toEqual([]);
    expect(a.nearDuplicates).toEqual([{ name: "Ha Giang", index: 2, other: "Hà Giang", firstIndex: 1, reason: "diacritics" }]);
    expect(a.unique).toEqual(["Hà Giang", "Ha Giang"]);
  });

  it("reports a name that is another with leading words as a near-duplicate, in either order", () => {
    expect(analyseUnitList("Tỉnh Hà Giang\nHà Giang").nearDuplicates).toHaveLength(1);
    expect(analyseUnitList("Hà Giang\nTỉnh Hà Giang").nearDuplicates[0]).toMatchObject({ index: 2, firstIndex: 1 });
  });

  it("does not match one-word endings or unrelated names", () => {
    expect(analyseUnitList("Công an huyện Hướng Hóa\nHóa\nQuảng Trị\nQuảng Bình").nearDuplicates).toEqual([]);
  });

  it("finds nothing in an empty list", () => {
    expect(analyseUnitList(" \n ;\t")).toEqual({ names: [], duplicates: [], nearDuplicates: [], unique: [], legacy: [], invisible: [], mixedAlphabets: [] });
  });

  it("regression (issue 12): a pasted list with an STT column and a header gives the names, not the numbers", () => {
    const a = analyseUnitList("STT\tTên đơn vị\n1\tHà Giang\n2\tYên Bái\n\n3\tLào Cai\n");
    expect(a.unique).toEqual(["Hà Giang", "Yên Bái", "Lào Cai"]);
  });

  it("regression (issue 12): legacy-font names are pointed out with their conversion and line", () => {
    const a = analyseUnitList("1. Hßa B×nh\n2. Sơn La\n3. Hoäi Noâng daân");
    expect(a.legacy).toEqual([
      { line: 1, from: "1. Hßa B×nh", to: "1. Hòa Bình", encoding: "tcvn3" },
      { line: 3, from: "3. Hoäi Noâng daân", to: "3. Hội Nông dân", encoding: "vni" },
    ]);
  });

  it("regression (issue 12): “Sơn[U+200B] La” with a zero-width space is the same unit as “Sơn La”, and is pointed out", () => {
    const a = analyseUnitList("Sơn\u200B La\nSơn La");
    expect(a.duplicates).toHaveLength(1);
    expect(a.invisible).toEqual([{ line: 1, name: "Sơn La" }]);
  });
});
