// The connector against msw playing Antom: requests verified with the merchant public key, answers signed with the Antom key.
import { generateKeyPairSync, sign, verify } from "node:crypto";
import { readFileSync } from "node:fs";
import { delay, http, HttpResponse } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CallContext, PayInput, ProviderCall } from "../connector.ts";
import type { AntomCredentials } from "./credentials.ts";
import { antomClient } from "./client.ts";
import { antom } from "./index.ts";

const base = "https://open-sea-global.alipay.test";
const merchantKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const antomKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const credentials: AntomCredentials = {
  clientId: "SANDBOX_5X00000000000000",
  merchantPrivateKey: merchantKeys.privateKey.export({ type: "pkcs1", format: "der" }).toString("base64"),
  antomPublicKey: antomKeys.publicKey.export({ type: "spki", format: "pem" }).toString(),
};
const seedPay = JSON.parse(
  readFileSync(new URL("./fixtures/seed-pay-response.json", import.meta.url), "utf8"),
) as Record<string, unknown>;
const server = setupServer();
const calls: ProviderCall[] = [];
const ctx = (timeoutMs = 2000): CallContext<AntomCredentials> => ({
  account: { id: "acc", provider: "antom", name: "A", baseUrl: base },
  credentials,
  recordCall: async (call) => void calls.push(call),
  timeoutMs,
});
const order: PayInput = {
  amountMinor: 1314n,
  currency: "EUR",
  description: "order 42",
  trackingId: "PAY_20211112172747856",
  card: { number: "4054695723100768", cvc: "123", holder: "JOHN DOE", expMonth: 6, expYear: 2030 },
  customer: { email: "john@example.com", ip: "112.80.248.78", country: "SG" },
  notificationUrl: "http://127.0.0.1:3000/webhooks/antom/acc",
  returnUrl: "http://127.0.0.1/return",
  test: true,
};

interface Seen {
  path: string;
  body: Record<string, unknown>;
  signedCorrectly: boolean;
  headers: Headers;
}

/** An Antom endpoint: checks the request signature from the documented template, answers signed (or not). */
function antomApi(
  op: string,
  answer: (seen: Seen) => unknown,
  options: { signWith?: "antom" | "merchant" | "none" } = {},
) {
  const path = `/ams/sandbox/api/v1/payments/${op}`;
  return http.post(`${base}${path}`, async ({ request }) => {
    const raw = await request.text();
    const header = request.headers.get("signature") ?? "";
    const signature = decodeURIComponent(header.slice(header.indexOf("signature=") + 10));
    const content = `POST ${path}\n${request.headers.get("client-id")}.${request.headers.get("request-time")}.${raw}`;
    const seen = {
      path,
      body: JSON.parse(raw) as Record<string, unknown>,
      headers: request.headers,
      signedCorrectly: verify("sha256", Buffer.from(content), merchantKeys.publicKey, Buffer.from(signature, "base64")),
    };
    last = seen;
    const text = JSON.stringify(answer(seen));
    const responseTime = "2026-11-23T06:20:07+08:00";
    const key = options.signWith === "merchant" ? merchantKeys.privateKey : antomKeys.privateKey;
    const value = sign(
      "sha256",
      Buffer.from(`POST ${path}\n${credentials.clientId}.${responseTime}.${text}`),
      key,
    ).toString("base64");
    const headers: Record<string, string> = {
      "content-type": "application/json",
      "client-id": credentials.clientId,
      "response-time": responseTime,
    };
    if (options.signWith !== "none")
      headers.signature = `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(value)}`;
    return new HttpResponse(text, { status: 200, headers });
  });
}
let last: Seen | null = null;

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  calls.length = 0;
  last = null;
});
afterAll(() => server.close());

