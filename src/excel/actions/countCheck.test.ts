/** Kiểm tra on a count row: 120 typed where a count is expected is a warning naming unit, criterion, cell and the bound. */
import { actionsHost, insertRequest } from "../../../test/support/excel-fake/actionsKit";
import { render } from "../../messages/message";
import { SHEET, workbookLayout } from "../../workbook/buildPlan";
import { addr } from "../../workbook/plan";

it("count_over_bound_is_a_warning_in_check (bug: 120 in a count row was accepted silently): message, place, no fix, export not blocked", async () => {
  const { fake, actions } = actionsHost();
  const request = insertRequest();
  await actions.insert(request);
  const L = workbookLayout(request.template, request.units.length);
  const cell = addr(L.selfEntryCol(0), L.nodeRow(L.nodes.findIndex((c) => c.code === "III.2")));
  fake.state.sheet(SHEET.entry)!.type(cell, 120);
  const report = await actions.validate();
  const f = report.findings.find((x) => x.where?.cell === cell)!;
  expect(f).toMatchObject({ code: "undo.entry.countOverMax", severity: "warning", unit: "Hà Giang", criterion: "III.2", where: { sheet: SHEET.entry, cell } });
  expect(render(f.message, "vi-VN")).toBe("Dòng này nhập số lần, không phải điểm: 120 lần là quá 10 lần, đã tính đủ -5 điểm (mỗi lần -0,5 điểm). Nếu đúng là 120 lần thì giữ nguyên; nếu đó là điểm, hãy nhập số lần.");
  expect(report.fixes.find((x) => x.cell === cell)).toBeUndefined();
  expect(report.findings.filter((x) => x.severity === "error")).toEqual([]);
});
