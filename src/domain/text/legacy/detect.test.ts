import fc from "fast-check";
import { PROVINCES, SYLLABLES, TCVN3_OF, VIETNAMESE_LETTERS, VNI_OF, toMojibake, toTcvn3, toVni, vietnameseName } from "../../../../test/support/vietnameseText";
import { implausibleWords } from "../syllable";
import { detectLegacy, detectLegacyList } from "./detect";
import { decodeMojibake } from "./mojibake";
import { decodeTcvn3 } from "./tcvn3";
import { decodeVni } from "./vni";

describe("legacy Vietnamese text (issue 12: TCVN3/VNI names accepted as units)", () => {
  it.each([
    ["Hßa B×nh", "Hòa Bình", "tcvn3"],
    ["§¾k L¾k", "Đắk Lắk", "tcvn3"],
    ["M\u00ADêng Kh\u00AD¬ng", "Mường Khương", "tcvn3"],
    ["Héi Cùu chiÕn binh", "Hội Cựu chiến binh", "tcvn3"],
    ["HßA B×NH", "HÒA BÌNH", "tcvn3"],
    ["Hoäi Cöïu chieán binh", "Hội Cựu chiến binh", "vni"],
    ["Ñoàng Thaùp", "Đồng Tháp", "vni"],
    ["Há»™i Cá»±u chiáº¿n binh", "Hội Cựu chiến binh", "utf8AsWindows"],
    ["Ä\u0090á»“ng ThÃ¡p", "Đồng Tháp", "utf8AsWindows"],
  ])("%s is %s (%s)", (typed, unicode, encoding) => {
    expect(detectLegacy(typed)).toEqual({ encoding, original: typed, converted: unicode });
  });

  it("decodes every one of the 134 letters from TCVN3 and VNI", () => {
    VIETNAMESE_LETTERS.forEach((letter, i) => {
      expect([letter, decodeTcvn3(`x${TCVN3_OF[i]}x`)]).toEqual([letter, `x${letter}x`]);
      expect([letter, decodeVni(`x${VNI_OF[i]}x`)]).toEqual([letter, `x${letter}x`]);
      expect([letter, decodeMojibake(toMojibake(letter))]).toEqual([letter, letter]);
    });
  });

  it("keeps ordinary punctuation of TCVN3 text: a dash between words stays a dash", () => {
    expect(detectLegacy("Hµ Néi – H¶i Phßng")?.converted).toBe("Hà Nội – Hải Phòng");
  });

  it("never flags real Unicode Vietnamese names, English names or ASCII (property)", () => {
    fc.assert(fc.property(vietnameseName(), (name) => detectLegacy(name) === null && detectLegacy(name.normalize("NFD")) === null));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCXYZ 0123456789-.,'()&") }), (s) => detectLegacy(s) === null));
    for (const s of ["Smith & Sons", "Müller", "Đắk Lắk", "Krông Búk", "Ea H'leo", "Cụm 1 – Tây Bắc", "M'Drắk", "Thành phố Hồ Chí Minh", "“Hòa Bình”"]) {
      expect([s, detectLegacy(s)]).toEqual([s, null]);
    }
  });

  it("every real syllable reads as Vietnamese (the guard against false alarms)", () => {
    const upper = SYLLABLES.map((w) => w.toLocaleUpperCase("vi"));
    expect(implausibleWords([...SYLLABLES, ...upper].join(" "))).toEqual([]);
  });

  it("a list encoded as TCVN3, VNI, or UTF-8 read as Windows-1252/1258 converts back to the original (property)", () => {
    const names = fc.array(vietnameseName(), { minLength: 3, maxLength: 8 });
    const how = fc.constantFrom("tcvn3", "vni", "windows-1252", "windows-1258");
    fc.assert(
      fc.property(names, how, (list, encoding) => {
        const typed = list.map((n) => (encoding === "tcvn3" ? toTcvn3(n) : encoding === "vni" ? toVni(n) : toMojibake(n, encoding)));
        // A lone capital that TCVN3 stores at a byte Windows shows as punctuation ("Ạ" is "„") stays as typed.
        fc.pre(encoding !== "tcvn3" || !list.some((n) => n.split(" ").some((w) => /^[‘’“”–—…•„‚]$/u.test(toTcvn3(w)))));
        const found = detectLegacyList(typed);
        // A spelling that is itself Vietnamese ("Hồ" in VNI is "Hoà") is left as typed: nothing tells it apart.
        return typed.every((t, i) => (found[i]?.converted ?? null) === (implausibleWords(t).length === 0 ? null : list[i]));
      }),
      { numRuns: 300 },
    );
  });

  it("finds every province name in a list typed in TCVN3, VNI or read as Windows-1252", () => {
    for (const [encode, encoding] of [[toTcvn3, "tcvn3"], [toVni, "vni"], [toMojibake, "utf8AsWindows"]] as const) {
      const typed = PROVINCES.map((p) => encode(p));
      const found = detectLegacyList(typed);
      PROVINCES.forEach((name, i) => {
        // "Hồ" in VNI is "Hoà", itself Vietnamese: a name whose every word reads as Vietnamese is left as typed.
        if (typed[i] === name || implausibleWords(typed[i]!).length === 0) return;
        expect([name, encoding, found[i]?.encoding, found[i]?.converted]).toEqual([name, encoding, encoding, name]);
      });
    }
  });

});
