/**
 * Regression: after an undo or any edit, Kiểm tra still said "Không có lỗi" and Xếp hạng showed the old order.
 * The shell re-reads fingerprints on Excel's change events, on the pane's own writes and on focus, and the
 * steps show a stale result greyed, with "Tính lại" and their actions off.
 */
import { act, screen, waitFor, within } from "@testing-library/react";
import type { ChangeKind, ChangeWatch, FingerprintScope, ValidationReport } from "../../src/excel/actions/types";
import { problemReport, rankingReport, testSource } from "./check/support/reviewFixtures";
import { renderPane } from "./support/renderPane";

const BANNER = "Kết quả này tính từ sổ trước khi sửa — Tính lại";

function watcher() {
  const listeners: ((what: ChangeKind) => void)[] = [];
  const watchChanges = jest.fn(async (onChange: (what: ChangeKind) => void): Promise<ChangeWatch> => {
    listeners.push(onChange);
    return { kind: "sheets", stop: async () => undefined };
  });
  const fire = () => act(() => listeners.forEach((l) => l("cells")));
  return { watchChanges, fire };
}

const withFingerprint = (report: ValidationReport, fingerprint: string): ValidationReport => ({ ...report, source: testSource("check", fingerprint) });

async function checkedPane(now: Record<string, string | null>) {
  const w = watcher();
  const validate = jest.fn(async () => withFingerprint(problemReport(), "fp-1"));
  const fingerprints = jest.fn(async (scopes: readonly FingerprintScope[]) => Object.fromEntries(scopes.map((s) => [s, now[s] ?? null])));
  const view = renderPane({ actions: { validate, fingerprints, watchChanges: w.watchChanges, selectCell: async () => undefined } });
  await view.user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
  await view.user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
  await screen.findByRole("button", { name: "Kiểm tra lại" });
  return { ...view, ...w, validate, fingerprints };
}

describe("stale results", () => {
  it("a change event with a new fingerprint greys the findings, turns their actions off and offers Tính lại", async () => {
    const now = { check: "fp-1" };
    const { fire, fingerprints, validate, user } = await checkedPane(now);
    expect(screen.queryByText(BANNER)).toBeNull();
    now.check = "fp-2";
    fire();
    const banner = await screen.findByText(BANNER);
    expect(fingerprints).toHaveBeenCalledWith(["check"]);
    const old = screen.getByRole("group", { name: "Kết quả cũ (không dùng được)" });
    for (const b of within(old).getAllByRole("button")) expect(b).toBeDisabled();
    expect(screen.getByRole("switch", { name: "Tô màu ô lỗi" })).toBeDisabled();
    validate.mockResolvedValue(withFingerprint(problemReport(), "fp-2"));
    await user.click(within(banner.closest("[role=alert]") as HTMLElement).getByRole("button", { name: "Tính lại" }));
    await waitFor(() => expect(screen.queryByText(BANNER)).toBeNull());
    expect(validate).toHaveBeenCalledTimes(2);
  });

  it("an event that leaves the fingerprint as it was does not mark the result stale", async () => {
    const { fire, fingerprints } = await checkedPane({ check: "fp-1" });
    fire();
    await waitFor(() => expect(fingerprints).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(BANNER)).toBeNull();
  });

  it("without events (Excel on the web, older builds): regaining focus re-reads the fingerprint", async () => {
    const now = { check: "fp-1" };
    const validate = jest.fn(async () => withFingerprint(problemReport(), "fp-1"));
    const fingerprints = jest.fn(async () => ({ check: now.check }));
    const watchChanges = jest.fn(async (): Promise<ChangeWatch> => ({ kind: "none", stop: async () => undefined }));
    const { user } = renderPane({ actions: { validate, fingerprints, watchChanges } });
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Kiểm tra" }));
    await screen.findByRole("button", { name: "Kiểm tra lại" });
    now.check = "fp-2";
    act(() => {
      window.dispatchEvent(new Event("focus"));
    });
    expect(await screen.findByText(BANNER)).toBeInTheDocument();
  });

  it("the workbook no longer has the ThiDua sheets (fingerprint null): stale", async () => {
    const { fire } = await checkedPane({});
    fire();
    expect(await screen.findByText(BANNER)).toBeInTheDocument();
  });

  it("Xếp hạng: a stale ranking is greyed and 'Mở trang' is off; ranking's own write does not make it stale", async () => {
    const w = watcher();
    const now = { ranking: "fp-shown" };
    const fingerprints = jest.fn(async () => ({ ranking: now.ranking }));
    const { user } = renderPane({ actions: { rank: async () => rankingReport(), fingerprints, watchChanges: w.watchChanges } });
    await user.click(screen.getByRole("tab", { name: "Xếp hạng" }));
    await user.click(await screen.findByRole("button", { name: "Xếp hạng" }));
    const open = await screen.findByRole("button", { name: "Xem trang Xếp hạng" });
    await waitFor(() => expect(fingerprints).toHaveBeenCalled()); // rank wrote: the shell checks
    expect(screen.queryByText(BANNER)).toBeNull();
    now.ranking = "fp-new";
    w.fire();
    expect(await screen.findByText(BANNER)).toBeInTheDocument();
    expect(open).toBeDisabled();
  });
});