describe("Antom client", () => {
  it("sends a signed card payment to the sandbox path and maps the signed answer", async () => {
    server.use(antomApi("pay", () => seedPay));
    const result = await antom.pay(ctx(), order);
    expect(last?.signedCorrectly).toBe(true);
    expect(last?.headers.get("content-type")).toBe("application/json; charset=UTF-8");
    expect(last?.headers.get("request-time")).toMatch(/^\d{13}$/);
    expect(last?.body).toEqual({
      productCode: "CASHIER_PAYMENT",
      paymentRequestId: "PAY_20211112172747856",
      order: {
        referenceOrderId: "PAY_20211112172747856",
        orderDescription: "order 42",
        orderAmount: { currency: "EUR", value: "1314" },
        buyer: { buyerEmail: "john@example.com" },
      },
      paymentAmount: { currency: "EUR", value: "1314" },
      paymentMethod: {
        paymentMethodType: "CARD",
        paymentMethodMetaData: {
          cardNo: "4054695723100768",
          cvv: "123",
          expiryYear: "30",
          expiryMonth: "06",
          cardholderName: { firstName: "JOHN", lastName: "DOE" },
        },
      },
      paymentRedirectUrl: "http://127.0.0.1/return",
      paymentNotifyUrl: "http://127.0.0.1:3000/webhooks/antom/acc",
      paymentFactor: { isAuthorization: false },
      env: { terminalType: "WEB", clientIp: "112.80.248.78" },
    });
    expect(result).toMatchObject({ state: "ok", httpStatus: 200 });
    expect(result.snapshot).toMatchObject({
      providerUid: "20211112194010800100188570271832381",
      type: "payment",
      status: "successful",
      amountMinor: 1314n,
      test: true,
      verifications: { avs: "A", cvc: "Y" },
    });
    expect(result.snapshot).toMatchObject({
      description: "order 42",
      customerEmail: "john@example.com",
      customerIp: "112.80.248.78",
      customerCountry: "SG",
    });
    expect(calls).toEqual([
      expect.objectContaining({
        operation: "pay",
        httpStatus: 200,
        outcome: "ok",
        providerUid: "20211112194010800100188570271832381",
        idempotencyKey: "PAY_20211112172747856",
        error: null,
      }),
    ]);
  });

  it("authorizes with manual capture and reads the 3-D Secure redirect as incomplete", async () => {
    server.use(
      antomApi("pay", ({ body }) => ({
        result: { resultCode: "PAYMENT_IN_PROCESS", resultStatus: "U", resultMessage: "payment in process" },
        paymentId: "p-3ds",
        paymentRequestId: body.paymentRequestId,
        paymentAmount: body.paymentAmount,
        paymentCreateTime: "2026-11-23T06:20:07+08:00",
        normalUrl: "https://acs.test/p-3ds",
      })),
    );
    const result = await antom.authorize(ctx(), order);
    expect(last?.body.paymentFactor).toEqual({ isAuthorization: true, captureMode: "MANUAL" });
    expect(result.snapshot).toMatchObject({
      type: "authorization",
      status: "incomplete",
      details: { redirectUrl: "https://acs.test/p-3ds" },
    });
    expect(calls[0]).toMatchObject({ operation: "authorize", outcome: "ok" });
  });

  it("returns a card decline as a failed snapshot and records it as declined", async () => {
    server.use(
      antomApi("pay", () => ({
        ...seedPay,
        result: { resultCode: "DO_NOT_HONOR", resultStatus: "F", resultMessage: "do not honor" },
      })),
    );
    const result = await antom.pay(ctx(), order);
    expect(result.state).toBe("ok");
    expect(result.snapshot).toMatchObject({
      status: "failed",
      outcome: { code: "DO_NOT_HONOR", letter: "F", reason: "do_not_honor" },
    });
    expect(calls[0]?.outcome).toBe("declined");
  });

  it("turns a refused request (200 with F) into a rejection with Antom's message", async () => {
    server.use(
      antomApi("refund", () => ({
        result: { resultCode: "PARAM_ILLEGAL", resultStatus: "F", resultMessage: "refundAmount.value is illegal" },
      })),
    );
    const result = await antom.refund(ctx(), {
      parentUid: "p-1",
      amountMinor: 100n,
      currency: "EUR",
      idempotencyKey: "rf-1",
    });
    expect(result).toMatchObject({ state: "rejected", httpStatus: 200, snapshot: null });
    expect(result.outcome).toMatchObject({
      code: "PARAM_ILLEGAL",
      letter: "E",
      reason: "invalid_request",
      message: "refundAmount.value is illegal",
    });
    expect(calls[0]).toMatchObject({ operation: "refund", outcome: "rejected", idempotencyKey: "rf-1" });
  });

  it("never trusts an answer whose signature is wrong or missing", async () => {
    server.use(antomApi("pay", () => seedPay, { signWith: "merchant" }));
    const forged = await antom.pay(ctx(), order);
    expect(forged).toMatchObject({ state: "unknown", snapshot: null });
    expect(forged.outcome.message).toContain("signature does not verify");
    server.use(antomApi("pay", () => seedPay, { signWith: "none" }));
    expect((await antom.pay(ctx(), order)).state).toBe("unknown");
    expect(calls.map((call) => call.outcome)).toEqual(["error", "error"]);
  });

  it("leaves the outcome unknown on a timeout, a non-200 or U/UNKNOWN_EXCEPTION", async () => {
    server.use(
      http.post(`${base}/ams/sandbox/api/v1/payments/capture`, async () => {
        await delay(500);
        return HttpResponse.json({});
      }),
    );
    const timedOut = await antom.capture(ctx(100), {
      parentUid: "p-1",
      amountMinor: 100n,
      currency: "EUR",
      idempotencyKey: "c1",
    });
    expect(timedOut).toMatchObject({ state: "unknown", httpStatus: null });
    expect(calls[0]).toMatchObject({
      operation: "capture",
      outcome: "timeout",
      httpStatus: null,
      idempotencyKey: "c1",
    });

    server.use(
      http.post(`${base}/ams/sandbox/api/v1/payments/cancel`, () => new HttpResponse("busy", { status: 503 })),
    );
    expect(
      await antom.void(ctx(), { parentUid: "p-1", amountMinor: 100n, currency: "EUR", idempotencyKey: "v1" }),
    ).toMatchObject({ state: "unknown", httpStatus: 503 });
    expect(calls[1]).toMatchObject({ operation: "void", outcome: "error" });

    server.use(
      antomApi("pay", () => ({
        result: {
          resultCode: "UNKNOWN_EXCEPTION",
          resultStatus: "U",
          resultMessage: "API failed due to unknown reason.",
        },
      })),
    );
    const unsure = await antom.pay(ctx(), order);
    expect(unsure).toMatchObject({
      state: "unknown",
      outcome: { code: "UNKNOWN_EXCEPTION", letter: "E", reason: "provider_error" },
    });
  });

  it("captures, voids and refunds with the documented fields and reads the children", async () => {
    server.use(
      antomApi("capture", ({ body }) => ({
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        captureRequestId: body.captureRequestId,
        captureId: "cap-9",
        paymentId: body.paymentId,
        captureAmount: body.captureAmount,
        captureTime: "2026-11-23T06:20:07+08:00",
      })),
      antomApi("cancel", ({ body }) => ({
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        paymentId: body.paymentId,
        paymentRequestId: "pr-1",
        cancelTime: "2026-11-23T06:20:07+08:00",
      })),
      antomApi("refund", ({ body }) => ({
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        refundRequestId: body.refundRequestId,
        refundId: "rf-9",
        paymentId: body.paymentId,
        refundAmount: body.refundAmount,
        refundTime: "2026-11-23T06:20:07+08:00",
      })),
    );
    const capture = await antom.capture(ctx(), {
      parentUid: "p-1",
      amountMinor: 1314n,
      currency: "eur",
      idempotencyKey: "cap-key",
    });
    expect(last?.body).toEqual({
      captureRequestId: "cap-key",
      paymentId: "p-1",
      captureAmount: { currency: "EUR", value: "1314" },
      isLastCapture: true,
    });
    expect(capture.snapshot).toMatchObject({
      type: "capture",
      providerUid: "cap-9",
      parentProviderUid: "p-1",
      status: "successful",
    });
    const voided = await antom.void(ctx(), {
      parentUid: "p-2",
      amountMinor: 500n,
      currency: "EUR",
      idempotencyKey: "void-key",
    });
    expect(last?.body).toEqual({ paymentId: "p-2" });
    expect(voided.snapshot).toMatchObject({
      type: "void",
      providerUid: "p-2-cancel",
      parentProviderUid: "p-2",
      amountMinor: 500n,
    });
    const refund = await antomClient.refund(ctx(), {
      parentUid: "cap-9",
      rootUid: "p-1",
      amountMinor: 300n,
      currency: "EUR",
      reason: "Customer request",
      idempotencyKey: "rf-key",
    });
    expect(last?.body).toEqual({
      refundRequestId: "rf-key",
      paymentId: "p-1",
      captureId: "cap-9",
      refundAmount: { currency: "EUR", value: "300" },
      refundReason: "Customer request",
    });
    expect(refund.snapshot).toMatchObject({
      type: "refund",
      providerUid: "rf-9",
      parentProviderUid: "p-1",
      amountMinor: 300n,
    });
    expect(calls.map((call) => [call.operation, call.outcome, call.idempotencyKey])).toEqual([
      ["capture", "ok", "cap-key"],
      ["void", "ok", "void-key"],
      ["refund", "ok", "rf-key"],
    ]);
  });

  it("queries payments with inquiryPayment, refunds with inquiryRefund and captures through their payment", async () => {
    server.use(
      antomApi("inquiryPayment", ({ body }) => ({
        result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success." },
        paymentId: body.paymentId,
        paymentRequestId: "pr-1",
        paymentStatus: "SUCCESS",
        paymentAmount: { currency: "EUR", value: "1314" },
        paymentCreateTime: "2026-11-23T06:20:00+08:00",
        paymentTime: "2026-11-23T06:20:07+08:00",
        transactions: [
          {
            transactionType: "CAPTURE",
            transactionStatus: "SUCCESS",
            transactionId: "cap-9",
            transactionRequestId: "cap-key",
            transactionAmount: { currency: "EUR", value: "1314" },
            transactionTime: "2026-11-23T07:00:00+08:00",
          },
        ],
      })),
      antomApi("inquiryRefund", ({ body }) => ({
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        refundId: body.refundId,
        refundRequestId: "rf-key",
        refundStatus: "SUCCESS",
        refundAmount: { currency: "EUR", value: "300" },
        refundTime: "2026-11-23T08:00:00+08:00",
      })),
    );
    const payment = await antom.query(ctx(), { providerUid: "p-1", type: "authorization" });
    expect(last?.body).toEqual({ paymentId: "p-1" });
    expect(payment.snapshot).toMatchObject({ type: "authorization", status: "successful" });
    const refund = await antom.query(ctx(), { providerUid: "rf-9", type: "refund" });
    expect(last?.body).toEqual({ refundId: "rf-9" });
    expect(refund.snapshot).toMatchObject({ type: "refund", status: "successful", amountMinor: 300n });
    const capture = await antomClient.query(ctx(), { providerUid: "cap-9", type: "capture", parentProviderUid: "p-1" });
    expect(last?.body).toEqual({ paymentId: "p-1" });
    expect(capture.snapshot).toMatchObject({
      type: "capture",
      providerUid: "cap-9",
      parentProviderUid: "p-1",
      status: "successful",
    });
    const missing = await antomClient.query(ctx(), { providerUid: "cap-0", type: "capture", parentProviderUid: "p-1" });
    expect(missing).toMatchObject({ state: "rejected" });
    expect(calls.map((call) => call.operation)).toEqual(["query", "query", "query", "query"]);
  });

  it("reads a failed query (unknown order) as a rejection, never as a decline", async () => {
    server.use(
      antomApi("inquiryPayment", () => ({
        result: { resultCode: "ORDER_NOT_EXIST", resultStatus: "F", resultMessage: "order not exist" },
      })),
    );
    const result = await antom.query(ctx(), { providerUid: "nope", type: "payment" });
    expect(result).toMatchObject({ state: "rejected", outcome: { code: "ORDER_NOT_EXIST" } });
    expect(calls[0]).toMatchObject({ operation: "query", outcome: "rejected" });
  });
});
