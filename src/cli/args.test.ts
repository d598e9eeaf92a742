import { render } from "../domain";
import { parseArgs, pickLocale, type ArgSpec } from "./args";

const spec: ArgSpec = {
  command: "rank",
  options: { template: { type: "string", short: "t", example: "--template blank-100" }, json: { type: "boolean" } },
  maxPositionals: 1,
};

describe("parseArgs", () => {
  it("reads long, inline, short options, flags and positionals", () => {
    const r = parseArgs(["x.json", "--template", "a", "--json", "--lang=en"], spec);
    expect(r).toEqual({ ok: true, args: { options: { template: "a", json: true, lang: "en" }, positionals: ["x.json"], lists: {} } });
    expect(parseArgs(["-t", "b", "-h"], spec)).toEqual({ ok: true, args: { options: { template: "b", help: true }, positionals: [], lists: {} } });
    expect(parseArgs(["--template=c=d"], spec)).toMatchObject({ ok: true, args: { options: { template: "c=d" } } });
  });

  it("collects every value of a repeatable option in order (--quota a --quota=b)", () => {
    const repeatable: ArgSpec = { command: "rollup", options: { quota: { type: "string", repeatable: true } }, maxPositionals: 5 };
    expect(parseArgs(["x.csv", "--quota", "A=1", "--quota=B=20%", "y.csv"], repeatable)).toMatchObject({ ok: true, args: { positionals: ["x.csv", "y.csv"], lists: { quota: ["A=1", "B=20%"] } } });
    expect(parseArgs(["x.csv"], repeatable)).toMatchObject({ ok: true, args: { lists: {} } });
  });

  it("treats everything after -- as positionals", () => {
    expect(parseArgs(["--", "--json"], spec)).toMatchObject({ ok: true, args: { positionals: ["--json"] } });
  });

  const error = (argv: string[]) => {
    const r = parseArgs(argv, spec);
    return r.ok ? "" : render(r.error, "en-US");
  };

  it("rejects unknown options, missing values, values on flags, extra positionals and unknown languages", () => {
    expect(error(["--frob"])).toBe("The rank command has no option --frob. See: thidua rank --help");
    expect(error(["--frob=1"])).toContain("no option --frob.");
    expect(error(["-x"])).toContain("no option -x.");
    expect(error(["--template"])).toBe("Option --template needs a value, e.g. --template blank-100.");
    expect(error(["--template", "--json"])).toContain("needs a value");
    expect(error(["--json=yes"])).toBe("Option --json takes no value.");
    expect(error(["a", "b"])).toBe('Unexpected argument "b". See: thidua rank --help');
    expect(error(["--lang", "fr"])).toBe('Language "fr" is not supported. Use --lang vi or --lang en.');
  });

  it("refuses an option given twice with different values (was: the last silently won)", () => {
    expect(error(["-t", "a.json", "--template=b.json"])).toBe("Option --template is given twice (a.json and b.json). Give it once, with the file you mean.");
    expect(parseArgs(["-t", "a", "-t", "a", "--json", "--json"], spec)).toMatchObject({ ok: true, args: { options: { template: "a", json: true } } });
    expect(parseArgs(["--lang", "vi", "--lang", "en"], spec)).toMatchObject({ ok: true, args: { options: { lang: "en" } } });
  });
});

describe("pickLocale", () => {
  it("is Vietnamese by default, whatever LANG says", () => {
    expect(pickLocale([], {})).toBe("vi-VN");
    expect(pickLocale([], { LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8" })).toBe("vi-VN");
  });
  it("follows THIDUA_LANG, and --lang over it (the last one wins)", () => {
    expect(pickLocale([], { THIDUA_LANG: "en" })).toBe("en-US");
    expect(pickLocale(["--lang", "vi"], { THIDUA_LANG: "en" })).toBe("vi-VN");
    expect(pickLocale(["--lang=en", "x", "--lang", "vi"], {})).toBe("vi-VN");
    expect(pickLocale(["--lang", "EN-us"], {})).toBe("en-US");
    expect(pickLocale(["--lang", "fr"], {})).toBe("vi-VN");
  });
});
