import { describe, expect, it } from "vitest";
import {
  EMPTY_COUNTER,
  countCsv,
  csvRows,
  exportFileName,
  exportFraction,
  exportProgressText,
  exportUrl,
  parseTotal,
} from "./csv-progress.ts";

const count = (...chunks: string[]) => csvRows(chunks.reduce(countCsv, EMPTY_COUNTER));

describe("countCsv", () => {
  it("counts data rows after the header, with or without a final newline", () => {
    expect(count("id,amount\n")).toBe(0);
    expect(count("id,amount\n1,2\n3,4\n")).toBe(2);
    expect(count("id,amount\r\n1,2\r\n3,4")).toBe(2);
    expect(count("")).toBe(0);
  });

  it("ignores line breaks and commas inside quoted fields, also across chunks", () => {
    const csv = 'id,message\n1,"Insufficient funds.\nCheck the ""balance"""\n2,"a,b"\n';
    expect(count(csv)).toBe(2);
    const cuts = [3, 17, 30, 41];
    const chunks = [0, ...cuts].map((start, index) => csv.slice(start, cuts[index] ?? csv.length));
    expect(chunks.join("")).toBe(csv);
    expect(count(...chunks)).toBe(2);
  });
});

describe("progress", () => {
  it("reads the total and formats progress", () => {
    expect(parseTotal("100000")).toBe(100000);
    expect(parseTotal(null)).toBeNull();
    expect(parseTotal("many")).toBeNull();
    expect(exportProgressText(12345, 100000)).toBe("Exporting 12,345 / 100,000 rows");
    expect(exportProgressText(120, 100)).toBe("Exporting 100 / 100 rows");
    expect(exportProgressText(42, null)).toBe("Exporting 42 rows");
    expect(exportFraction(25, 100)).toBe(0.25);
    expect(exportFraction(0, 0)).toBe(1);
    expect(exportFraction(5, null)).toBeNull();
  });

  it("names the file and builds the same-origin URL", () => {
    expect(exportFileName(new Date(2026, 10, 3, 9, 5))).toBe("paylens-transactions-2026-11-03-0905.csv");
    expect(exportUrl("", { q: 'issuer:"Bank of X" amount>10', sort: "amount", dir: "asc" })).toBe(
      "/export/transactions.csv?q=issuer%3A%22Bank+of+X%22+amount%3E10&sort=amount&dir=asc",
    );
  });
});
