// The connector against msw: real form bodies checked on the "provider" side, verifySign recomputed there.
import { readFileSync } from "node:fs";
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CallContext, PayInput, ProviderCall } from "../connector.ts";
import { pockytClient } from "./client.ts";
import type { PockytCredentials } from "./credentials.ts";
import { pockyt } from "./index.ts";
import { pockytTestAccount } from "./meta.ts";
import { pockytSignMatches } from "./sign.ts";

const base = "https://mapi.sandbox.test";
const TOKEN = "5cbfb079f15b150122261c8537086d77a";
const server = setupServer();
const calls: ProviderCall[] = [];
const seen: Array<{ path: string; contentType: string | null; params: Record<string, string>; signed: boolean }> = [];
const ctx = (timeoutMs = 2000): CallContext<PockytCredentials> => ({
  account: { id: "acc", provider: "pockyt", name: "P", baseUrl: base },
  credentials: { merchantNo: "200043", storeNo: "300014", apiToken: TOKEN },
  recordCall: async (call) => void calls.push(call),
  timeoutMs,
});
const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;
const order: PayInput = {
  amountMinor: 1300n,
  currency: "USD",
  description: "order 42",
  trackingId: "order-42",
  wallet: { vendor: "alipay", terminal: "ONLINE" },
  customer: { email: "a@example.com", ip: "127.0.0.1", country: "US" },
  notificationUrl: "https://paylens.test/webhooks/pockyt/acc",
  returnUrl: "https://shop.test/return",
  test: true,
};

/** An msw handler that records the form it got, checks its verifySign, and answers `answer`. */
function provider(path: string, answer: (params: Record<string, string>) => Response | Promise<Response>) {
  return http.post(`${base}${path}`, async ({ request }) => {
    const params = Object.fromEntries(new URLSearchParams(await request.text()));
    seen.push({
      path,
      contentType: request.headers.get("content-type"),
      params,
      signed: pockytSignMatches(params, TOKEN),
    });
    return answer(params);
  });
}

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
  seen.length = 0;
});
afterAll(() => server.close());

