// Disputes in the emulators' reports, read through the real connectors: Antom's settlement file lists a DISPUTE row
// (with its handling fee) when a dispute opens and a DISPUTE_REVERSAL row when the money comes back; beGateway's
// reports API lists a chargeback as the transaction it is, with no fee (docs/providers/<p>.md).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallContext, PayInput } from "@paylens/providers/connector";
import { antom } from "@paylens/providers/antom/index";
import { begateway } from "@paylens/providers/begateway/index";
import { CLIENT_ID, keys as antomKeys, startTestSandbox as startAntom } from "./antom/test-support.ts";
import { SHOP, keys as begatewayKeys, startTestSandbox as startBegateway } from "./begateway/test-support.ts";
import { closeAll } from "./test-support.ts";

const HOUR = 3_600_000;
// Twelve days ago at noon UTC: a dispute opened then has been withdrawn or judged by now.
const DAY = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 12, 12));

const order = (currency: string, amountMinor: bigint, trackingId: string): PayInput => ({
  amountMinor,
  currency,
  description: "Order",
  trackingId,
  card: { number: "4054695723100768", cvc: "123", holder: "ANNA KOWALSKI", expMonth: 7, expYear: 2030 },
  customer: { email: "anna@example.com", ip: "198.51.100.7", country: "PL", firstName: "Anna", lastName: "Kowalski" },
  billingAddress: { address: "1 Market Street", zip: "00-001", city: "Warsaw", country: "PL" },
  notificationUrl: null,
  returnUrl: "http://127.0.0.1/return",
  test: true,
});
const record = async () => undefined;

describe("Antom settlement file with disputes", () => {
  let sandbox: Awaited<ReturnType<typeof startAntom>>;
  const ctx = (at?: Date): CallContext<never> => ({
    account: { id: "antom-d", provider: "antom", name: "antom", baseUrl: sandbox.url },
    credentials: {
      clientId: CLIENT_ID,
      merchantPrivateKey: antomKeys.merchant.privateKeyBase64,
      antomPublicKey: antomKeys.antom.publicKeyBase64,
    } as never,
    recordCall: record,
    timeoutMs: 5000,
    ...(at ? { sandboxTime: at } : {}),
  });
  let withdrawn = "";
  let lost = "";
  let withdrawnPayment = "";

  beforeAll(async () => {
    sandbox = await startAntom({ allowTimeTravel: true });
    const pay = async (i: number) =>
      (await antom.pay(ctx(new Date(DAY.getTime() + i * 60_000)) as never, order("USD", 4200n + BigInt(i), `d-${i}`)))
        .snapshot?.providerUid ?? "";
    withdrawnPayment = await pay(1);
    const lostPayment = await pay(2);
    // Dated in the past, each step that is already due runs at once: withdrawn within 5 days, or judged when due.
    withdrawn = sandbox.raiseDispute(withdrawnPayment, { cancel: true }, new Date(DAY.getTime() + HOUR));
    lost = sandbox.raiseDispute(lostPayment, { cancel: false }, new Date(DAY.getTime() + 2 * HOUR));
  });
  afterAll(() => closeAll(sandbox));

  it("lists each dispute when it opened, with a 15.00 fee, and the withdrawn one's money coming back", async () => {
    const report = await antom.settlementReport(ctx() as never, { from: DAY, to: new Date() });
    expect(report.error).toBeNull();
    const disputes = report.rows
      .filter((r) => r.type === "dispute" || r.type === "dispute_reversal")
      .map((r) => [r.type, r.providerUid, r.amountMinor, r.currency, r.feeMinor]);
    expect(disputes).toEqual([
      ["dispute", withdrawn, 4201n, "USD", 1500n],
      ["dispute", lost, 4202n, "USD", 1500n],
      ["dispute_reversal", withdrawn, 4201n, "USD", 0n],
    ]);
    const opened = report.rows.find((r) => r.type === "dispute" && r.providerUid === withdrawn);
    expect(opened?.parentProviderUid).toBe(withdrawnPayment);
    expect(opened?.occurredAt.toISOString()).toBe(new Date(DAY.getTime() + HOUR).toISOString());
    // The file itself: Antom's words and columns (docs/providers/antom.md §10).
    expect(opened?.raw).toMatchObject({
      transactionType: "DISPUTE",
      transactionRequestId: "",
      settlementAmountValue: "-42.01",
      disputeHandlingFeeAmountValue: "15.00",
      disputeHandlingFeeCurrency: "USD",
    });
  });
});

describe("beGateway reports API with a chargeback", () => {
  let sandbox: Awaited<ReturnType<typeof startBegateway>>;
  const ctx = (): CallContext<never> => ({
    account: { id: "begateway-d", provider: "begateway", name: "begateway", baseUrl: sandbox.url },
    credentials: { ...SHOP, webhookPublicKey: begatewayKeys.publicKeyBase64Der } as never,
    recordCall: record,
    timeoutMs: 5000,
  });

  beforeAll(async () => {
    sandbox = await startBegateway({ allowTimeTravel: true });
  });
  afterAll(() => closeAll(sandbox));

  it("lists the chargeback as a dispute row on its payment, with no fee", async () => {
    const paid = await begateway.pay(ctx() as never, {
      ...order("EUR", 3100n, "cb-1"),
      card: { number: "4200000000000000", cvc: "123", holder: "ANNA", expMonth: 7, expYear: 2030 },
    });
    const payment = paid.snapshot?.providerUid ?? "";
    const chargeback = sandbox.raiseChargeback(payment);
    const report = await begateway.settlementReport(ctx() as never, {
      from: new Date(Date.now() - HOUR),
      to: new Date(Date.now() + HOUR),
    });
    expect(report.error).toBeNull();
    const row = report.rows.find((r) => r.providerUid === chargeback);
    expect(row).toMatchObject({
      type: "dispute",
      parentProviderUid: payment,
      amountMinor: 3100n,
      currency: "EUR",
      feeMinor: null,
    });
    expect(row?.raw).toMatchObject({ type: "chargeback", transaction_fee: 0, pay_to_merchant: -3100 });
  });
});
