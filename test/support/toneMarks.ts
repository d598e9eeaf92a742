/**
 * Which tone-mark styles a text uses, found on its decomposed form: "old" puts the mark on the last vowel of
 * oa/oe/uy ("hoà", "thuỷ"), "new" on the first ("hòa", "thủy"; "quý" is not counted).
 */
export function toneStylesIn(text: string): { old: boolean; new: boolean } {
  const nfd = text.normalize("NFD");
  return {
    old: /(?:oa|oe|uy)[\u0300\u0301\u0303\u0309\u0323](?![\p{L}\p{M}])/u.test(nfd),
    new: /(?<![qQ])(?:o[\u0300\u0301\u0303\u0309\u0323]a|o[\u0300\u0301\u0303\u0309\u0323]e|u[\u0300\u0301\u0303\u0309\u0323]y)(?![\p{L}\p{M}])/iu.test(nfd),
  };
}
