/** Regression: a count row's cells ('General" lần"', 'General" điểm"') showed bare numbers in the preview, not "12 lần" / "3 điểm" as in Excel. */
import { COUNT_ENTRY_FORMAT, COUNT_MAX_FORMAT } from "../../workbook/validation";
import { formatValue } from "./format";

describe("formatValue", () => {
  it("shows the quoted texts of a format around the number, as Excel does", () => {
    expect(formatValue(12, COUNT_ENTRY_FORMAT)).toBe("12 lần");
    expect(formatValue(3, COUNT_MAX_FORMAT)).toBe("3 điểm");
    expect(formatValue(0.5, '0.00" đ"')).toBe("0.50 đ");
    expect(formatValue(7, '"Hạng "0')).toBe("Hạng 7");
  });

  it("keeps the plain formats and text as they were", () => {
    expect(formatValue(1234.5, "#,##0.0")).toBe("1,234.5");
    expect(formatValue(0.25, "0%")).toBe("25%");
    expect(formatValue(8.5, "General")).toBe("8.5");
    expect(formatValue("8,5", COUNT_ENTRY_FORMAT)).toBe("8,5");
    expect(formatValue(true, undefined)).toBe("TRUE");
  });
});
