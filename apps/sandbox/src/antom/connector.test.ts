// The real connector against the real emulator: HTTP over a socket, RSA signatures checked in both directions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallContext, PayInput, ProviderCall } from "@paylens/providers/connector";
import { antomClient } from "@paylens/providers/antom/client";
import type { AntomCredentials } from "@paylens/providers/antom/credentials";
import { antom } from "@paylens/providers/antom/index";
import { cardNumber } from "../cards.ts";
import { createRng } from "../random.ts";
import { closeAll } from "../test-support.ts";
import type { AntomSandbox } from "./index.ts";
import { CLIENT_ID, keys, startReceiver, startTestSandbox } from "./test-support.ts";

const credentials: AntomCredentials = {
  clientId: CLIENT_ID,
  merchantPrivateKey: keys.merchant.privateKeyBase64,
  antomPublicKey: keys.antom.publicKeyBase64,
};
let counter = 0;
const order = (notificationUrl: string | null, amountMinor = 4599n): PayInput => ({
  amountMinor,
  currency: "EUR",
  description: "Order #1",
  trackingId: `ord-${Date.now()}-${++counter}`,
  card: { number: "4054695723100768", cvc: "123", holder: "ANNA KOWALSKI", expMonth: 7, expYear: 2030 },
  customer: { email: "anna@example.com", ip: "198.51.100.7", country: "PL", firstName: "Anna", lastName: "Kowalski" },
  billingAddress: { address: "1 Market Street", zip: "00-001", city: "Warsaw", country: "PL" },
  notificationUrl,
  returnUrl: "http://127.0.0.1/return",
  test: true,
});

