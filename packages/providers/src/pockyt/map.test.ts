import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { mapPockytTransaction, pockytTime } from "./map.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const json = (name: string) =>
  JSON.parse(fixture(name)) as { ret_code: string; ret_msg: string; result: Record<string, unknown> };
/** The seed prints its examples with the docs' `...` elisions: drop those lines (and the commas they leave). */
const verbatim = (name: string) =>
  JSON.parse(
    fixture(name)
      .replace(/^\.\.\.\n/gm, "")
      .replace(/,(\s*[}\]])/g, "$1"),
  ) as ReturnType<typeof json>;

describe("Pockyt mapping: the seed (pending, then success)", () => {
  it("the verbatim seed responses parse; they decode P then S", () => {
    const pending = verbatim("seed-instore-pay-pending.verbatim.txt");
    const success = verbatim("seed-tran-query-success.verbatim.txt");
    expect(pending.result).toEqual({
      amount: "13.00",
      createTime: "2020-10-12 21:38:16",
      transactionStatus: "pending",
    });
    // The elided pay answer still maps once the request fills the gaps (transactionNo, vendor) and a currency is known.
    const fromPending = mapPockytTransaction(pending.result, {
      service: "In-store",
      retCode: pending.ret_code,
      retMsg: pending.ret_msg,
      request: { transactionNo: "297553636764407286", vendor: "alipay", currency: "USD" },
    });
    expect(fromPending).toMatchObject({
      providerUid: "297553636764407286",
      status: "incomplete",
      amountMinor: 1300n,
      outcome: { letter: "P" },
    });
    const fromSuccess = mapPockytTransaction(success.result, {
      service: "Query",
      retCode: success.ret_code,
      retMsg: success.ret_msg,
      request: { transactionNo: "297553638241892410" },
    });
    expect(fromSuccess).toMatchObject({
      providerUid: "297553638241892410",
      status: "successful",
      amountMinor: 1000n,
      currency: "CNY",
      outcome: { letter: "S", service: "Query" },
    });
  });

  it("maps the in-store pay answer: pending until the shopper confirms in the wallet", () => {
    const body = json("seed-instore-pay-pending.json");
    const tx = mapPockytTransaction(body.result, { service: "In-store", retCode: body.ret_code, retMsg: body.ret_msg });
    expect(tx).toMatchObject({
      provider: "pockyt",
      providerUid: "297553636764407286",
      parentProviderUid: null,
      type: "payment",
      status: "incomplete",
      amountMinor: 1300n,
      currency: "USD",
      trackingId: "pos-20201012-0042",
      method: { type: "alipay" },
      paidAt: null,
      details: {
        pockytStatus: "pending",
        vendor: "alipay",
        terminal: "INSTORE",
        settleCurrency: "USD",
        refundAmount: "0.00",
        voidAmount: "0.00",
      },
    });
    expect(tx.outcome).toMatchObject({ code: "pending", letter: "P", service: "In-store", reason: null });
    // 21:38:16 in Pockyt's UTC+8.
    expect(tx.createdAt?.toISOString()).toBe("2020-10-12T13:38:16.000Z");
    expect(tx.updatedAt?.toISOString()).toBe("2020-10-12T13:38:16.000Z");
  });

  it("maps the tran-query answer: success, with its settlement currency", () => {
    const body = json("seed-tran-query-success.json");
    const tx = mapPockytTransaction(body.result, { service: "Query", retCode: body.ret_code, retMsg: body.ret_msg });
    expect(tx).toMatchObject({
      providerUid: "297553638300708562",
      status: "successful",
      amountMinor: 1000n,
      currency: "CNY",
      trackingId: "test202001011305",
    });
    expect(tx.details).toMatchObject({ settleCurrency: "USD", transactionType: "payment", pockytStatus: "success" });
    expect(tx.outcome).toMatchObject({ letter: "S", service: "Query", reason: null });
  });
});

