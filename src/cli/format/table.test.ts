import { renderTable, width } from "./table";

describe("width", () => {
  it("counts letters, not combining marks, so decomposed Vietnamese aligns", () => {
    expect(width("Hòa Bình")).toBe(8);
    expect(width("Hòa Bình".normalize("NFD"))).toBe(8);
    expect(width("Tuyên Quang")).toBe(11);
  });
});

describe("renderTable", () => {
  it("pads columns, right-aligns numbers, cuts long cells", () => {
    const lines = renderTable(
      [{ header: "Hạng", align: "right" }, { header: "Đơn vị", maxWidth: 6 }, { header: "Tổng", align: "right" }],
      [["1", "Hà Giang", "99,25"], ["10", "Yên Bái", "7"]],
    );
    expect(lines).toEqual([
      "Hạng | Đơn vị | Tổng",
      "-----+--------+------",
      "   1 | Hà Gi… | 99,25",
      "  10 | Yên B… |     7",
    ]);
  });

  it("regression (issue 12): writes every cell in one tone-mark style, the newer one", () => {
    const lines = renderTable([{ header: "Đơn vị" }], [["Hoà Bình"], ["Hòa Bình 2"], ["Thuỷ Xuân"]]);
    expect(lines.slice(2)).toEqual(["Hòa Bình", "Hòa Bình 2", "Thủy Xuân"]);
  });
});
