/** Issue 15: the pane's own file picker (a Fluent button, the chosen names in the pane's language). */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FilePicker } from "../../src/taskpane/components/FilePicker";
import { renderWithFluent } from "./render-with-fluent";

describe("FilePicker", () => {
  it("is a button in the pane's language that opens the file dialog; shows the names chosen; the same file can be chosen twice", async () => {
    const user = userEvent.setup();
    const onFiles = jest.fn();
    renderWithFluent(<FilePicker locale="vi" label="Chọn tệp tự chấm" accept=".xlsx" multiple onFiles={onFiles} />);
    const button = screen.getByRole("button", { name: "Chọn tệp tự chấm" });
    expect(screen.getByText("Chưa chọn tệp nào.")).toBeInTheDocument();
    expect(screen.queryByText(/Choose File/)).not.toBeInTheDocument();
    const input = screen.getByLabelText<HTMLInputElement>("Chọn tệp tự chấm");
    const opened = jest.fn();
    input.addEventListener("click", opened);
    await user.click(button);
    expect(opened).toHaveBeenCalledTimes(1);

    const a = new File(["x"], "hoa-binh.xlsx");
    const b = new File(["y"], "son-la.xlsx");
    await user.upload(input, [a, b]);
    expect(onFiles).toHaveBeenLastCalledWith([a, b]);
    expect(screen.getByText("Đã chọn: hoa-binh.xlsx, son-la.xlsx")).toBeInTheDocument();
    expect(input.value).toBe(""); // emptied, so choosing the same file again is a change
    await user.upload(input, [a]);
    expect(onFiles).toHaveBeenCalledTimes(2);
    expect(onFiles).toHaveBeenLastCalledWith([a]);
  });

  it("is disabled with its input while an operation runs, and says the hint in English", () => {
    renderWithFluent(<FilePicker locale="en" label="Choose a ThiDua template file" hint="A file saved by ThiDua." accept=".json" disabled onFiles={jest.fn()} />);
    expect(screen.getByRole("button", { name: "Choose a ThiDua template file" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Choose a ThiDua template file" })).toHaveAccessibleDescription("A file saved by ThiDua.");
    expect(screen.getByLabelText("Choose a ThiDua template file")).toBeDisabled();
    expect(screen.getByText("No file chosen.")).toBeInTheDocument();
  });
});
