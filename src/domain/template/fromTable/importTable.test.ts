/** Pasted-table import on small tables: columns, levels, maxima, kinds, methods and the findings' wording. */
import { render } from "../../../messages/message";
import { walk } from "../tree";
import { importTable } from "./importTable";

const texts = (r: ReturnType<typeof importTable>) => r.findings.map((f) => render(f.message, "vi-VN"));
const shape = (r: ReturnType<typeof importTable>) =>
  [...walk(r.template!.criteria)].map((c) => `${"  ".repeat(c.depth)}${c.code} ${c.title} [${c.kind} ${c.max}${c.method ? ` ${c.method.type}` : ""}]`);

describe("importTable: columns", () => {
  it("reads header words without diacritics and skips a column-number row", () => {
    const r = importTable([
      ["Bang diem thi dua"],
      ["STT", "Noi dung", "Diem toi da", "Cach cham"],
      ["(1)", "(2)", "(3)", "(4)"],
      ["1", "Cong tac chuyen mon", "10", "Cham thang"],
    ]);
    expect(r.headerRow).toBe(2);
    expect(r.columns).toEqual({ code: 1, title: 2, points: 3, rule: 4 });
    expect(shape(r)).toEqual(["1 Cong tac chuyen mon [scored 10 manual]"]);
  });

  it("skips the second row of a two-row header", () => {
    const r = importTable([
      ["TT", "Nội dung", "Điểm", "", "Ghi chú"],
      ["", "", "Tối đa", "Tự chấm", ""],
      ["(1)", "(2)", "(3)", "(4)", "(5)"],
      ["1", "Công tác chuyên môn", "10", "", ""],
    ]);
    expect(r.findings).toEqual([]);
    expect(shape(r)).toEqual(["1 Công tác chuyên môn [scored 10 manual]"]);
    const swapped = importTable([["TT", "Nội dung", "Điểm", ""], ["", "", "Tự chấm", "Tối đa"], ["1", "Công tác chuyên môn", "8", "10"]]);
    expect(swapped.columns.points).toBe(4);
    expect(shape(swapped)).toEqual(["1 Công tác chuyên môn [scored 10 manual]"]);
  });

  it("does not take a filled-in score column ('Điểm tự chấm') for the points", () => {
    const r = importTable([
      ["TT", "Nội dung", "Điểm tự chấm", "Điểm chuẩn"],
      ["1", "Công tác A", "8", "10"],
    ]);
    expect(r.columns.points).toBe(4);
    expect(r.template!.criteria[0]!.max).toBe(10);
  });

  it("without a header, finds code, title, points and rule columns from what they hold", () => {
    const r = importTable([
      ["I", "Công tác chuyên môn", "", ""],
      ["1", "Triển khai kế hoạch năm", "0,5", "Đạt/Không đạt"],
      ["2", "Báo cáo định kỳ đúng hạn", "1.5", "trừ 0,5 điểm/trường hợp, tối đa 1,5"],
    ]);
    expect(r.headerRow).toBeNull();
    expect(shape(r)).toEqual(["I Công tác chuyên môn [scored 2]", "  1 Triển khai kế hoạch năm [scored 0.5 passFail]", "  2 Báo cáo định kỳ đúng hạn [scored 1.5 perCount]"]);
  });

  it("with no text column at all, says so and proposes nothing", () => {
    const r = importTable([["1", "2"], ["3", "4"]]);
    expect(r.template).toBeNull();
    expect(texts(r)).toEqual([expect.stringContaining("Không tìm thấy cột nội dung tiêu chí")]);
  });

  it("an empty paste gives a finding, never an exception", () => {
    expect(importTable([]).template).toBeNull();
    expect(importTable([["STT", "Nội dung", "Điểm"]]).findings.map((f) => f.message.id)).toEqual(["design.import.noRows"]);
  });
});

