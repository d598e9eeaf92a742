import fc from "fast-check";
import { FingerprintBuilder, fingerprintOf } from "./fingerprint";

const value = fc.oneof(fc.string(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null));

describe("fingerprintOf", () => {
  it("is the same for the same cells", () => {
    fc.assert(fc.property(fc.array(value), (vs) => fingerprintOf(vs) === fingerprintOf([...vs])));
  });

  it("changes when any one cell changes", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1 }), fc.nat(), value, (vs, at, next) => {
        const i = at % vs.length;
        fc.pre(!Object.is(vs[i], next) && !(vs[i] === 0 && next === 0));
        const changed = [...vs];
        changed[i] = next;
        return fingerprintOf(changed) !== fingerprintOf(vs);
      }),
    );
  });

  it("tells text from numbers, and values moved between cells or rows", () => {
    expect(fingerprintOf(["8,5"])).not.toBe(fingerprintOf([8.5]));
    expect(fingerprintOf(["92"])).not.toBe(fingerprintOf([92]));
    expect(fingerprintOf(["1", "2"])).not.toBe(fingerprintOf(["12"]));
    expect(fingerprintOf(["", null])).not.toBe(fingerprintOf([null, ""]));
    const rows = (g: (string | number)[][]) => new FingerprintBuilder().addGrid(g).digest();
    expect(rows([[1, 2], [3]])).not.toBe(rows([[1], [2, 3]]));
  });
});
