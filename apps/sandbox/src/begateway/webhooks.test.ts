import { verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeAll, field, type Received, str } from "../test-support.ts";
import type { BegatewaySandbox } from "./index.ts";
import { basic, client, keys, payment, SHOP, startReceiver, startTestSandbox } from "./test-support.ts";

const signedCorrectly = (r: Received): boolean =>
  verify(
    "sha256",
    Buffer.from(r.body),
    keys.publicKeyPem,
    Buffer.from(String(r.headers["content-signature"]), "base64"),
  );

const bodyOf = (r: Received): unknown => JSON.parse(r.body);
const forUid = (uid: string) => (r: Received) => r.body.includes(uid);

describe("beGateway sandbox: 3-D Secure and webhooks", () => {
  let sandbox: BegatewaySandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    receiver = await startReceiver();
    api = client(sandbox.url, { v3: true });
  });
  afterAll(() => closeAll(sandbox, receiver));

  it("stops a 3-DS card at incomplete, serves the ACS page, completes on POST /process and notifies both states", async () => {
    const created = await api.post(
      "/transactions/payments",
      payment("4012000000001097", { notification_url: receiver.url }),
    );
    const uid = str(created.json, "uid");
    expect(created.json).toMatchObject({
      status: "incomplete",
      code: "P.9998",
      friendly_message: "Incomplete transaction",
      message: null,
      status_code: 21,
      redirect_url: `${sandbox.url}/process/${uid}`,
      paid_at: null,
      three_d_secure_verification: { status: "incomplete", ve_status: "Y", eci: null },
    });
    const page = await fetch(`${sandbox.url}/process/${uid}`);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("3-D Secure challenge");

    const done = await fetch(`${sandbox.url}/process/${uid}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: "{}",
    });
    expect(await done.json()).toMatchObject({
      uid,
      status: "successful",
      code: "S.0000",
      three_d_secure_verification: { status: "successful", eci: "05", pa_status: "Y" },
    });

    const hooks = await receiver.waitFor(2, forUid(uid));
    const statuses = hooks.map((hook) => field(bodyOf(hook), "status"));
    expect(statuses).toEqual(["incomplete", "successful"]);
    for (const hook of hooks) {
      expect(signedCorrectly(hook)).toBe(true);
      expect(hook.headers.authorization).toBe(basic(SHOP.shopId, SHOP.secretKey));
      expect(hook.headers["content-type"]).toBe("application/json");
    }
    const tampered = { ...hooks[1]!, body: hooks[1]!.body.replace("successful", "successfuL") };
    expect(signedCorrectly(tampered)).toBe(false);
  });

  it("fails a Mastercard N card after the challenge and gives A results the attempted ECI", async () => {
    const failed = await api.post("/transactions/payments", payment("5204240000015060"));
    await sandbox.completeChallenge(str(failed.json, "uid"));
    const after = await api.get(`/transactions/${str(failed.json, "uid")}`);
    expect(after.json).toMatchObject({
      status: "failed",
      code: "F.4001",
      three_d_secure_verification: { status: "failed", pa_status: "N" },
    });

    const attempted = await api.post("/transactions/payments", payment("5204240000015011"));
    await sandbox.completeChallenge(str(attempted.json, "uid"));
    const ok = await api.get(`/transactions/${str(attempted.json, "uid")}`);
    expect(ok.json).toMatchObject({ status: "successful", three_d_secure_verification: { eci: "01", pa_status: "A" } });
  });

  it("lets the shopper override the documented result, and redirects form posts to return_url", async () => {
    const created = await api.post(
      "/transactions/payments",
      payment("4012000000001006", { return_url: "https://shop.example/return" }),
    );
    const uid = str(created.json, "uid");
    const reply = await fetch(`${sandbox.url}/process/${uid}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "result=R",
      redirect: "manual",
    });
    expect(reply.status).toBe(302);
    expect(reply.headers.get("location")).toBe(`https://shop.example/return?uid=${uid}&status=failed`);
    expect((await api.get(`/transactions/${uid}`)).json).toMatchObject({ status: "failed", code: "F.4013" });
  });

  it("expires an abandoned challenge with F.0998 and expired_at, and notifies it", async () => {
    const quick = await startTestSandbox({ expireAfterMs: 100 });
    try {
      const created = await client(quick.url, { v3: true }).post(
        "/transactions/payments",
        payment("4012000000003010", { notification_url: receiver.url }),
      );
      const uid = str(created.json, "uid");
      const hooks = await receiver.waitFor(1, (r) => forUid(uid)(r) && field(bodyOf(r), "status") === "failed");
      expect(hooks[0] && bodyOf(hooks[0])).toMatchObject({ code: "F.0998", status: "failed" });
      expect(typeof field(hooks[0] && bodyOf(hooks[0]), "expired_at")).toBe("string");
    } finally {
      await quick.close();
    }
  });

  it("sends v2 bodies for v2 requests, and webhooks for children", async () => {
    const v2 = client(sandbox.url);
    const pay = await v2.post(
      "/transactions/payments",
      payment("4200000000000000", { notification_url: receiver.url }),
    );
    const uid = str(pay.json, "transaction", "uid");
    const refund = await v2.post("/transactions/refunds", { parent_uid: uid, amount: 10, reason: "test" });
    const refundUid = str(refund.json, "transaction", "uid");
    const [hook] = await receiver.waitFor(1, forUid(refundUid));
    expect(hook && bodyOf(hook)).toMatchObject({
      transaction: { uid: refundUid, type: "refund", parent_uid: uid, refund: { status: "successful" } },
    });
    const [parentHook] = await receiver.waitFor(1, (r) => field(bodyOf(r), "transaction", "uid") === uid);
    expect(parentHook && bodyOf(parentHook)).toMatchObject({
      transaction: { status: "successful", payment: { bank_code: "00" } },
    });
  });

  it("retries a receiver that answers 500 on the (scaled) card schedule", async () => {
    const failing = await startReceiver(() => 500);
    const before = sandbox.stats().webhooks.failedAttempts;
    const pay = await api.post(
      "/transactions/payments",
      payment("4200000000000000", { notification_url: failing.url }),
    );
    await failing.waitFor(3, forUid(str(pay.json, "uid")));
    // The receiver sees the third request before the sandbox has read its 500: wait for the count, don't race it.
    await expect
      .poll(() => sandbox.stats().webhooks.failedAttempts - before, { timeout: 5_000, interval: 20 })
      .toBeGreaterThanOrEqual(3);
    expect(sandbox.stats().webhooks.pending).toBeGreaterThan(0);
    await failing.close();
  });

  it("holds webhooks while stopped and sends them when switched back", async () => {
    sandbox.setWebhookMode("stopped");
    const pay = await api.post(
      "/transactions/payments",
      payment("4200000000000000", { notification_url: receiver.url }),
    );
    const uid = str(pay.json, "uid");
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received.filter(forUid(uid))).toHaveLength(0);
    sandbox.setWebhookMode("normal");
    await receiver.waitFor(1, forUid(uid));
  });
});