describe("importTable: levels from the numbering, in any order of schemes", () => {
  it("letters, then numbers, then bullets", () => {
    const r = importTable([
      ["Mã", "Nội dung", "Điểm"],
      ["a)", "Nhóm A", ""], ["1.", "Mục một", "2"], ["-", "Ý thứ nhất", "1"], ["-", "Ý thứ hai", "1"], ["2.", "Mục hai", "3"],
      ["b)", "Nhóm B", ""], ["1.", "Mục ba", "5"],
    ]);
    expect(shape(r)).toEqual([
      "a Nhóm A [scored 5]", "  a.1 Mục một [scored 2]", "    a.1.1 Ý thứ nhất [scored 1 manual]", "    a.1.2 Ý thứ hai [scored 1 manual]", "  a.2 Mục hai [scored 3 manual]",
      "b Nhóm B [scored 5]", "  b.1 Mục ba [scored 5 manual]",
    ]);
    expect(texts(r)).toEqual(['Dòng 3: mã "1" lặp lại trong bảng nên các mục cùng cấp từ dòng này được đặt mã kèm mã nhóm ("a.1"…).', expect.stringContaining("Dòng 8:")]);
  });

  it("a bullet row without points heads the list that opens under it; a bullet paragraph without points continues the title", () => {
    const r = importTable([
      ["Mã", "Nội dung", "Điểm"],
      ["-", "Nhóm công tác", ""], ["1.", "Mục một", "2"], ["2.", "Mục hai", "3"],
      ["-", "Công tác khác", "4"], ["", "- Hội thao", ""], ["-", "Công tác cuối", "1"],
    ]);
    expect(shape(r)).toEqual([
      // the bullets' generated codes keep clear of the table's own "1" and "2"
      "1-2 Nhóm công tác [scored 5]", "  1 Mục một [scored 2 manual]", "  2 Mục hai [scored 3 manual]",
      "2-2 Công tác khác\n- Hội thao [scored 4 manual]", "3 Công tác cuối [scored 1 manual]",
    ]);
  });

  it("a code inside the title, dotted codes, and leading spaces where there are no codes", () => {
    const r = importTable([
      ["Nội dung", "Điểm chuẩn"],
      ["I. CÔNG TÁC CHUYÊN MÔN", "6"], ["1.1 Triển khai", "3"], ["1.2 Báo cáo", "3"],
      ["II. XÂY DỰNG LỰC LƯỢNG", ""], ["Học tập chính trị", ""], ["    Tham gia đầy đủ", "2"], ["    Đạt kết quả tốt", "2"],
    ]);
    expect(shape(r)).toEqual([
      "I CÔNG TÁC CHUYÊN MÔN [scored 6]", "  1.1 Triển khai [scored 3 manual]", "  1.2 Báo cáo [scored 3 manual]",
      "II XÂY DỰNG LỰC LƯỢNG [scored 4]", "  II.1 Học tập chính trị [scored 4]", "    II.1.1 Tham gia đầy đủ [scored 2 manual]", "    II.1.2 Đạt kết quả tốt [scored 2 manual]",
    ]);
  });
});

describe("importTable: maxima, kinds, methods and findings", () => {
  const table = (groupPoints: string) => [
    ["STT", "Nội dung", "Điểm tối đa", "Cách chấm"],
    ["I", "Nhóm I", "11", ""],
    ...Array.from({ length: 11 }, (_, i) => [String(i + 1), `Mục ${i + 1}`, "1", ""]),
    ["II", "Nhóm II", groupPoints, ""],
    ["1", "Mục A", "10", "Đạt/Không đạt"],
    ["2", "Mục B", "8", "Do Ban thường vụ quyết định"],
    ["III", "Điểm cộng", "", ""],
    ["1", "Bài viết được đăng", "1", "mỗi bài +0,2, không quá 1"],
    ["IV", "Điểm trừ", "", ""],
    ["1", "Bị phê bình", "3", "Mỗi lần bị phê bình trừ 3 điểm"],
    ["", "Tổng cộng", "29", ""],
  ];

  it("a group's points that its items do not add up to: a finding on the group's row, in the user's words", () => {
    const r = importTable(table("20"));
    expect(texts(r)).toContain("Dòng 14: tổng điểm các mục con (18) khác điểm của nhóm II (20).");
    expect(r.template!.byKey.get("ii")!.max).toBe(20);
  });

  it("a blank group's points are the sum of its items, without a finding", () => {
    const r = importTable(table(""));
    expect(r.template!.byKey.get("ii")!.max).toBe(18);
    expect(r.findings.map((f) => f.message.id)).not.toContain("design.import.groupSum");
  });

  it("recognises Điểm cộng / Điểm trừ sections and reads their per-count rules; the total row is the scale", () => {
    const r = importTable(table("18"));
    const t = r.template!;
    expect(t.total).toBe(29);
    expect(r.findings.map((f) => f.message.id)).not.toContain("design.import.totalMismatch");
    expect(t.byKey.get("iii")!.kind).toBe("bonus");
    expect(t.byKey.get("iii.1")!.method).toEqual({ type: "perCount", per: 0.2, cap: 1, mode: "accumulate" });
    expect(t.byKey.get("iv.1")!.kind).toBe("penalty");
    expect(t.byKey.get("iv.1")!.method).toEqual({ type: "perCount", per: 3, mode: "accumulate" });
    expect(t.byKey.get("ii.1")!.method).toEqual({ type: "passFail" });
  });

  it("an unread rule stays chấm thẳng, keeps its text, and a finding names its row", () => {
    const r = importTable(table("18"));
    const b = r.template!.byKey.get("ii.2")!;
    expect(b.method).toEqual({ type: "manual" });
    expect(b.rule).toBe("Do Ban thường vụ quyết định");
    expect(texts(r)).toContain('Dòng 16: không đọc được cách chấm của tiêu chí II.2 ("Do Ban thường vụ quyết định"): để chấm thẳng; hãy chọn cách chấm.');
    const f = r.findings.find((x) => x.message.id === "design.import.ruleUnread")!;
    expect([f.row, f.column]).toEqual([16, 4]);
  });

  it("findings follow the grid's place in the sheet", () => {
    const r = importTable([["STT", "Nội dung", "Điểm"], ["1", "Mục A", "mười"], ["2", "Mục B", "5"]], { origin: { row: 5, column: 3 } });
    expect(texts(r)).toContain('Dòng 6, cột E: không đọc được điểm "mười"; để trống. Hãy nhập một số (ví dụ 10 hoặc 0,5).');
    expect(texts(r)).toContain("Dòng 6: tiêu chí 1 chưa có điểm tối đa; tạm để 0. Hãy nhập điểm chuẩn.");
    expect(r.template!.criteria[0]!.max).toBe(0);
    expect(importTable([["STT", "Nội dung", "Điểm"], ["1", "Mục A", ""]]).findings.map((f) => f.message.id)).toEqual([
      "design.import.leafNoPoints", "design.import.noPoints",
    ]);
  });

  it("merged cells: rows with only a rule or only more title continue the criterion above", () => {
    const r = importTable([
      ["STT", "Nội dung", "Điểm", "Cách chấm"],
      ["1", "Tham gia các hoạt động", "3", "Mỗi trường hợp vắng: trừ 0,5 điểm"],
      ["", "- Hội thao", "", "Tổng điểm trừ không quá 1,5 điểm"],
      ["", "- Văn nghệ", "", ""],
    ]);
    const c = r.template!.criteria[0]!;
    expect(c.title).toBe("Tham gia các hoạt động\n- Hội thao\n- Văn nghệ");
    expect(c.rule).toBe("Mỗi trường hợp vắng: trừ 0,5 điểm | Tổng điểm trừ không quá 1,5 điểm");
    expect(c.method).toEqual({ type: "perCount", per: 0.5, cap: 1.5, mode: "deductFromMax" });
  });
});

