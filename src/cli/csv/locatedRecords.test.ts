import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { locatedRecords, newlinesBefore } from "./locatedRecords";

const options = { delimiter: ",", relax_column_count: true, trim: true, bom: true } as const;

/** What csv-parse's own `info` option says: the records it keeps and the line each starts on. */
function withInfo(body: string): { record: string[]; line: number }[] {
  const rows = parse(body, { ...options, info: true, skip_empty_lines: true, skip_records_with_empty_values: true }) as unknown as { record: string[]; info: { lines: number } }[];
  return rows.map((r) => ({ record: r.record, line: r.info.lines - newlinesBefore(r.record, r.record.length) }));
}

const cell = fc.oneof(
  fc.constantFrom("", " ", "Hà Giang", "8,5", "I.1", "Đạt"),
  // Line breaks inside quotes are LF here: csv-parse's info counts a quoted CR LF as two lines (see below).
  fc.constantFrom('"a\nb"', '" q "', '"say ""hi"""', '"\n"'),
);
const line = fc.array(cell, { minLength: 1, maxLength: 5 }).map((cells) => cells.join(","));
const csv = fc.tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom("\n", "\r\n"), fc.boolean()).map(([lines, eol, last]) => lines.join(eol) + (last ? eol : ""));

describe("locatedRecords (regression: rank spent half its CSV time in csv-parse's info objects)", () => {
  it("keeps the records csv-parse keeps and gives the line csv-parse's info gives, quoted line breaks included", () => {
    fc.assert(
      fc.property(csv, (body) => {
        expect(locatedRecords(parse(body, options) as string[][])).toEqual(withInfo(body));
      }),
      { numRuns: 300 },
    );
  });

  it("counts the lines after a multi-line cell and leaves out blank lines", () => {
    const records = parse('unit,criterion\n\n"Hà\nGiang",I.1\n , \nLào Cai,I.2\n', options) as string[][];
    expect(locatedRecords(records).map((r) => [r.record[0], r.line])).toEqual([["unit", 1], ["Hà\nGiang", 3], ["Lào Cai", 6]]);
  });

  it("counts a CR LF inside a quoted cell as one line, as an editor shows it", () => {
    const records = parse('unit,criterion\r\n"Hà\r\nGiang",I.1\r\nLào Cai,I.2\r\n', options) as string[][];
    expect(locatedRecords(records).map((r) => r.line)).toEqual([1, 2, 4]);
  });
});