describe("beGateway sandbox: duplicate and out-of-order deliveries", () => {
  it("delivers a duplicate with the identical body, and the final state before the incomplete one", async () => {
    const sandbox = await startTestSandbox({ duplicateRate: 1, outOfOrderRate: 1, lagScale: 0.001 });
    const receiver = await startReceiver();
    try {
      const api = client(sandbox.url, { v3: true });
      const pay = await api.post(
        "/transactions/payments",
        payment("4200000000000000", { notification_url: receiver.url }),
      );
      const twice = await receiver.waitFor(2, forUid(str(pay.json, "uid")));
      expect(twice[0]?.body).toBe(twice[1]?.body);

      const threeDs = await api.post(
        "/transactions/payments",
        payment("4012000000001006", { notification_url: receiver.url }),
      );
      const uid = str(threeDs.json, "uid");
      await sandbox.completeChallenge(uid);
      const hooks = await receiver.waitFor(3, forUid(uid));
      const order = hooks.map((hook) => field(bodyOf(hook), "status"));
      expect(order.indexOf("successful")).toBeLessThan(order.indexOf("incomplete"));
      expect(sandbox.stats().webhooks).toMatchObject({ outOfOrder: 1 });
    } finally {
      await closeAll(sandbox, receiver);
    }
  });
});
