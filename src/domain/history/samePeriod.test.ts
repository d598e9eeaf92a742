import { labelsOfPeriod } from "./samePeriod";

describe("labelsOfPeriod: earlier results labelled with this very period", () => {
  it("finds the label however it is spaced or cased", () => {
    expect(labelsOfPeriod(["2024", " 2025 ", "Năm 2023"], "2025")).toEqual([" 2025 "]);
    expect(labelsOfPeriod(["năm  2025", "2024"], "Năm 2025")).toEqual(["năm  2025"]);
  });
  it("finds nothing when the periods differ or this period is not known", () => {
    expect(labelsOfPeriod(["2024", "2023"], "2025")).toEqual([]);
    expect(labelsOfPeriod(["2024", ""], "")).toEqual([]);
    expect(labelsOfPeriod(["2024"], null)).toEqual([]);
  });
});
