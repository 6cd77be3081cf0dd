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
    const line = 'B1,p-1,,"order ""7"", second line\nof it",PAYMENT,CARD,"1000.00",USD,,,,,,,,,2026-11-30T09:00:00Z,,1';
    const [row] = parseAntomSettlementFile(`\uFEFF${header}\r\n${line}\r\n<END>\r\n`);
    expect(row?.raw.transactionRequestId).toBe('order "7", second line\nof it');
    expect(row?.providerUid).toBe("p-1");
  });

  it("refuses a file without its <END> line, or with a quote never closed", () => {
    expect(() => parseAntomSettlementFile(fixture.replace("<END>", ""))).toThrow("no <END> line");
    expect(() => parseAntomSettlementFile(`${header}\nB1,"p-1,,\n<END>\n`)).toThrow(PayloadError);
  });

  it("reads DISPUTE and DISPUTE_REVERSAL rows as dispute rows, keyed by disputeId, with their own dispute fee", () => {
    const cells = (values: Partial<Record<(typeof ANTOM_SETTLEMENT_COLUMNS)[number], string>>) =>
      ANTOM_SETTLEMENT_COLUMNS.map((name) => values[name] ?? "").join(",");
    const common = { originalTransactionId: "pay-1", transactionCurrency: "JPY", feeCurrency: "JPY" };
    const file = [
      header,
      cells({
        ...common,
        transactionId: "dsp-1",
        transactionType: "DISPUTE",
        transactionAmountValue: "1200",
        settlementAmountValue: "-1200",
        feeAmountValue: "1515",
        disputeHandlingFeeAmountValue: "1500",
        disputeHandlingFeeCurrency: "JPY",
        transactionTime: "2026-11-30T09:00:00Z",
      }),
      cells({
        ...common,
        transactionId: "dsp-1",
        transactionType: "DISPUTE_REVERSAL",
        transactionAmountValue: "1200",
        settlementAmountValue: "1200",
        feeAmountValue: "20",
        transactionTime: "2026-12-02T09:00:00Z",
      }),
      "<END>",
    ].join("\n");
    const rows = parseAntomSettlementFile(file);
    expect(
      rows.map((r) => [r.type, r.providerUid, r.parentProviderUid, r.amountMinor, r.currency, r.feeMinor]),
    ).toEqual([
      // JPY has no minor unit: 1200 yen is 1200 minor units; the handling fee wins over the row's total fee.
      ["dispute", "dsp-1", "pay-1", 1200n, "JPY", 1500n],
      // Without disputeReverseFee* the row's feeAmountValue is its fee.
      ["dispute_reversal", "dsp-1", "pay-1", 1200n, "JPY", 20n],
    ]);
    const orphan = file.replace(/pay-1/g, "");
    expect(() => parseAntomSettlementFile(orphan)).toThrow("without originalTransactionId");
  });
});
