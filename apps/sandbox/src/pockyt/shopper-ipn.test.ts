import { pockytSignMatches } from "@paylens/providers/pockyt/sign";
import { verifyPockytWebhook } from "@paylens/providers/pockyt/webhook";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll } from "../test-support.ts";
import type { PockytSandbox } from "./index.ts";
import { IPN_RESEND_DELAYS_S } from "./notifier.ts";
import {
  checkout,
  client,
  MERCHANT,
  type Received,
  result,
  startListener,
  startTestSandbox,
  text,
} from "./test-support.ts";

const forNo = (transactionNo: string) => (r: Received) => r.fields.transactionNo === transactionNo;

describe("Pockyt sandbox: the shopper and the IPNs", () => {
  let sandbox: PockytSandbox;
  let listener: Awaited<ReturnType<typeof startListener>>;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    listener = await startListener();
    api = client(sandbox.url);
  });
  afterAll(() => closeAll(sandbox, listener));

  it("secure-pay waits; shopperPays('paid') succeeds and a signed form IPN reaches ipnUrl", async () => {
    const request = checkout({ ipnUrl: listener.url, note: "gift wrap" });
    const no = text(result(await api.post("/online/v3/secure-pay", request)), "transactionNo");
    await sandbox.shopperPays(no, "paid");
    const [ipn] = await listener.waitFor(1, forNo(no));
    expect(ipn?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(ipn?.fields).toMatchObject({
      transactionNo: no,
      status: "success",
      amount: "13.00",
      currency: "USD",
      settleCurrency: "USD",
      reference: request.reference,
      note: "gift wrap",
    });
    expect(ipn?.fields.time).toMatch(/^\d{14}$/);
    expect(ipn?.fields.vendorId).toMatch(/^\d{28}$/);
    // Signed over every field sent, with the merchant's token: the connector's verifier (the PHP SDK's rule) agrees.
    expect(pockytSignMatches(ipn?.fields ?? {}, MERCHANT.apiToken)).toBe(true);
    expect(
      verifyPockytWebhook({
        credentials: MERCHANT,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        rawBody: ipn?.body ?? "",
        path: "/",
      }),
    ).toEqual({ ok: true, method: "verifySign" });
    expect(pockytSignMatches(ipn?.fields ?? {}, "another-token")).toBe(false);
    const query = await api.post("/app-data-search/v3/tran-query", { transactionNo: no });
    expect(query.json).toMatchObject({ result: { status: "success", vendor: "alipay" } });
    expect(typeof result(query).paymentTime).toBe("string");
    await expect(sandbox.shopperPays(no, "paid")).rejects.toThrow(/status error/);
  });

  it("a failed payment is notified as failed", async () => {
    const no = text(
      result(await api.post("/online/v3/secure-pay", checkout({ ipnUrl: listener.url, vendor: "paypal" }))),
      "transactionNo",
    );
    await sandbox.shopperPays(no, "failed");
    const [ipn] = await listener.waitFor(1, forNo(no));
    expect(ipn?.fields).toMatchObject({ status: "failed" });
    expect(ipn?.fields.vendorId).toBeUndefined();
  });

  it("in store: add (init), pay with the shopper's code (pending), then the wallet confirms", async () => {
    const added = result(
      await api.post("/app-instore/v3/add", {
        amount: "88.00",
        currency: "CNY",
        settleCurrency: "USD",
        reference: `pos-${Date.now()}`,
        ipnUrl: listener.url,
      }),
    );
    expect(added).toMatchObject({
      transactionStatus: "init",
      transactionType: "payment",
      refundAmount: "0.00",
      voidAmount: "0.00",
      paymentTime: null,
      exchangeRate: "0.1380",
    });
    const no = text(added, "transactionNo");
    const paid = await api.post("/app-instore/v3/pay", {
      transactionNo: no,
      paymentBarcode: "286498530672949108",
      vendor: "wechat",
    });
    expect(paid.json).toMatchObject({
      ret_code: "000100",
      ret_msg: "add success",
      result: { transactionStatus: "pending", vendor: "wechatpay" },
    });
    const again = await api.post("/app-instore/v3/pay", {
      transactionNo: no,
      paymentBarcode: "286498530672949108",
      vendor: "alipay",
    });
    expect(again.json.ret_code).toBe("000040");
    await sandbox.shopperPays(no, "paid");
    await listener.waitFor(1, (r) => forNo(no)(r) && r.fields.status === "success");
  });

  it("in store: a card cannot be scanned, and a vendor must take the added currency", async () => {
    const added = result(
      await api.post("/app-instore/v3/add", {
        amount: "5.00",
        currency: "CNY",
        settleCurrency: "USD",
        reference: `pos-c-${Date.now()}`,
      }),
    );
    const no = text(added, "transactionNo");
    expect(
      (
        await api.post("/app-instore/v3/pay", {
          transactionNo: no,
          paymentBarcode: "286498530672949108",
          vendor: "creditcard",
        })
      ).json.ret_code,
    ).toBe("000023");
    const paypal = await api.post("/app-instore/v3/pay", {
      transactionNo: no,
      paymentBarcode: "286498530672949108",
      vendor: "paypal",
    });
    expect(paypal.json).toEqual({ ret_code: "000023", ret_msg: "currency CNY is not supported by vendor paypal" });
  });

  it("the cashier page: the shopper's choice, then the redirect to callbackUrl with its macros filled", async () => {
    const request = checkout({ vendor: "wechatpay" });
    const no = text(result(await api.post("/online/v3/secure-pay", request)), "transactionNo");
    const cashier = `${sandbox.url}/appTransaction/yuansfer-redirect-record/${no}`;
    const reply = await fetch(cashier, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "action=pay",
      redirect: "manual",
    });
    expect(reply.status).toBe(302);
    expect(reply.headers.get("location")).toBe(`https://shop.test/return?status=success&no=${no}`);
    expect(await (await fetch(cashier)).text()).toContain("<strong>success</strong>");
  });

  it("the cashier page for cards asks the simulated issuer; a mistyped number fails", async () => {
    const no = text(
      result(await api.post("/online/v3/secure-pay", checkout({ vendor: "creditcard" }))),
      "transactionNo",
    );
    expect(await (await fetch(`${sandbox.url}/appTransaction/yuansfer-redirect-record/${no}`)).text()).toContain(
      "cardNumber",
    );
    await fetch(`${sandbox.url}/appTransaction/yuansfer-redirect-record/${no}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "action=card&cardNumber=4111111111111112&expiry=12%2F30",
      redirect: "manual",
    });
    expect((await api.post("/app-data-search/v3/tran-query", { transactionNo: no })).json).toMatchObject({
      result: { status: "failed" },
    });
  });

  it("resends an IPN answered with anything but exactly `success`", async () => {
    let answers = 0;
    const picky = await startListener(() => (++answers < 3 ? "SUCCESS\n" : "success"));
    try {
      const no = text(
        result(await api.post("/online/v3/secure-pay", checkout({ ipnUrl: picky.url }))),
        "transactionNo",
      );
      await sandbox.shopperPays(no, "paid");
      const deliveries = await picky.waitFor(3, forNo(no));
      expect(new Set(deliveries.map((d) => d.body)).size).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(picky.received.filter(forNo(no))).toHaveLength(3);
    } finally {
      await picky.close();
    }
  });

  it("gives up after 8 deliveries over 2 hours (scaled)", async () => {
    expect(IPN_RESEND_DELAYS_S).toHaveLength(7);
    expect(IPN_RESEND_DELAYS_S.reduce((sum, s) => sum + s, 0)).toBe(2 * 3600);
    const deaf = await startListener(() => "ok");
    const quick = await startTestSandbox({ timeScale: 0.00001 });
    try {
      const no = text(
        result(await client(quick.url).post("/online/v3/secure-pay", checkout({ ipnUrl: deaf.url }))),
        "transactionNo",
      );
      await quick.shopperPays(no, "paid");
      await deaf.waitFor(8, forNo(no));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(deaf.received.filter(forNo(no))).toHaveLength(8);
      expect(quick.stats().webhooks).toMatchObject({
        sent: 8,
        failedAttempts: 8,
        delivered: 0,
        abandoned: 1,
        pending: 0,
      });
    } finally {
      await closeAll(quick, deaf);
    }
  });

  it("holds IPNs while stopped and sends them when switched back", async () => {
    sandbox.setWebhookMode("stopped");
    const no = text(
      result(await api.post("/online/v3/secure-pay", checkout({ ipnUrl: listener.url }))),
      "transactionNo",
    );
    await sandbox.shopperPays(no, "paid");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(listener.received.filter(forNo(no))).toHaveLength(0);
    sandbox.setWebhookMode("normal");
    await listener.waitFor(1, forNo(no));
  });
});

describe("Pockyt sandbox: abandoned sessions and duplicates", () => {
  it("closes an abandoned session after the timeout and notifies `closed`", async () => {
    const sandbox = await startTestSandbox({ expireAfterMs: 100, duplicateRate: 1, lagScale: 0.001 });
    const listener = await startListener();
    try {
      const api = client(sandbox.url);
      const no = text(
        result(await api.post("/online/v3/secure-pay", checkout({ ipnUrl: listener.url }))),
        "transactionNo",
      );
      await sandbox.shopperPays(no, "abandon");
      expect((await api.post("/app-data-search/v3/tran-query", { transactionNo: no })).json).toMatchObject({
        result: { status: "init" },
      });
      const twice = await listener.waitFor(2, forNo(no));
      expect(twice[0]?.fields.status).toBe("closed");
      // duplicateRate 1: the same notification twice, byte for byte.
      expect(twice[1]?.body).toBe(twice[0]?.body);
      expect(sandbox.stats()).toMatchObject({ byStatus: { closed: 1 }, webhooks: { duplicates: 1 } });
      await expect(sandbox.shopperPays(no, "paid")).rejects.toThrow(/closed/);
    } finally {
      await closeAll(sandbox, listener);
    }
  });

  it("uses the request's timeout (minutes) × timeScale when expireAfterMs is not set", async () => {
    const sandbox = await startTestSandbox({ timeScale: 0.001 });
    try {
      const api = client(sandbox.url);
      const no = text(result(await api.post("/online/v3/secure-pay", checkout({ timeout: "1" }))), "transactionNo");
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await api.post("/app-data-search/v3/tran-query", { transactionNo: no })).json).toMatchObject({
        result: { status: "closed" },
      });
    } finally {
      await sandbox.close();
    }
  });
});
