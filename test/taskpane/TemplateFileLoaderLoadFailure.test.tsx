/**
 * The template parser (with zod) is downloaded when a file is chosen. When that download fails, the pane
 * says so — not that the file is wrong — and choosing the same file again works once the download does.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TemplateFileLoader } from "../../src/taskpane/steps/template/TemplateFileLoader";
import { renderWithFluent } from "./render-with-fluent";

let mockFail = true;
jest.mock("../../src/domain/template/parse", () => {
  if (mockFail) throw new Error("Loading chunk template-parser failed");
  return jest.requireActual("../../src/domain/template/parse");
});

beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

it("a failed parser download is not blamed on the file, and the same file can be chosen again", async () => {
  const user = userEvent.setup();
  const onChoose = jest.fn();
  renderWithFluent(<TemplateFileLoader locale="vi" onChoose={onChoose} />);
  const input = screen.getByLabelText<HTMLInputElement>("Chọn tệp mẫu ThiDua");
  const text = readFileSync(join(__dirname, "../../src/templates/blank-100.json"), "utf8");
  const file = new File([text], "mau.json", { type: "application/json" });

  await user.upload(input, file);
  expect(await screen.findByText(/Không tải được phần đọc tệp mẫu \(Loading chunk template-parser failed\)/)).toBeInTheDocument();
  expect(screen.queryByText(/không dùng được/)).not.toBeInTheDocument();
  expect(input.value).toBe(""); // cleared, so choosing the same file fires change again
  expect(onChoose).not.toHaveBeenCalled();

  mockFail = false;
  await user.upload(input, file);
  await waitFor(() => expect(onChoose).toHaveBeenCalledWith(expect.objectContaining({ origin: { kind: "file", fileName: "mau.json" } })));
  expect(screen.queryByText(/Không tải được phần đọc tệp mẫu/)).not.toBeInTheDocument();
});
