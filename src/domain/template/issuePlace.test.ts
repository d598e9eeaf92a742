import { render } from "../../messages/message";
import { loadStandardTemplate } from "../../templates";
import { checkTemplate } from "./check";
import { issueLocation, issuePlace } from "./issuePlace";
import { parseTemplate } from "./parse";

const vi = (m: ReturnType<typeof issuePlace>) => (m ? render(m, "vi-VN") : null);

const data = {
  criteria: [
    { code: "I", title: "Công tác chuyên môn", children: [{ code: "1.1", title: "Tuyên truyền", max: 5 }, { title: "" }] },
    { title: "Không mã" },
  ],
  awards: [{ title: "Cờ thi đua", quota: { percent: 20 }, previous: { periods: 2, bands: ["Xuất sắc"] } }, {}],
  bands: [{ label: "Xuất sắc", min: 90 }],
};

describe("issuePlace says where a template problem is in the reader's words", () => {
  it("names a criterion by code and title, and the field by the criteria table's name", () => {
    expect(vi(issuePlace(data, "criteria[0].children[0].max"))).toBe("tiêu chí 1.1 “Tuyên truyền”, mục Điểm tối đa");
    expect(vi(issuePlace(data, "criteria[0]"))).toBe("tiêu chí I “Công tác chuyên môn”");
  });
  it("falls back to positions, counted from 1, under the nearest named parent", () => {
    expect(vi(issuePlace(data, "criteria[0].children[1].title"))).toBe("tiêu chí thứ 2 của tiêu chí I “Công tác chuyên môn”, mục Tên");
    expect(vi(issuePlace(data, "criteria[1].code"))).toBe("tiêu chí thứ 2 (cấp trên cùng), mục Mã");
    expect(vi(issuePlace(data, "criteria[5].children[0]"))).toBe("tiêu chí thứ 1 của tiêu chí thứ 6 (cấp trên cùng)");
  });
  it("names awards and bands by their title and label; the deepest field is the one named", () => {
    expect(vi(issuePlace(data, "awards[0].quota.percent"))).toBe("khen thưởng “Cờ thi đua”, mục Tỷ lệ %");
    expect(vi(issuePlace(data, "awards[0].previous.bands[0]"))).toBe("khen thưởng “Cờ thi đua”, mục Xếp loại");
    expect(vi(issuePlace(data, "awards[1].title"))).toBe("khen thưởng thứ 2, mục Tên");
    expect(vi(issuePlace(data, "bands[0].min"))).toBe("xếp loại “Xuất sắc”, mục Điểm từ");
  });
  it("top-level fields belong to the template's general part; unknown fields keep their name; the whole file has no place", () => {
    expect(vi(issuePlace(data, "total"))).toBe("phần chung của mẫu, mục Tổng điểm");
    expect(vi(issuePlace(data, "colour"))).toBe("phần chung của mẫu, mục “colour”");
    expect(issuePlace(data, "$")).toBeNull();
  });
});

describe("parse and check issues carry their place, shown before the JSON path", () => {
  const base = loadStandardTemplate("blank-100").input as unknown as { criteria: { code: string; title: string; max?: number }[] };
  it("a parse error names the criterion", () => {
    const criteria = base.criteria.map((c, i) => (i === 0 ? { ...c, max: -1 } : c));
    const r = parseTemplate({ ...base, criteria });
    if (r.ok) throw new Error("expected a parse error");
    const issue = r.errors.find((e) => e.path === "criteria[0].max")!;
    expect(render(issueLocation(issue), "vi-VN")).toBe(`tiêu chí ${base.criteria[0]!.code} “${base.criteria[0]!.title}”, mục Điểm tối đa (criteria[0].max)`);
  });
  it("a check warning names the criterion too", () => {
    const r = parseTemplate({ ...base, total: 999 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const issue = checkTemplate(r.template).find((i) => i.path === "total")!;
    expect(render(issueLocation(issue), "en-US")).toBe("the template's general part, field Total points (total)");
  });
});
