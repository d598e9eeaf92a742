import { cleanText, compareVietnamese, identityKey, looseKey, unifyToneMarks } from "./normalize";

const nfd = (s: string) => s.normalize("NFD");

describe("cleanText", () => {
  it("returns NFC, trims and collapses white space including NBSP, tabs and new lines", () => {
    const out = cleanText("\u00a0 Hòa\t\tBình\n  xã\u00a0 ");
    expect(out).toBe("Hòa Bình xã");
    expect(cleanText(nfd("Hòa Bình"))).toBe("Hòa Bình");
    expect(cleanText(nfd("Hòa Bình")).length).toBe("Hòa Bình".normalize("NFC").length);
  });
});

describe("identityKey", () => {
  it("is the same for NFC and NFD input", () => {
    for (const s of ["Hòa Bình", "Đồng Nai", "Thủy Xuân", "Khỏe", "Quý Lộc", "Nguyễn Huệ", "ỦY BAN"]) {
      expect(nfd(s)).not.toBe(s.normalize("NFC"));
      expect(identityKey(nfd(s))).toBe(identityKey(s.normalize("NFC")));
    }
  });

  it.each([
    ["Hoà", "Hòa"],
    ["Thuỷ", "Thủy"],
    ["Khoẻ", "Khỏe"],
    ["Hoà Bình", "Hòa Bình"],
    ["Uỷ ban", "Ủy ban"],
    ["toả sáng", "tỏa sáng"],
    ["Thuỵ", "Thụy"],
    ["hoá", "hóa"],
    ["xoã", "xõa"],
  ])("old tone placement %s equals new %s", (oldStyle, newStyle) => {
    expect(identityKey(oldStyle)).toBe(identityKey(newStyle));
    expect(identityKey(nfd(oldStyle))).toBe(identityKey(newStyle));
    expect(identityKey(oldStyle)).toBe(newStyle.normalize("NFC").toLowerCase());
  });

  it("old and new placements differ before unification (the test inputs are really different)", () => {
    expect("Hoà".normalize("NFC")).not.toBe("Hòa".normalize("NFC"));
    expect("Thuỷ".normalize("NFC")).not.toBe("Thủy".normalize("NFC"));
    expect("Khoẻ".normalize("NFC")).not.toBe("Khỏe".normalize("NFC"));
  });

  it("keeps 'quý' unchanged: in 'qu' the u belongs to the consonant", () => {
    expect(identityKey("quý")).toBe("quý");
    expect(identityKey("Quý")).toBe("quý");
    expect(identityKey("QUÝ")).toBe("quý");
    expect(identityKey(nfd("quý"))).toBe("quý");
    expect(identityKey("quý")).not.toBe(identityKey("qúy"));
  });

  it("moves marks only in a word-final pair: 'hoàn', 'khuỷu', 'hoặc' unchanged", () => {
    expect(identityKey("hoàn")).toBe("hoàn");
    expect(identityKey("Hoàn thành")).toBe("hoàn thành");
    expect(identityKey("khuỷu")).toBe("khuỷu");
    expect(identityKey("hoặc")).toBe("hoặc");
    expect(identityKey("hoàn")).not.toBe(identityKey("hòan"));
  });

  it("folds case, including Vietnamese capitals", () => {
    expect(identityKey("HÒA BÌNH")).toBe(identityKey("hòa bình"));
    expect(identityKey("ĐỒNG NAI")).toBe("đồng nai");
    expect(identityKey("Hội xã HOÀ HƯNG")).toBe("hội xã hòa hưng");
  });

  it("folds white space: NBSP, tabs, repeated and surrounding spaces", () => {
    const k = identityKey("Hòa Bình");
    expect(identityKey("Hòa\u00a0Bình")).toBe(k);
    expect(identityKey("Hòa\tBình")).toBe(k);
    expect(identityKey("  Hòa    Bình  ")).toBe(k);
    expect(identityKey("\u00a0Hoà\t Bình\n")).toBe(k);
  });

  it("does not merge genuinely different names", () => {
    expect(identityKey("Hòa Bình")).not.toBe(identityKey("Hòa Bính"));
    expect(identityKey("Hòa Bình")).not.toBe(identityKey("Hoa Binh"));
    expect(identityKey("Đồng Nai")).not.toBe(identityKey("Dong Nai"));
    expect(identityKey("Tân Lâm")).not.toBe(identityKey("Tân Lam"));
  });
});

describe("unifyToneMarks", () => {
  it("returns NFC text with the new-style placement and keeps case", () => {
    expect(unifyToneMarks("Hoà Bình")).toBe("Hòa Bình".normalize("NFC"));
    expect(unifyToneMarks(nfd("THUỶ"))).toBe("THỦY".normalize("NFC"));
    expect(unifyToneMarks("hoàn")).toBe("hoàn");
  });
});

describe("looseKey", () => {
  it("drops diacritics, maps đ to d and punctuation to spaces", () => {
    expect(looseKey("Đồng Nai")).toBe("dong nai");
    expect(looseKey("Đồng-Nai")).toBe("dong nai");
    expect(looseKey("Hòa  Bình!")).toBe("hoa binh");
    expect(looseKey(nfd("Hoà Bình"))).toBe("hoa binh");
    expect(looseKey("Tân Lâm")).toBe(looseKey("Tan Lam"));
  });

  it("is looser than identityKey", () => {
    expect(identityKey("Hòa Bình")).not.toBe(identityKey("Hoa Binh"));
    expect(looseKey("Hòa Bình")).toBe(looseKey("Hoa Binh"));
  });
});

describe("compareVietnamese", () => {
  it("sorts Ă after A and Đ after D", () => {
    const sorted = ["Đồng Nai", "Dak Lak", "An Giang", "Ăn"].sort(compareVietnamese);
    expect(sorted).toEqual(["An Giang", "Ăn", "Dak Lak", "Đồng Nai"]);
  });

  it("places Đ after every D word and Ă/Â after every A word", () => {
    const sorted = ["Đa", "Dz", "Ân", "Ăz", "Az", "Ba"].sort(compareVietnamese);
    expect(sorted).toEqual(["Az", "Ăz", "Ân", "Ba", "Dz", "Đa"]);
  });

  it("treats NFD and NFC spellings as equal", () => {
    expect(compareVietnamese(nfd("Hòa Bình"), "Hòa Bình")).toBe(0);
    expect(compareVietnamese(" Hòa\u00a0Bình ", "Hòa Bình")).toBe(0);
  });

  it("orders numbers numerically", () => {
    expect(["Cụm 10", "Cụm 2", "Cụm 1"].sort(compareVietnamese)).toEqual(["Cụm 1", "Cụm 2", "Cụm 10"]);
  });
});
