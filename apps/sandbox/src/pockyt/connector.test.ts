// The Pockyt connector driving the sandbox over real HTTP: both sides of the integration, nothing faked.
import type { CallContext, PayInput, ProviderCall } from "@paylens/providers/connector";
import type { PockytCredentials } from "@paylens/providers/pockyt/credentials";
import { pockyt } from "@paylens/providers/pockyt/index";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll } from "../test-support.ts";
import type { PockytSandbox } from "./index.ts";
import { MERCHANT, startListener, startTestSandbox } from "./test-support.ts";

describe("Pockyt connector against the sandbox", () => {
  let sandbox: PockytSandbox;
  let listener: Awaited<ReturnType<typeof startListener>>;
  const calls: ProviderCall[] = [];
  const ctx = (sandboxTime?: Date): CallContext<PockytCredentials> => ({
    account: { id: "pockyt-demo", provider: "pockyt", name: "Pockyt demo", baseUrl: sandbox.url },
    credentials: pockyt.credentials.parse(MERCHANT),
    recordCall: async (call) => void calls.push(call),
    timeoutMs: 5000,
    ...(sandboxTime ? { sandboxTime } : {}),
  });
  let sequence = 0;
  const order = (overrides: Partial<PayInput> = {}): PayInput => ({
    amountMinor: 2599n,
    currency: "USD",
    description: "Order #1",
    trackingId: `pk-${Date.now()}-${++sequence}`,
    wallet: { vendor: "paypal", terminal: "WAP" },
    customer: { email: "b@example.com", ip: "203.0.113.9", country: "US" },
    notificationUrl: listener.url,
    returnUrl: "https://shop.test/return",
    test: true,
    ...overrides,
  });

  beforeAll(async () => {
    sandbox = await startTestSandbox({ allowTimeTravel: true });
    listener = await startListener();
  });
  afterAll(() => closeAll(sandbox, listener));

  it("secure-pay → the shopper pays → query → refund → query", async () => {
    const paid = await pockyt.pay(ctx(), order());
    expect(paid).toMatchObject({
      state: "ok",
      snapshot: { status: "incomplete", amountMinor: 2599n, method: { type: "paypal" }, details: { terminal: "WAP" } },
    });
    const uid = paid.snapshot?.providerUid ?? "";
    expect(String(paid.snapshot?.details.cashierUrl)).toBe(
      `${sandbox.url}/appTransaction/yuansfer-redirect-record/${uid}`,
    );

    await sandbox.shopperPays(uid, "paid");
    const afterPay = await pockyt.query(ctx(), { providerUid: uid, type: "payment" });
    expect(afterPay).toMatchObject({
      state: "ok",
      snapshot: { providerUid: uid, status: "successful", outcome: { letter: "S", service: "Query" } },
    });
    expect(afterPay.snapshot?.paidAt).toBeInstanceOf(Date);

    // The IPN the sandbox sent verifies and parses with the connector, as the server's webhook route would.
    const [ipn] = await listener.waitFor(1, (r) => r.fields.transactionNo === uid);
    const headers = { "content-type": String(ipn?.headers["content-type"]) };
    expect(
      pockyt.verifyWebhook({
        credentials: ctx().credentials,
        headers,
        rawBody: ipn?.body ?? "",
        path: "/webhooks/pockyt/pockyt-demo",
      }),
    ).toEqual({ ok: true, method: "verifySign" });
    expect(pockyt.parseWebhook(ipn?.body ?? "", headers).snapshot).toMatchObject({
      providerUid: uid,
      status: "successful",
      amountMinor: 2599n,
    });

    const refund = await pockyt.refund(ctx(), {
      parentUid: uid,
      amountMinor: 1000n,
      currency: "USD",
      idempotencyKey: `rf-${uid}`,
      reason: "Customer request",
    });
    expect(refund).toMatchObject({
      state: "ok",
      snapshot: {
        type: "refund",
        parentProviderUid: uid,
        amountMinor: 1000n,
        status: "successful",
        trackingId: `rf-${uid}`,
      },
    });
    const refundUid = refund.snapshot?.providerUid ?? "";

    const child = await pockyt.query(ctx(), { providerUid: refundUid, type: "refund" });
    expect(child.snapshot).toMatchObject({
      type: "refund",
      providerUid: refundUid,
      parentProviderUid: uid,
      amountMinor: 1000n,
      status: "successful",
    });
    const parent = await pockyt.query(ctx(), { providerUid: uid, type: "payment" });
    expect(parent.snapshot?.details).toMatchObject({
      refundAmount: "10.00",
      refunds: [{ refundTransactionNo: refundUid, refundAmount: "10.00" }],
    });

    const tooMuch = await pockyt.refund(ctx(), {
      parentUid: uid,
      amountMinor: 1600n,
      currency: "USD",
      idempotencyKey: `rf2-${uid}`,
    });
    expect(tooMuch).toMatchObject({
      state: "rejected",
      outcome: { code: "000023", letter: "E", reason: "invalid_request", service: "Refund" },
    });
    const again = await pockyt.refund(ctx(), {
      parentUid: uid,
      amountMinor: 100n,
      currency: "USD",
      idempotencyKey: `rf-${uid}`,
    });
    expect(again.outcome.reason).toBe("duplicate");

    expect(
      calls.filter((c) => c.providerUid === uid || c.providerUid === refundUid).map((c) => [c.operation, c.outcome]),
    ).toEqual([
      ["pay", "ok"],
      ["query", "ok"],
      ["refund", "ok"],
      ["query", "ok"],
      ["query", "ok"],
    ]);
  });

  it("a repeated order reference is a duplicate; an unaccepted currency is unsupported", async () => {
    const first = order();
    expect((await pockyt.pay(ctx(), first)).state).toBe("ok");
    expect((await pockyt.pay(ctx(), first)).outcome).toMatchObject({ code: "000022", reason: "duplicate" });
    expect((await pockyt.pay(ctx(), order({ currency: "CNY" }))).outcome).toMatchObject({
      code: "000023",
      reason: "unsupported",
    });
  });

  it("void closes an unpaid checkout (expired) and refunds a paid one in full", async () => {
    const open = await pockyt.pay(ctx(), order({ wallet: { vendor: "alipay", terminal: "ONLINE" }, currency: "CNY" }));
    const voided = await pockyt.void(ctx(), {
      parentUid: open.snapshot?.providerUid ?? "",
      amountMinor: 2599n,
      currency: "CNY",
      idempotencyKey: "v-1",
    });
    expect(voided).toMatchObject({
      state: "ok",
      snapshot: { type: "payment", status: "expired", amountMinor: 2599n, outcome: { letter: "F", reason: "expired" } },
    });
    expect(calls.at(-1)).toMatchObject({ operation: "void", outcome: "ok" });

    const paid = await pockyt.pay(ctx(), order());
    await sandbox.shopperPays(paid.snapshot?.providerUid ?? "", "paid");
    const reversed = await pockyt.void(ctx(), {
      parentUid: paid.snapshot?.providerUid ?? "",
      amountMinor: 2599n,
      currency: "USD",
      idempotencyKey: "v-2",
    });
    // A paid payment cannot be voided: Pockyt refunds it in full, and that refund is what the call created.
    expect(reversed.snapshot).toMatchObject({
      type: "refund",
      parentProviderUid: paid.snapshot?.providerUid,
      amountMinor: 2599n,
      status: "successful",
    });
  });

  it("in store without a barcode: a QR code at the till, pending until the shopper confirms", async () => {
    const qr = await pockyt.pay(
      ctx(),
      order({ currency: "CNY", wallet: { vendor: "wechatpay", terminal: "INSTORE" } }),
    );
    expect(qr.snapshot).toMatchObject({
      status: "incomplete",
      method: { type: "wechatpay" },
      details: { terminal: "INSTORE", settleCurrency: "USD" },
    });
    await sandbox.shopperPays(qr.snapshot?.providerUid ?? "", "paid");
    const done = await pockyt.query(ctx(), { providerUid: qr.snapshot?.providerUid ?? "", type: "payment" });
    expect(done.snapshot).toMatchObject({ status: "successful", details: { exchangeRate: "0.1380" } });
  });

  it("in store with the shopper's barcode: add, then pay (pending)", async () => {
    const wallet = { vendor: "alipay", terminal: "INSTORE" as const, paymentBarcode: "286498530672949108" };
    const pending = await pockyt.pay(ctx(), order({ wallet }));
    expect(pending.snapshot).toMatchObject({
      status: "incomplete",
      details: { pockytStatus: "pending", terminal: "INSTORE" },
    });
    await sandbox.shopperPays(pending.snapshot?.providerUid ?? "", "failed");
    const done = await pockyt.query(ctx(), { providerUid: pending.snapshot?.providerUid ?? "", type: "payment" });
    expect(done.snapshot).toMatchObject({ status: "failed", outcome: { letter: "F", reason: "unknown" } });
  });

  it("dates back-filled orders by X-Sandbox-Time, and the shopper's payment a little later", async () => {
    const at = new Date(Date.now() - 10 * 86_400_000);
    const created = await pockyt.pay(ctx(at), order({ notificationUrl: null }));
    const uid = created.snapshot?.providerUid ?? "";
    await sandbox.shopperPays(uid, "paid");
    const queried = await pockyt.query(ctx(at), { providerUid: uid, type: "payment" });
    const createdAt = queried.snapshot?.createdAt?.getTime() ?? 0;
    expect(Math.abs(createdAt - at.getTime())).toBeLessThan(1000);
    const paidAt = queried.snapshot?.paidAt?.getTime() ?? 0;
    expect(paidAt).toBeGreaterThan(createdAt);
    expect(paidAt - createdAt).toBeLessThan(30 * 60_000);
  });
});