describe("importTable: tables as PDFs and Word documents write them", () => {
  it("a code written both in its cell and at the start of the title is kept once", () => {
    const r = importTable([["STT", "Nội dung", "Điểm"], ["1", "1. Công tác chuyên môn", "10"], ["2", "2) Báo cáo", "5"]]);
    expect(shape(r)).toEqual(["1 Công tác chuyên môn [scored 10 manual]", "2 Báo cáo [scored 5 manual]"]);
  });

  it("points written in the title when the points cell is blank: '(10 điểm)', '(điểm chuẩn 3 điểm)', with a finding", () => {
    const r = importTable([
      ["STT", "Nội dung", "Điểm"],
      ["I", "Công tác chuyên môn (10 điểm)", ""],
      ["1", "Triển khai kế hoạch (điểm chuẩn 3 điểm)", ""],
      ["2", "Báo cáo định kỳ (trừ 0,5 điểm)", "7"],
    ]);
    expect(shape(r)).toEqual(["I Công tác chuyên môn (10 điểm) [scored 10]", "  1 Triển khai kế hoạch (điểm chuẩn 3 điểm) [scored 3 manual]", "  2 Báo cáo định kỳ (trừ 0,5 điểm) [scored 7 manual]"]);
    expect(texts(r)).toContain("Dòng 3: ô điểm trống, lấy 3 điểm ghi trong tên tiêu chí.");
  });

  it("'Phần I' in the code cell and 'Tiêu chuẩn 2:' in a title are numbering; the title stays whole", () => {
    const r = importTable([
      ["Mục", "Nội dung", "Điểm"],
      ["Phần I", "NHIỆM VỤ CHUYÊN MÔN", ""], ["1", "Công tác A", "4"], ["2", "Công tác B", "6"],
      ["Phần II", "XÂY DỰNG LỰC LƯỢNG", ""], ["", "Tiêu chuẩn 1: Học tập", "5"], ["", "Tiêu chuẩn 2: Rèn luyện", "5"],
    ]);
    expect(shape(r)).toEqual([
      "I NHIỆM VỤ CHUYÊN MÔN [scored 10]", "  I.1 Công tác A [scored 4 manual]", "  I.2 Công tác B [scored 6 manual]",
      "II XÂY DỰNG LỰC LƯỢNG [scored 10]", "  II.1 Tiêu chuẩn 1: Học tập [scored 5 manual]", "  II.2 Tiêu chuẩn 2: Rèn luyện [scored 5 manual]",
    ]);
  });
});
