import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { ANTOM_SETTLEMENT_COLUMNS, parseAntomSettlementFile } from "./report.ts";

const fixture = readFileSync(new URL("./fixtures/settlement-details.csv", import.meta.url), "utf8");
const header = ANTOM_SETTLEMENT_COLUMNS.join(",");

describe("Antom settlement file", () => {
  it("reads the payment and the refund of the fixture and leaves the fee line out", () => {
    const rows = parseAntomSettlementFile(fixture);
    expect(rows.map((r) => [r.type, r.amountMinor, r.feeMinor])).toEqual([
      ["payment", 12050n, 181n],
      ["refund", 2000n, 0n],
    ]);
    expect(rows[1]?.parentProviderUid).toBe(rows[0]?.providerUid);
  });

  it("reads quoted cells with commas, quotes and line breaks, a BOM and CRLF lines", () => {
    const line = 'B1,p-1,,"order ""7"", second line\nof it",PAYMENT,CARD,"1000.00",USD,,,,,2026-11-30T09:00:00Z,,1';
    const [row] = parseAntomSettlementFile(`\uFEFF${header}\r\n${line}\r\n<END>\r\n`);
    expect(row?.raw.transactionRequestId).toBe('order "7", second line\nof it');
    expect(row?.providerUid).toBe("p-1");
  });

  it("refuses a file without its <END> line, or with a quote never closed", () => {
    expect(() => parseAntomSettlementFile(fixture.replace("<END>", ""))).toThrow("no <END> line");
    expect(() => parseAntomSettlementFile(`${header}\nB1,"p-1,,\n<END>\n`)).toThrow(PayloadError);
  });
});
