/**
 * Issue 13, "share it": criteria taken from the design sheet are saved as a template file that reads back as the
 * same template (what `thidua template from-sheet` writes); a host that forbids downloads gets a way round it.
 */
import { screen } from "@testing-library/react";
import { parseTemplateText } from "../../src/domain/template/parse";
import { loadStandardTemplate } from "../../src/templates";
import { renderPane } from "./support/renderPane";

const SHEET = "Thiết kế tiêu chí";
const blobText = (b: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(r.result as string);
    r.onerror = () => reject(r.error);
    r.readAsText(b);
  });

let blobs: Blob[];
let names: string[];
beforeEach(() => {
  blobs = [];
  names = [];
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (b: Blob) => {
    blobs.push(b);
    return `blob:test/${blobs.length}`;
  };
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => {};
  jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

async function takeCriteria(id: string) {
  const template = loadStandardTemplate(id);
  const view = renderPane({ actions: { readDesign: async () => ({ sheet: SHEET, template, findings: [] }) } });
  await view.user.click(screen.getByRole("radio", { name: "Thiết kế tiêu chí trong Excel" }));
  await view.user.click(screen.getByRole("button", { name: "Tiêu chí từ trang tính này" }));
  return { ...view, template };
}

it.each(["ccb-cum-3-thang-90", "blank-100"])("%s: the saved template file reads back as the same template", async (id) => {
  const { user, template } = await takeCriteria(id);
  await user.click(await screen.findByRole("button", { name: "Lưu bảng tiêu chí thành tệp mẫu" }));
  expect(names).toEqual([`${id}.json`]);
  const parsed = parseTemplateText(await blobText(blobs[0]!));
  if (!parsed.ok) throw new Error("the saved file does not parse");
  expect(parsed.template.input).toEqual(template.input);
  expect(parsed.template.leaves.map((l) => [l.code, l.max])).toEqual(template.leaves.map((l) => [l.code, l.max]));
  expect(screen.getByText(`Đã tải về tệp “${id}.json”.`)).toBeInTheDocument();
});

it("a host that blocks downloads: says so and what to do instead (the workbook, the command line)", async () => {
  (URL as unknown as { createObjectURL: () => string }).createObjectURL = () => {
    throw new Error("blob: URLs are blocked");
  };
  const { user } = await takeCriteria("blank-100");
  await user.click(await screen.findByRole("button", { name: "Lưu bảng tiêu chí thành tệp mẫu" }));
  expect(screen.getByText(/Excel trên máy này không cho ngăn tải tệp về\. Trang “Thiết kế tiêu chí” vẫn ở trong sổ/)).toBeInTheDocument();
  expect(names).toEqual([]);
});