describe("Pockyt mapping: other answers", () => {
  it("secure-pay: no status, a cashier URL, and the shopper pays later", () => {
    const body = json("secure-pay-prepay.json");
    const tx = mapPockytTransaction(body.result, {
      service: "Online payment",
      retCode: body.ret_code,
      retMsg: body.ret_msg,
      request: { vendor: "wechatpay", terminal: "ONLINE", description: "order 42" },
    });
    expect(tx).toMatchObject({
      status: "incomplete",
      amountMinor: 1300n,
      trackingId: "order-42",
      description: "order 42",
      method: { type: "wechatpay" },
    });
    expect(tx.details).toMatchObject({
      cashierUrl: "http://zk-tys.yunkeguan.com/appTransaction/yuansfer-redirect-record/297553638298245023",
      terminal: "ONLINE",
    });
    expect(tx.outcome).toMatchObject({ letter: "P", service: "Online payment" });
  });

  it("maps Pockyt's card vendor to the domain's card method type, which card analytics count", () => {
    const body = json("secure-pay-prepay.json");
    const tx = mapPockytTransaction(body.result, {
      service: "Online payment",
      retCode: body.ret_code,
      retMsg: body.ret_msg,
      request: { vendor: "creditcard", terminal: "ONLINE" },
    });
    expect(tx.method?.type).toBe("credit_card");
  });

  it("a refund answer becomes a refund child of the payment", () => {
    const result = {
      amount: "13.00",
      refundAmount: "5.25",
      currency: "USD",
      settleCurrency: "USD",
      status: "success",
      reference: "order-42",
      refundReference: "rf-1",
      refundTransactionNo: "305680500880399911",
      transactionNo: "297553638298245023",
    };
    const tx = mapPockytTransaction(result, { service: "Refund", retCode: "000100", retMsg: "refund success " });
    expect(tx).toMatchObject({
      type: "refund",
      providerUid: "305680500880399911",
      parentProviderUid: "297553638298245023",
      amountMinor: 525n,
      trackingId: "rf-1",
      status: "successful",
    });
    expect(tx.details).toMatchObject({ originalAmount: "13.00", reference: "order-42" });
  });

  it("a refund read by tran-query names its payment in originalTransactionNo", () => {
    const tx = mapPockytTransaction(
      {
        transactionNo: "305680500880399911",
        originalTransactionNo: "297553638298245023",
        transactionType: "refund",
        amount: "5.25",
        currency: "USD",
        status: "success",
        refundReference: "rf-1",
      },
      { service: "Query", retCode: "000100" },
    );
    expect(tx).toMatchObject({
      type: "refund",
      providerUid: "305680500880399911",
      parentProviderUid: "297553638298245023",
      amountMinor: 525n,
      trackingId: "rf-1",
    });
  });

  it("cancel's JSON-number amount is read exactly; closed is an expired session", () => {
    const tx = mapPockytTransaction(
      { amount: 0.01, currency: "USD", reference: "r", status: "closed", transactionNo: "297553638298245023" },
      { service: "Refund", retCode: "000100", retMsg: "cancel success " },
    );
    expect(tx).toMatchObject({
      type: "payment",
      status: "expired",
      amountMinor: 1n,
      outcome: { letter: "F", reason: "expired" },
    });
  });

  it("keeps refund info, exchange rate and zero-decimal currencies exact", () => {
    const tx = mapPockytTransaction(
      {
        transactionNo: "1",
        amount: "1500",
        currency: "KRW",
        settleCurrency: "USD",
        status: "success",
        exchangeRate: "0.00075",
        paymentTime: "2024-02-29 23:59:59",
        refundInfo: [{ refundTransactionId: "2", refundAmount: "500", refundReference: "x" }],
      },
      { service: "Query", retCode: "000100" },
    );
    expect(tx.amountMinor).toBe(1500n);
    expect(tx.paidAt?.toISOString()).toBe("2024-02-29T15:59:59.000Z");
    expect(tx.details).toMatchObject({
      exchangeRate: "0.00075",
      refunds: [{ refundTransactionNo: "2", refundAmount: "500", refundReference: "x" }],
    });
  });

  it.each([
    [{ transactionNo: "1", amount: "1.234", currency: "USD", status: "success" }, "decimal amount"],
    [{ transactionNo: "1", amount: "1.00", currency: "dollars", status: "success" }, "3-letter currency"],
    [{ amount: "1.00", currency: "USD", status: "success" }, "no transactionNo"],
    [{ transactionNo: "1", amount: "1.00", currency: "USD", status: "weird" }, 'unknown status "weird"'],
    [{ transactionNo: "1", amount: "1.00", currency: "USD" }, "no status"],
  ])("refuses %j with a PayloadError", (body, message) => {
    expect(() => mapPockytTransaction(body, { service: null })).toThrow(PayloadError);
    expect(() => mapPockytTransaction(body, { service: null })).toThrow(message);
  });

  it("masks a card number in the kept raw payload", () => {
    const tx = mapPockytTransaction(
      { transactionNo: "1", amount: "1.00", currency: "USD", status: "success", note: "card 4200000000000000" },
      { service: null },
    );
    expect(JSON.stringify(tx.raw)).not.toContain("4200000000000000");
  });
});

describe("pockytTime", () => {
  it.each([
    ["20221020142817", "2022-10-20T06:28:17.000Z"],
    ["2020-10-12 21:38:16", "2020-10-12T13:38:16.000Z"],
    ["2024-01-05T10:00:00Z", "2024-01-05T10:00:00.000Z"],
  ])("%s → %s", (text, iso) => {
    expect(pockytTime(text)?.toISOString()).toBe(iso);
  });

  it("refuses nonsense", () => {
    expect(pockytTime("20221320142817")).toBeNull();
    expect(pockytTime("yesterday")).toBeNull();
    expect(pockytTime(null)).toBeNull();
  });
});
