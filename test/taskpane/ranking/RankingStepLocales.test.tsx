/** Every visible text of the Xếp hạng step comes from the catalogue, in Vietnamese and in English. */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ClusterResult } from "../../../src/domain/cluster";
import { ActionError, type RankingReport } from "../../../src/excel/actions/types";
import { message } from "../../../src/messages/message";
import type { Locale } from "../../../src/taskpane/i18n/strings";
import { RankingStep } from "../../../src/taskpane/steps/ranking/RankingStep";
import { renderWithFluent } from "../render-with-fluent";
import { fakeActions } from "../support/fakeActions";
import { textsOutsideCatalogue } from "../check/support/catalogueText";
import { deferred } from "../check/support/deferred";
import { fakeOps } from "../check/support/fakeOps";
import { manyUnitResult, problemReport, provisionalResult, rankingReport } from "../check/support/reviewFixtures";

function dataOf(r: ClusterResult, sheet = "Xếp hạng"): string[] {
  return [
    ...r.units.map((u) => u.name), ...r.template.bands.map((b) => b.label), ...r.template.awards.map((a) => a.title),
    ...[...r.template.byKey.values()].flatMap((c) => [c.title, c.code]), sheet, "Excel",
  ];
}

const RUN = { vi: "Xếp hạng", en: "Rank" } as const;

describe.each<Locale>(["vi", "en"])("RankingStep texts in %s", (locale) => {
  it("empty, loading and error states use only catalogue texts", async () => {
    const pending = deferred<RankingReport>();
    const user = userEvent.setup();
    const { container } = renderWithFluent(<RankingStep actions={fakeActions({ rank: () => pending.promise })} locale={locale} ops={fakeOps()} />);
    const data = dataOf(problemReport().result);
    expect(textsOutsideCatalogue(container, locale, data)).toEqual([]);
    await user.click(screen.getByRole("button", { name: RUN[locale] }));
    expect(textsOutsideCatalogue(container, locale, data)).toEqual([]);
    await act(async () => pending.reject(new ActionError(message("template.other", { detail: "Excel" }), "office")));
    await screen.findByRole("alert");
    expect(textsOutsideCatalogue(container, locale, data)).toEqual([]);
  });

  it("a provisional result with ties, a vote, an ineligible unit and a notice uses only catalogue texts", async () => {
    const base = rankingReport(provisionalResult());
    const report = { ...base, write: { ...base.write, notices: [{ feature: "print" as const, requirement: "ExcelApi 1.9" }] } };
    const user = userEvent.setup();
    const { container } = renderWithFluent(
      <RankingStep actions={fakeActions({ rank: async () => report })} locale={locale} ops={fakeOps()} goTo={() => undefined} />,
    );
    await user.click(screen.getByRole("button", { name: RUN[locale] }));
    await screen.findByRole("table");
    expect(screen.getAllByRole("heading", { level: 3 })).toHaveLength(4);
    expect(screen.getByRole("button", { name: locale === "vi" ? "Mở bước Kiểm tra" : "Open the Check step" })).toBeInTheDocument();
    expect(textsOutsideCatalogue(container, locale, [...dataOf(report.result), "ExcelApi"])).toEqual([]);
  });

  it("a long ranking (top 10, then all) uses only catalogue texts", async () => {
    const report = rankingReport(manyUnitResult(12));
    const user = userEvent.setup();
    const { container } = renderWithFluent(<RankingStep actions={fakeActions({ rank: async () => report })} locale={locale} ops={fakeOps()} />);
    await user.click(screen.getByRole("button", { name: RUN[locale] }));
    await screen.findByRole("table");
    expect(textsOutsideCatalogue(container, locale, dataOf(report.result))).toEqual([]);
    await user.click(screen.getByRole("button", { name: locale === "vi" ? "Xem tất cả (12)" : "Show all (12)" }));
    expect(textsOutsideCatalogue(container, locale, dataOf(report.result))).toEqual([]);
  });
});

describe("RankingStep in English", () => {
  it("shows English headings, columns, awards and explanations", async () => {
    const user = userEvent.setup();
    renderWithFluent(<RankingStep actions={fakeActions({ rank: async () => rankingReport(provisionalResult()) })} locale="en" ops={fakeOps()} />);
    expect(screen.getByRole("heading", { level: 2, name: "Ranking" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Rank" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Ranked on sheet Xếp hạng. Units: 5.");
    expect(screen.getByText("Provisional ranking")).toBeInTheDocument();
    expect(screen.getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Rank", "Unit", "Total", "Band", "Award"]);
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1).map((r) => within(r).getAllByRole("cell").map((c) => c.textContent));
    expect(rows.find((r) => r[4]?.startsWith("Vote"))?.[4]).toBe("Vote: Bằng khen (1 place)");
    expect(screen.getByRole("heading", { level: 3, name: "Ties and how they were broken" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 3, name: "Not eligible for awards" })).toBeInTheDocument();
    expect(screen.getByText("Phú Thọ: Not eligible for awards: failed gate DK.1.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Go to sheet Xếp hạng" })).toBeEnabled();
  });
});
