import fc from "fast-check";
import { vietnameseName } from "../../../test/support/vietnameseText";
import { identityKey } from "./normalize";
import { applyToneStyle, parseToneStyle } from "./toneStyle";

describe("one tone-mark style per document (issue 12: “Hoà” and “Hòa” mixed in one biên bản)", () => {
  it.each([
    ["Hoà Bình, hòa giải", "Hòa Bình, hòa giải", "Hoà Bình, hoà giải"],
    ["Thuỷ lợi – THỦY", "Thủy lợi – THỦY", "Thuỷ lợi – THUỶ"],
    ["Khoẻ, hoạ sĩ, xoã", "Khỏe, họa sĩ, xõa", "Khoẻ, hoạ sĩ, xoã"],
    ["Uỷ ban", "Ủy ban", "Uỷ ban"],
  ])("%s → new %s, old %s", (text, newer, older) => {
    expect(applyToneStyle(text, "new")).toBe(newer);
    expect(applyToneStyle(text, "old")).toBe(older);
  });

  it("leaves quý, hoàn, khuỷu, hoặc as they are in both styles", () => {
    for (const w of ["quý", "Quỳnh", "hoàn", "khuỷu", "hoặc", "tuyết"]) {
      expect([w, applyToneStyle(w, "new"), applyToneStyle(w, "old")]).toEqual([w, w, w]);
    }
  });

  it("changes only the placement: same identity, idempotent, old ↔ new round trip (property)", () => {
    fc.assert(
      fc.property(vietnameseName(), fc.constantFrom("new" as const, "old" as const), (name, style) => {
        const styled = applyToneStyle(name, style);
        return identityKey(styled) === identityKey(name) && applyToneStyle(styled, style) === styled && applyToneStyle(applyToneStyle(styled, style === "new" ? "old" : "new"), style) === styled;
      }),
    );
  });

  it("reads the style names of the command line", () => {
    expect([parseToneStyle("new"), parseToneStyle(" OLD "), parseToneStyle("cũ"), parseToneStyle("mới"), parseToneStyle("x")]).toEqual(["new", "old", "old", "new", null]);
  });
});
