// The connector against msw: real request bodies and headers checked on the "provider" side.
import { readFileSync } from "node:fs";
import { http, HttpResponse, delay } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CallContext, PayInput, ProviderCall } from "../connector.ts";
import type { BegatewayCredentials } from "./credentials.ts";
import { begateway } from "./index.ts";

const base = "https://gateway.test";
const seed = JSON.parse(readFileSync(new URL("./fixtures/seed-v3-incomplete.json", import.meta.url), "utf8")) as Record<
  string,
  unknown
>;
const server = setupServer();
const calls: ProviderCall[] = [];
const ctx = (timeoutMs = 2000): CallContext<BegatewayCredentials> => ({
  account: { id: "acc", provider: "begateway", name: "A", baseUrl: base },
  credentials: { shopId: "361", secretKey: "secret" },
  recordCall: async (call) => void calls.push(call),
  timeoutMs,
});
const order: PayInput = {
  amountMinor: 1233n,
  currency: "EUR",
  description: "order 42",
  trackingId: "ord-42",
  card: { number: "4200000000000000", cvc: "123", holder: "JOHN DOE", expMonth: 1, expYear: 2030 },
  customer: { email: "john@example.com", ip: "127.0.0.1", country: "LT" },
  notificationUrl: "http://127.0.0.1:3000/webhooks/begateway/acc",
  returnUrl: "http://127.0.0.1/return",
  test: true,
};

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
});
afterAll(() => server.close());

describe("beGateway client", () => {
  it("sends a v3 payment with Basic auth in a request wrapper and maps the answer", async () => {
    let seen: { auth: string | null; version: string | null; body: unknown } | null = null;
    server.use(
      http.post(`${base}/transactions/payments`, async ({ request }) => {
        seen = {
          auth: request.headers.get("authorization"),
          version: request.headers.get("x-api-version"),
          body: await request.json(),
        };
        return HttpResponse.json({
          ...seed,
          uid: "1-paid",
          status: "successful",
          code: "S.0000",
          amount: 1233,
          currency: "EUR",
        });
      }),
    );
    const result = await begateway.pay(ctx(), order);
    expect(seen).toMatchObject({
      auth: `Basic ${Buffer.from("361:secret").toString("base64")}`,
      version: "3",
      body: {
        request: {
          amount: 1233,
          currency: "EUR",
          tracking_id: "ord-42",
          credit_card: { number: "4200000000000000", exp_month: "01", exp_year: 2030 },
        },
      },
    });
    expect(result.state).toBe("ok");
    expect(result.snapshot).toMatchObject({ providerUid: "1-paid", status: "successful", amountMinor: 1233n });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({
      operation: "pay",
      httpStatus: 200,
      outcome: "ok",
      providerUid: "1-paid",
      idempotencyKey: "ord-42",
    });
  });

  it("records a decline as declined", async () => {
    server.use(
      http.post(`${base}/transactions/payments`, () =>
        HttpResponse.json({ ...seed, uid: "1-dec", status: "failed", code: "F.0114" }),
      ),
    );
    const result = await begateway.pay(ctx(), order);
    expect(result.snapshot?.outcome.reason).toBe("insufficient_funds");
    expect(calls[0]?.outcome).toBe("declined");
  });

  it("keeps a uid whose digits pass for a card number across its dash, so later calls find the payment", async () => {
    const uid = "49332-705656619b"; // the sandbox's shape; 49332705656619 passes for a card number
    server.use(
      http.post(`${base}/transactions/payments`, () =>
        HttpResponse.json({ ...seed, uid, status: "successful", code: "S.0000", amount: 1233, currency: "EUR" }),
      ),
    );
    const result = await begateway.pay(ctx(), order);
    expect(result.snapshot?.providerUid).toBe(uid);
    expect(calls[0]?.providerUid).toBe(uid);
  });

  it("turns a 422 into a rejected result with the decoded E-code and field errors", async () => {
    server.use(
      http.post(`${base}/transactions/refunds`, () =>
        HttpResponse.json(
          {
            code: "E.1025",
            friendly_message: "Invalid request params",
            message: "Reason can't be blank.",
            errors: { reason: ["can't be blank"] },
          },
          { status: 422 },
        ),
      ),
    );
    const result = await begateway.refund(ctx(), {
      parentUid: "1-paid",
      amountMinor: 100n,
      currency: "EUR",
      idempotencyKey: "k1",
    });
    expect(result).toMatchObject({ state: "rejected", httpStatus: 422, errors: { reason: ["can't be blank"] } });
    expect(result.outcome).toMatchObject({
      code: "E.1025",
      letter: "E",
      message: "Reason can't be blank.",
      reason: "invalid_request",
    });
    expect(calls[0]).toMatchObject({ operation: "refund", outcome: "rejected", idempotencyKey: "k1" });
  });

  it("leaves the outcome unknown on a timeout or a 5xx, for a status query to settle", async () => {
    server.use(
      http.post(`${base}/transactions/captures`, async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const timedOut = await begateway.capture(ctx(100), {
      parentUid: "1-auth",
      amountMinor: 100n,
      currency: "EUR",
      idempotencyKey: "c1",
    });
    expect(timedOut.state).toBe("unknown");
    expect(calls[0]).toMatchObject({ outcome: "timeout", httpStatus: null });

    server.use(http.post(`${base}/transactions/voids`, () => new HttpResponse("oops", { status: 502 })));
    const failed = await begateway.void(ctx(), {
      parentUid: "1-auth",
      amountMinor: 100n,
      currency: "EUR",
      idempotencyKey: "v1",
    });
    expect(failed).toMatchObject({ state: "unknown", httpStatus: 502 });
    expect(calls[1]).toMatchObject({ outcome: "error", httpStatus: 502 });
  });

  it("queries by uid", async () => {
    server.use(http.get(`${base}/transactions/46154-aba1cf5e57`, () => HttpResponse.json(seed)));
    const result = await begateway.query(ctx(), { providerUid: "46154-aba1cf5e57", type: "payment" });
    expect(result.snapshot?.outcome.code).toBe("P.9998");
    expect(calls[0]).toMatchObject({ operation: "query", outcome: "ok" });
  });
});
