import { screen } from "@testing-library/react";
import { renderPane } from "./support/renderPane";

// The standard templates are a separate chunk: simulate it failing to load (offline, blocked).
jest.mock("../../src/templates", () => ({
  get standardTemplates(): never {
    throw new Error("Loading chunk 42 failed");
  },
  loadStandardTemplate: () => {
    throw new Error("not used here");
  },
}));

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

it("says the standard templates could not be loaded (with the cause), and logs it", async () => {
  renderPane();
  expect(await screen.findByText(/Không tải được các mẫu chuẩn \(Loading chunk 42 failed\)/)).toBeInTheDocument();
  expect(console.error).toHaveBeenCalledWith(expect.stringContaining("standard templates"), expect.any(Error));
  expect(screen.getByRole("radio", { name: "Tệp mẫu ThiDua đã lưu" })).toBeEnabled();
});
