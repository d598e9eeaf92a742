import { standardTemplates } from "../../templates";
import { memoryIo } from "../memoryIo";
import { templatesCommand } from "./templates";

describe("templates", () => {
  it("lists every standard template with total, number of leaf criteria and source", () => {
    const io = memoryIo();
    expect(templatesCommand([], io)).toBe(0);
    const rows = io.out().split("\n").filter((l) => / \| /.test(l)).map((l) => `${l} `.split(" | ").map((c) => c.trim()));
    expect(rows[0]).toEqual(["Mã", "Tên mẫu", "Thang điểm", "Số tiêu chí", "Căn cứ", "Nguồn"]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(standardTemplates.map((t) => t.id));
    // blank-100: I.1–I.3, II.1–II.2, III.1–III.2, C.1–C.2, T.1–T.2, DK.1 = 12 leaves.
    expect(rows.find((r) => r[0] === "blank-100")).toEqual(["blank-100", "Mẫu trống thang 100 điểm", "100", "12", "mẫu ví dụ của ThiDua", ""]);
    // ccb-cum-3-thang-90: I.1–2, II.1–3, III.1–2, IV.1–2, V.1–2 = 11 leaves on a 90-point scale.
    expect(rows.find((r) => r[0] === "ccb-cum-3-thang-90")?.slice(2)).toEqual([
      "90", "11", "chỉ xếp loại; tiêu chí giữ chỗ", "http://cuuchienbinh.vn/thang-diem-voi-con-so-dep/",
    ]);
    expect(io.out()).toContain(`${standardTemplates.length} mẫu.`);
  });

  it("speaks English and rejects arguments", () => {
    const io = memoryIo({ env: { THIDUA_LANG: "en" } });
    templatesCommand([], io);
    expect(io.out()).toMatch(/^Id\s+\| Title\s+\| Total \| Criteria \| Basis\s+\| Source/);
    const bad = memoryIo();
    expect(templatesCommand(["x"], bad)).toBe(2);
    expect(bad.err()).toContain('Không hiểu đối số "x"');
  });
});