describe("Antom connector against the Antom sandbox", () => {
  let sandbox: AntomSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const calls: ProviderCall[] = [];
  let ctx: CallContext<AntomCredentials>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    receiver = await startReceiver();
    ctx = {
      account: { id: "antom-1", provider: "antom", name: "Antom sandbox", baseUrl: sandbox.url },
      credentials,
      recordCall: async (call) => void calls.push(call),
      timeoutMs: 5000,
    };
  });
  afterAll(() => closeAll(sandbox, receiver));

  it("pays, refunds and queries a payment", async () => {
    const paid = await antom.pay(ctx, order(receiver.url));
    expect(paid.state).toBe("ok");
    expect(paid.snapshot).toMatchObject({
      type: "payment",
      status: "successful",
      amountMinor: 4599n,
      currency: "EUR",
      test: true,
      method: { brand: "visa", bin: "405469", last4: "0768", issuerCountry: "US" },
      verifications: { cvc: "Y" },
    });
    const paymentId = paid.snapshot?.providerUid ?? "";
    const refund = await antom.refund(ctx, {
      parentUid: paymentId,
      amountMinor: 1000n,
      currency: "EUR",
      reason: "Customer request",
      idempotencyKey: `rf-${paymentId}`,
    });
    expect(refund.snapshot).toMatchObject({
      type: "refund",
      status: "successful",
      parentProviderUid: paymentId,
      amountMinor: 1000n,
    });
    const refundId = refund.snapshot?.providerUid ?? "";
    expect((await antom.query(ctx, { providerUid: paymentId, type: "payment" })).snapshot).toMatchObject({
      status: "successful",
      providerUid: paymentId,
    });
    expect((await antom.query(ctx, { providerUid: refundId, type: "refund" })).snapshot).toMatchObject({
      status: "successful",
      amountMinor: 1000n,
    });

    // The notifications verify and parse with the connector, over the path they were posted to.
    const hooks = await receiver.waitFor(2, (r) => r.body.includes(paymentId) || r.body.includes(refundId));
    for (const hook of hooks) {
      const headers = Object.fromEntries(
        Object.entries(hook.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]),
      );
      expect(antom.verifyWebhook({ credentials, headers, rawBody: hook.body, path: hook.path })).toEqual({
        ok: true,
        method: "rsa256",
      });
      expect(antom.verifyWebhook({ credentials, headers, rawBody: hook.body, path: "/webhooks/antom/other" }).ok).toBe(
        false,
      );
      expect([paymentId, refundId]).toContain(antom.parseWebhook(hook.body, headers).snapshot.providerUid);
    }
  });

  it("authorizes, captures, refunds the capture and queries each one", async () => {
    const auth = await antom.authorize(ctx, order(null, 2000n));
    expect(auth.snapshot).toMatchObject({ type: "authorization", status: "successful" });
    const paymentId = auth.snapshot?.providerUid ?? "";
    const over = await antom.capture(ctx, {
      parentUid: paymentId,
      amountMinor: 2001n,
      currency: "EUR",
      idempotencyKey: `cap-over-${paymentId}`,
    });
    expect(over).toMatchObject({
      state: "rejected",
      outcome: { code: "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT", letter: "E" },
    });
    const capture = await antom.capture(ctx, {
      parentUid: paymentId,
      amountMinor: 1500n,
      currency: "EUR",
      idempotencyKey: `cap-${paymentId}`,
    });
    expect(capture.snapshot).toMatchObject({
      type: "capture",
      status: "successful",
      parentProviderUid: paymentId,
      amountMinor: 1500n,
    });
    const captureId = capture.snapshot?.providerUid ?? "";
    const refund = await antomClient.refund(ctx, {
      parentUid: captureId,
      rootUid: paymentId,
      amountMinor: 500n,
      currency: "EUR",
      idempotencyKey: `rf-${captureId}`,
    });
    expect(refund.snapshot).toMatchObject({ type: "refund", status: "successful", parentProviderUid: paymentId });
    const tooMuch = await antomClient.refund(ctx, {
      parentUid: captureId,
      rootUid: paymentId,
      amountMinor: 1001n,
      currency: "EUR",
      idempotencyKey: `rf2-${captureId}`,
    });
    expect(tooMuch).toMatchObject({ state: "rejected", outcome: { code: "REFUND_AMOUNT_EXCEED" } });

    expect((await antom.query(ctx, { providerUid: paymentId, type: "authorization" })).snapshot).toMatchObject({
      type: "authorization",
      status: "successful",
    });
    expect(
      (await antomClient.query(ctx, { providerUid: captureId, type: "capture", parentProviderUid: paymentId }))
        .snapshot,
    ).toMatchObject({ type: "capture", providerUid: captureId, amountMinor: 1500n });
    // Without the parent, the sandbox finds the capture's payment from the capture id.
    expect((await antom.query(ctx, { providerUid: captureId, type: "capture" })).snapshot).toMatchObject({
      providerUid: captureId,
      status: "successful",
    });
    expect(calls.filter((call) => call.accountId === "antom-1").map((call) => call.operation)).toEqual(
      expect.arrayContaining(["pay", "authorize", "capture", "refund", "query"]),
    );
  });

  it("voids an authorization and reads the void back", async () => {
    const auth = await antom.authorize(ctx, order(null));
    const paymentId = auth.snapshot?.providerUid ?? "";
    const voided = await antom.void(ctx, {
      parentUid: paymentId,
      amountMinor: 4599n,
      currency: "EUR",
      idempotencyKey: `void-${paymentId}`,
    });
    expect(voided.snapshot).toMatchObject({
      type: "void",
      status: "successful",
      providerUid: `${paymentId}-cancel`,
      parentProviderUid: paymentId,
      amountMinor: 4599n,
    });
    expect((await antom.query(ctx, { providerUid: `${paymentId}-cancel`, type: "void" })).snapshot).toMatchObject({
      type: "void",
      status: "successful",
    });
    // The authorization itself stays successful: the void is its child (Paylens never moves a final status).
    expect((await antom.query(ctx, { providerUid: paymentId, type: "authorization" })).snapshot).toMatchObject({
      status: "successful",
      details: { paymentStatus: "CANCELLED" },
    });
    expect(calls.some((call) => call.operation === "void" && call.outcome === "ok")).toBe(true);
  });

  it("follows a 3-D Secure payment from incomplete to successful", async () => {
    const threeDs = await startTestSandbox({
      clients: [{ clientId: CLIENT_ID, merchantPublicKeyPem: keys.merchant.publicKeyPem, threeDs: true }],
    });
    try {
      const local = { ...ctx, account: { ...ctx.account, baseUrl: threeDs.url } };
      const rng = createRng(11);
      let incomplete = null;
      for (let i = 0; i < 10 && !incomplete; i++) {
        const result = await antom.pay(local, {
          ...order(null),
          card: { number: cardNumber("489055", rng), cvc: "123", holder: "A B", expMonth: 1, expYear: 2031 },
        });
        if (result.snapshot?.status === "incomplete") incomplete = result.snapshot;
      }
      expect(incomplete).toMatchObject({ status: "incomplete", outcome: { code: "PAYMENT_IN_PROCESS", letter: "P" } });
      const paymentId = incomplete?.providerUid ?? "";
      await threeDs.completeChallenge(paymentId, true);
      const after = await antom.query(local, { providerUid: paymentId, type: "payment" });
      expect(after.snapshot).toMatchObject({
        status: expect.stringMatching(/^(successful|failed)$/),
        verifications: { threeDs: { version: "2.2.0", eci: "05", result: "Y" } },
      });
    } finally {
      await threeDs.close();
    }
  });

  it("records a declined card as declined and a forged answer as an error", async () => {
    const declined = await antom.pay(ctx, {
      ...order(null),
      card: { number: "4054692760174822", cvc: "123", holder: "A B", expMonth: 1, expYear: 2031 },
    });
    expect(declined.snapshot).toMatchObject({
      status: "failed",
      outcome: { code: "DO_NOT_HONOR", reason: "do_not_honor" },
    });
    expect(calls.at(-1)).toMatchObject({ operation: "pay", outcome: "declined" });
    const wrongKey = { ...ctx, credentials: { ...credentials, antomPublicKey: keys.merchant.publicKeyPem } };
    const forged = await antom.pay(wrongKey, order(null));
    expect(forged.state).toBe("unknown");
    expect(calls.at(-1)).toMatchObject({ outcome: "error" });
  });
});
