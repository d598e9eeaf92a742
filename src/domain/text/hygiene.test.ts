import { convertLegacyList, nameIssues } from "./hygiene";
import { identityKey, cleanText } from "./normalize";
import { lookalikeKey, mixesAlphabets } from "./confusables";
import { findNearDuplicates } from "./nearDuplicates";

describe("invisible characters (issue 12: “Sơn[U+200B]La” and “SơnLa” are two units that look the same)", () => {
  it.each(["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"])("U+%s is removed from identity and display", (ch) => {
    expect(cleanText(`Sơn${ch}La`)).toBe("SơnLa");
    expect(cleanText(`Sơn${ch} La`)).toBe("Sơn La");
    expect(identityKey(`${ch}Sơn La${ch}`)).toBe(identityKey("Sơn La"));
  });

  it("is reported as an issue of the name", () => {
    expect(nameIssues(["Sơn\u200B La", "Sơn La"])).toEqual([[{ kind: "invisible" }], []]);
  });
});

describe("names that look alike", () => {
  it("finds Cyrillic look-alike letters and reports them", () => {
    const cyrillic = "Нà Nộі"; // Cyrillic Н and і
    expect(mixesAlphabets(cyrillic)).toBe(true);
    expect(mixesAlphabets("Hà Nội")).toBe(false);
    expect(lookalikeKey(cyrillic)).toBe(lookalikeKey("Hà Nội"));
    expect(nameIssues([cyrillic])).toEqual([[{ kind: "mixedAlphabets" }]]);
  });

  it("points out names differing by spaces, look-alikes, diacritics or leading words", () => {
    const list = ["Sơn La", "SơnLa", "Нà Nội", "Hà Nội", "Ha Giang", "Hà Giang", "Tỉnh Yên Bái", "Yên Bái", "Sơn  La"];
    expect(findNearDuplicates(list)).toEqual([
      { index: 1, firstIndex: 0, reason: "lookalike" },
      { index: 3, firstIndex: 2, reason: "lookalike" },
      { index: 5, firstIndex: 4, reason: "diacritics" },
      { index: 7, firstIndex: 6, reason: "leadingWords" },
    ]);
  });
});

describe("converting a pasted list", () => {
  it("converts legacy cells and keeps numbering, tabs, header and line ends", () => {
    const text = "STT\tTên đơn vị\r\n1\tHßa B×nh\r\n2\tSơn La\r\n3\tHå ChÝ Minh";
    expect(convertLegacyList(text)).toBe("STT\tTên đơn vị\r\n1\tHòa Bình\r\n2\tSơn La\r\n3\tHồ Chí Minh");
    expect(convertLegacyList("1. Hßa B×nh; Lµo Cai")).toBe("1. Hòa Bình; Lào Cai");
  });

  it("leaves a Unicode list exactly as it is", () => {
    const text = "1. Hòa Bình\n2. Hoà Bình\n\tĐắk Lắk;";
    expect(convertLegacyList(text)).toBe(text);
  });
});