describe("Pockyt client", () => {
  it("secure-pay: a signed form like the PHP SDK's; a cashier URL back, the shopper pays later", async () => {
    server.use(provider("/online/v3/secure-pay", () => HttpResponse.json(fixture("secure-pay-prepay.json"))));
    const result = await pockyt.pay(ctx(), order);
    expect(seen[0]).toMatchObject({ contentType: "application/x-www-form-urlencoded", signed: true });
    expect(Object.keys(seen[0]?.params ?? {})).toEqual([
      "amount",
      "callbackUrl",
      "currency",
      "description",
      "ipnUrl",
      "merchantNo",
      "reference",
      "settleCurrency",
      "storeNo",
      "terminal",
      "vendor",
      "verifySign",
    ]);
    expect(seen[0]?.params).toMatchObject({
      amount: "13.00",
      currency: "USD",
      settleCurrency: "USD",
      vendor: "alipay",
      terminal: "ONLINE",
      reference: "order-42",
      ipnUrl: order.notificationUrl,
      callbackUrl: order.returnUrl,
    });
    expect(result).toMatchObject({ state: "ok", httpStatus: 200 });
    expect(result.snapshot).toMatchObject({
      providerUid: "297553638298245023",
      status: "incomplete",
      method: { type: "alipay" },
      details: { terminal: "ONLINE" },
    });
    expect(result.snapshot?.details.cashierUrl).toContain("/297553638298245023");
    expect(calls).toEqual([
      expect.objectContaining({
        operation: "pay",
        httpStatus: 200,
        outcome: "ok",
        providerUid: "297553638298245023",
        idempotencyKey: "order-42",
      }),
    ]);
  });

  it("never sends card details: the cashier collects them (vendor creditcard), and GBP settles in GBP", async () => {
    server.use(provider("/online/v3/secure-pay", () => HttpResponse.json(fixture("secure-pay-prepay.json"))));
    const { wallet: _wallet, ...cardOrder } = order;
    await pockyt.pay(ctx(), {
      ...cardOrder,
      currency: "GBP",
      card: { number: "4200000000000000", cvc: "123", holder: "J D", expMonth: 1, expYear: 2030 },
    });
    expect(seen[0]?.params).toMatchObject({
      vendor: "creditcard",
      terminal: "ONLINE",
      currency: "GBP",
      settleCurrency: "GBP",
    });
    expect(JSON.stringify(seen[0]?.params)).not.toContain("4200000000000000");
  });

  it("in-store: add, then pay with the shopper's barcode; pending until the wallet confirms", async () => {
    const pending = fixture("seed-instore-pay-pending.json");
    server.use(
      provider("/app-instore/v3/add", () =>
        HttpResponse.json({ ...pending, result: { ...(pending.result as object), transactionStatus: "init" } }),
      ),
      provider("/app-instore/v3/pay", () => HttpResponse.json(pending)),
    );
    const wallet = { vendor: "wechatpay", terminal: "INSTORE" as const, paymentBarcode: "286498530672949108" };
    const result = await pockyt.pay(ctx(), { ...order, wallet });
    expect(seen.map((s) => [s.path, s.signed])).toEqual([
      ["/app-instore/v3/add", true],
      ["/app-instore/v3/pay", true],
    ]);
    expect(seen[1]?.params).toMatchObject({
      transactionNo: "297553636764407286",
      paymentBarcode: "286498530672949108",
      vendor: "wechatpay",
    });
    expect(result.snapshot).toMatchObject({
      status: "incomplete",
      details: { pockytStatus: "pending", terminal: "INSTORE" },
    });
    expect(result.outcome).toMatchObject({ letter: "P", service: "In-store" });
    expect(calls.map((c) => c.operation)).toEqual(["pay", "pay"]);
  });

  it("in-store without the shopper's barcode: the till shows a QR code (create-trans-qrcode)", async () => {
    server.use(
      provider("/app-instore/v3/create-trans-qrcode", (p) =>
        HttpResponse.json({
          ret_code: "000100",
          ret_msg: "add success",
          result: {
            transactionNo: "297553638300708999",
            reference: p.reference,
            amount: p.amount,
            currency: p.currency,
            settleCurrency: p.settleCurrency,
            timeout: 120,
            deepLink: "https://qr.test/x",
            qrcodeUrl: "https://qr.test/x.png",
          },
        }),
      ),
    );
    const result = await pockyt.pay(ctx(), {
      ...order,
      currency: "CNY",
      wallet: { vendor: "alipay", terminal: "INSTORE" },
    });
    expect(seen[0]).toMatchObject({
      signed: true,
      params: { vendor: "alipay", needQrcode: "true", currency: "CNY", settleCurrency: "USD", reference: "order-42" },
    });
    expect(result.snapshot).toMatchObject({
      status: "incomplete",
      method: { type: "alipay" },
      details: { terminal: "INSTORE", cashierUrl: "https://qr.test/x", qrcodeUrl: "https://qr.test/x.png" },
    });
  });

  it("refuses in-app pay, authorize and capture without calling or recording", async () => {
    const inApp = await pockyt.pay(ctx(), { ...order, wallet: { vendor: "alipay", terminal: "APP" } });
    expect(inApp).toMatchObject({ state: "rejected", httpStatus: null, outcome: { reason: "unsupported" } });
    const authorize = await pockyt.authorize(ctx(), order);
    expect(authorize).toMatchObject({
      state: "rejected",
      snapshot: null,
      outcome: { letter: "E", reason: "unsupported", retryable: false },
    });
    expect(authorize.outcome.message).toContain("not supported by Pockyt");
    const capture = await pockyt.capture(ctx(), {
      parentUid: "1",
      amountMinor: 1n,
      currency: "USD",
      idempotencyKey: "c",
    });
    expect(capture.state).toBe("rejected");
    expect(seen).toHaveLength(0);
    expect(calls).toHaveLength(0);
  });

  it("turns an error ret_code into a rejected result with the decoded outcome", async () => {
    server.use(
      provider("/online/v3/secure-pay", () =>
        HttpResponse.json({ ret_code: "000000", retMsg: "data error : verifySign" }, { status: 400 }),
      ),
    );
    const result = await pockyt.pay(ctx(), order);
    expect(result).toMatchObject({ state: "rejected", httpStatus: 400, snapshot: null });
    expect(result.outcome).toMatchObject({
      code: "000000",
      letter: "E",
      reason: "invalid_request",
      service: "Online payment",
    });
    expect(calls[0]).toMatchObject({ operation: "pay", outcome: "rejected", httpStatus: 400 });
    expect(calls[0]?.error).toContain("data error : verifySign");
  });

  it("reads a 200 duplicate-reference refusal as rejected/duplicate", async () => {
    server.use(
      provider("/online/v3/secure-pay", () =>
        HttpResponse.json({ ret_code: "000022", ret_msg: "reference has already been used" }),
      ),
    );
    const result = await pockyt.pay(ctx(), order);
    expect(result).toMatchObject({ state: "rejected", httpStatus: 200, outcome: { reason: "duplicate" } });
  });

  it("leaves the outcome unknown on a timeout, a 5xx or an unreadable success", async () => {
    server.use(
      provider("/app-data-search/v3/cancel", async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const timedOut = await pockyt.void(ctx(100), {
      parentUid: "297553638298245023",
      amountMinor: 1300n,
      currency: "USD",
      idempotencyKey: "v1",
    });
    expect(timedOut.state).toBe("unknown");
    expect(calls[0]).toMatchObject({ operation: "void", outcome: "timeout", httpStatus: null, idempotencyKey: "v1" });

    server.use(provider("/app-data-search/v3/refund", () => new HttpResponse("Bad Gateway", { status: 502 })));
    const failed = await pockyt.refund(ctx(), {
      parentUid: "1",
      amountMinor: 100n,
      currency: "USD",
      idempotencyKey: "r1",
    });
    expect(failed).toMatchObject({ state: "unknown", httpStatus: 502 });
    expect(calls[1]).toMatchObject({ outcome: "error", httpStatus: 502 });

    server.use(
      provider(
        "/app-data-search/v3/tran-query",
        () =>
          new HttpResponse('{"ret_code":"000100","result":{"status":"success"}}', {
            headers: { "Content-Type": "text/html" },
          }),
      ),
    );
    const unreadable = await pockyt.query(ctx(), { providerUid: "1", type: "payment" });
    expect(unreadable.state).toBe("unknown");
    expect(unreadable.outcome.message).toContain("unreadable");
  });

  it("refund: refundAmount, refundReference = idempotency key, currency and settleCurrency; a refund child back", async () => {
    server.use(
      provider("/app-data-search/v3/refund", (p) =>
        HttpResponse.json({
          ret_code: "000100",
          ret_msg: "refund success ",
          result: {
            amount: "13.00",
            refundAmount: p.refundAmount,
            currency: p.currency,
            settleCurrency: p.settleCurrency,
            status: "success",
            reference: "order-42",
            refundReference: p.refundReference,
            refundTransactionNo: "305680500880399911",
            transactionNo: p.transactionNo,
          },
        }),
      ),
    );
    const result = await pockyt.refund(ctx(), {
      parentUid: "297553638298245023",
      amountMinor: 525n,
      currency: "USD",
      idempotencyKey: "rf-1",
      reason: "Customer request",
    });
    expect(Object.keys(seen[0]?.params ?? {})).toEqual([
      "currency",
      "merchantNo",
      "refundAmount",
      "refundReference",
      "settleCurrency",
      "storeNo",
      "transactionNo",
      "verifySign",
    ]);
    expect(seen[0]).toMatchObject({
      signed: true,
      params: {
        refundAmount: "5.25",
        refundReference: "rf-1",
        currency: "USD",
        settleCurrency: "USD",
        transactionNo: "297553638298245023",
      },
    });
    expect(result.snapshot).toMatchObject({
      type: "refund",
      providerUid: "305680500880399911",
      parentProviderUid: "297553638298245023",
      amountMinor: 525n,
      status: "successful",
      trackingId: "rf-1",
    });
    expect(calls[0]).toMatchObject({
      operation: "refund",
      outcome: "ok",
      providerUid: "305680500880399911",
      idempotencyKey: "rf-1",
    });
  });

  it("queries by transactionNo (the seed's success), and by reference", async () => {
    server.use(
      provider("/app-data-search/v3/tran-query", (p) =>
        p.transactionNo
          ? HttpResponse.json(fixture("seed-tran-query-success.json"))
          : HttpResponse.json({ ret_code: "000021", ret_msg: "no record" }, { status: 400 }),
      ),
    );
    const result = await pockyt.query(ctx(), { providerUid: "297553638300708562", type: "payment" });
    expect(seen[0]?.params).toEqual({
      merchantNo: "200043",
      storeNo: "300014",
      transactionNo: "297553638300708562",
      verifySign: "0df745088d7202a6d186596acdc82c6a",
    });
    expect(result.snapshot).toMatchObject({ status: "successful", amountMinor: 1000n, currency: "CNY" });
    expect(calls[0]).toMatchObject({ operation: "query", outcome: "ok" });

    const missing = await pockytClient.queryByReference(ctx(), "nope");
    expect(seen[1]?.params.reference).toBe("nope");
    expect(missing).toMatchObject({
      state: "rejected",
      outcome: { code: "000021", reason: "invalid_request", service: "Query" },
    });
  });

  it("marks a sandbox account's payments as test money, the production host's as live, and keeps the status as the code", async () => {
    const live = "https://mapi.yuansfer.com";
    server.use(
      provider("/app-data-search/v3/tran-query", () => HttpResponse.json(fixture("seed-tran-query-success.json"))),
      http.post(`${live}/app-data-search/v3/tran-query`, () =>
        HttpResponse.json(fixture("seed-tran-query-success.json")),
      ),
    );
    const ref = { providerUid: "297553638300708562", type: "payment" } as const;
    const sandbox = await pockyt.query(ctx(), ref);
    expect(sandbox.snapshot).toMatchObject({ test: true, outcome: { code: "success", letter: "S" } });
    const production = await pockyt.query({ ...ctx(), account: { ...ctx().account, baseUrl: live } }, ref);
    expect(production.snapshot).toMatchObject({ test: false, outcome: { code: "success", letter: "S" } });
    expect(pockytTestAccount("http://127.0.0.1:4013")).toBe(true);
    expect(pockytTestAccount("https://mapi.yuansfer.yunkeguan.com")).toBe(true);
    expect(pockytTestAccount("https://MAPI.yuansfer.com/")).toBe(false);
  });

  it("sends X-Sandbox-Time when back-filling", async () => {
    let header: string | null = null;
    server.use(
      http.post(`${base}/app-data-search/v3/tran-query`, ({ request }) => {
        header = request.headers.get("x-sandbox-time");
        return HttpResponse.json(fixture("seed-tran-query-success.json"));
      }),
    );
    await pockyt.query(
      { ...ctx(), sandboxTime: new Date("2026-01-02T03:04:05Z") },
      { providerUid: "1", type: "payment" },
    );
    expect(header).toBe("2026-01-02T03:04:05.000Z");
  });
});
