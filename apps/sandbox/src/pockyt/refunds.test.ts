import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PockytSandbox } from "./index.ts";
import { checkout, client, OTHER, result, startListener, startTestSandbox, text } from "./test-support.ts";

describe("Pockyt sandbox: refunds and cancel", () => {
  let sandbox: PockytSandbox;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = client(sandbox.url);
  });
  afterAll(() => sandbox.close());

  async function paid(overrides: Record<string, string> = {}): Promise<string> {
    const no = text(result(await api.post("/online/v3/secure-pay", checkout(overrides))), "transactionNo");
    await sandbox.shopperPays(no, "paid");
    return no;
  }
  const refund = (transactionNo: string, refundAmount: string, extra: Record<string, string> = {}) =>
    api.post("/app-data-search/v3/refund", {
      transactionNo,
      refundAmount,
      currency: "USD",
      settleCurrency: "USD",
      ...extra,
    });

  it("refuses to refund a payment that is not paid (000040)", async () => {
    const no = text(result(await api.post("/online/v3/secure-pay", checkout())), "transactionNo");
    expect((await refund(no, "1.00")).json).toEqual({
      ret_code: "000040",
      ret_msg: "transaction status error: the transaction is init",
    });
  });

  it("refunds in several partials up to the paid amount, each its own transaction", async () => {
    const no = await paid();
    const first = await refund(no, "5.25", { refundReference: `rf-a-${no}` });
    expect(first.json).toMatchObject({ ret_code: "000100", ret_msg: "refund success " });
    expect(result(first)).toMatchObject({
      amount: "13.00",
      refundAmount: "5.25",
      status: "success",
      transactionNo: no,
      refundReference: `rf-a-${no}`,
    });
    const firstNo = text(result(first), "refundTransactionNo");
    expect(firstNo).toMatch(/^\d{18}$/);
    expect((await refund(no, "7.76")).json).toEqual({
      ret_code: "000023",
      ret_msg: "data error : refundAmount 7.76 exceeds the refundable 7.75",
    });
    expect((await refund(no, "7.75")).json.ret_code).toBe("000100");
    expect((await refund(no, "0.01")).json.ret_code).toBe("000023");

    const parent = result(await api.post("/app-data-search/v3/tran-query", { transactionNo: no }));
    expect(parent).toMatchObject({ status: "success", refundAmount: "13.00" });
    expect(parent.refundInfo).toEqual([
      {
        refundTransactionId: firstNo,
        refundReference: `rf-a-${no}`,
        refundAmount: "5.25",
        currency: "USD",
        settleCurrency: "USD",
      },
      expect.objectContaining({ refundAmount: "7.75", refundReference: null }),
    ]);
    const child = result(await api.post("/app-data-search/v3/tran-query", { transactionNo: firstNo }));
    expect(child).toMatchObject({
      transactionType: "refund",
      originalTransactionNo: no,
      amount: "5.25",
      status: "success",
    });
  });

  it("refuses a repeated refundReference, another currency and a foreign transaction", async () => {
    const no = await paid();
    expect((await refund(no, "1.00", { refundReference: `rf-${no}` })).json.ret_code).toBe("000100");
    expect((await refund(no, "1.00", { refundReference: `rf-${no}` })).json).toEqual({
      ret_code: "000022",
      ret_msg: `data error : refundReference rf-${no} has already been used`,
    });
    expect((await refund(no, "1.00", { currency: "CNY" })).json.ret_code).toBe("000022");
    expect((await refund(no, "1.00", { settleCurrency: "GBP" })).json.ret_code).toBe("000022");
    const foreign = await client(sandbox.url, OTHER).post("/app-data-search/v3/refund", {
      transactionNo: no,
      refundAmount: "1.00",
      currency: "USD",
      settleCurrency: "USD",
    });
    expect(foreign.json.ret_code).toBe("000021");
  });

  it("refunds by the merchant's reference", async () => {
    const request = checkout();
    const no = text(result(await api.post("/online/v3/secure-pay", request)), "transactionNo");
    await sandbox.shopperPays(no, "paid");
    const reply = await api.post("/app-data-search/v3/refund", {
      reference: request.reference,
      refundAmount: "2.00",
      currency: "USD",
      settleCurrency: "USD",
    });
    expect(result(reply)).toMatchObject({ transactionNo: no, refundAmount: "2.00" });
  });

  it("cancel closes an unpaid payment (IPN closed) and refunds what is left of a paid one", async () => {
    const listener = await startListener();
    try {
      const open = text(
        result(await api.post("/online/v3/secure-pay", checkout({ ipnUrl: listener.url }))),
        "transactionNo",
      );
      const closed = await api.post("/app-data-search/v3/cancel", { transactionNo: open });
      expect(closed.json).toMatchObject({
        ret_code: "000100",
        ret_msg: "cancel success ",
        result: { amount: 13, status: "closed", transactionNo: open },
      });
      await listener.waitFor(1, (r) => r.fields.transactionNo === open && r.fields.status === "closed");
      expect((await api.post("/app-data-search/v3/cancel", { transactionNo: open })).json.ret_code).toBe("000040");

      const no = await paid();
      await refund(no, "3.00");
      const reversed = result(await api.post("/app-data-search/v3/cancel", { transactionNo: no }));
      expect(reversed).toMatchObject({ status: "success", refundAmount: "10.00", transactionNo: no });
      expect((await api.post("/app-data-search/v3/cancel", { transactionNo: no })).json.ret_code).toBe("000040");
    } finally {
      await listener.close();
    }
  });
});
