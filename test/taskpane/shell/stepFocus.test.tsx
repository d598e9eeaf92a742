/** Opening a step from another step's button ("Tiếp: …") moves the keyboard focus to its primary action (issue 15). */
import { screen, waitFor, within } from "@testing-library/react";
import { cleanReport } from "../check/support/reviewFixtures";
import { readyState, renderPane } from "../support/renderPane";

describe("Pane: focus follows 'Tiếp: …'", () => {
  it("'Tiếp: Chèn mẫu' lands in the Chèn mẫu step (its heading while no insert can be offered), not on the page body", async () => {
    const { user } = renderPane({ initialState: readyState(), actions: { previewInsert: () => new Promise(() => undefined) } });
    await user.click(screen.getByRole("button", { name: "Tiếp: Chèn mẫu" }));
    await waitFor(() => expect(document.activeElement?.tagName).toBe("H2"), { timeout: 5000 });
    expect(document.activeElement).toHaveTextContent("Chèn mẫu vào sổ làm việc");
  });

  it("'Tiếp: Xếp hạng' after a clean check lands on the Xếp hạng button of the step it opens (loaded on demand)", async () => {
    const { user } = renderPane({ actions: { validate: async () => cleanReport() } });
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    await user.click(await within(screen.getByRole("tabpanel")).findByRole("button", { name: "Kiểm tra" }));
    await user.click(await screen.findByRole("button", { name: "Tiếp: Xếp hạng" }));
    expect(screen.getByRole("tab", { name: "Xếp hạng", selected: true })).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName("Xếp hạng"));
    expect(document.activeElement?.tagName).toBe("BUTTON");
  });
});
