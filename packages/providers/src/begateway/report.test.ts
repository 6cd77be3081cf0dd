import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { parseBegatewayReportFile } from "./report.ts";

const fixture = JSON.parse(readFileSync(new URL("./fixtures/report-v3.json", import.meta.url), "utf8")) as {
  transactions: Record<string, unknown>[];
};

const chargeback = {
  id: 1003,
  uid: "46156-ccc1cf5e59",
  type: "chargeback",
  status: "successful",
  amount: 12345,
  currency: "EUR",
  created_at: "2026-12-04T08:00:00Z",
  paid_at: "2026-12-04T08:00:00Z",
  settled_at: null,
  transaction_fee: 0,
  pay_to_merchant: -12345,
  tracking_id: "order-1",
  parent_uid: "46154-aba1cf5e57",
};

const file = (rows: Record<string, unknown>[]) => JSON.stringify({ ...fixture, transactions: rows });

describe("beGateway report file", () => {
  it("reads a chargeback as a dispute row: its uid the dispute's id, parent_uid the disputed payment, no fee", () => {
    const rows = parseBegatewayReportFile(file([...fixture.transactions, chargeback]));
    expect(rows.map((r) => [r.type, r.providerUid, r.parentProviderUid, r.amountMinor, r.feeMinor])).toEqual([
      ["payment", "46154-aba1cf5e57", null, 12345n, 185n],
      ["refund", "46155-bbb1cf5e58", "46154-aba1cf5e57", 500n, 0n],
      // beGateway documents no chargeback fee: a transaction_fee on the row is not read as one.
      ["dispute", "46156-ccc1cf5e59", "46154-aba1cf5e57", 12345n, null],
    ]);
    const withFee = parseBegatewayReportFile(file([{ ...chargeback, transaction_fee: 1500 }]));
    expect(withFee[0]?.feeMinor).toBeNull();
  });

  it("refuses a chargeback without its parent, and a type it does not know", () => {
    expect(() => parseBegatewayReportFile(file([{ ...chargeback, parent_uid: null }]))).toThrow("without parent_uid");
    expect(() => parseBegatewayReportFile(file([{ ...chargeback, type: "fraud_advice" }]))).toThrow(PayloadError);
  });
});
