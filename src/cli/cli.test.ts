import { runCli } from "./cli";
import { memoryIo } from "./memoryIo";

function run(argv: string[], env: Record<string, string> = {}) {
  const io = memoryIo({ env });
  const code = runCli(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("runCli", () => {
  it("dispatches to the commands", () => {
    expect(run(["check", "blank-100"]).code).toBe(0);
    expect(run(["templates"]).out).toContain("blank-100");
  });

  it("accepts --lang before the command", () => {
    expect(run(["--lang", "en", "check", "blank-100"]).out).toContain("The template can be used.");
    expect(run(["--lang=en", "check", "--help"]).out).toContain("Usage: thidua check");
    expect(run(["--help", "rank"]).out).toContain("Cách dùng: thidua rank");
  });

  it("prints the usage for --help, help and help <command>", () => {
    expect(run(["--help"])).toMatchObject({ code: 0, out: expect.stringContaining("Cách dùng: thidua <lệnh> [tuỳ chọn]") });
    expect(run(["-h", "--lang", "en"]).out).toContain("Usage: thidua <command> [options]");
    expect(run(["help", "rank"]).out).toContain("Cách dùng: thidua rank --template");
    expect(run(["check", "--help"]).out).toContain("Cách dùng: thidua check <mẫu.json|mã>");
  });

  it("rejects an unknown or missing command with the usage, exit 2", () => {
    const unknown = run(["frob", "--lang", "en"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^There is no command "frob"\. Commands: templates, check, rank, build, demo, export, handout, merge\.\n\nThiDua – score and rank/);
    expect(run([]).err).toMatch(/^Chưa nhập lệnh\.\n/);
    expect(run(["--lang", "en"]).err).toMatch(/^ThiDua – score and rank/);
    expect(run(["--json"], { THIDUA_LANG: "en" }).err).toMatch(/^There is no command "--json"/);
  });
});
