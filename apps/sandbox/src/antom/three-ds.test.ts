import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardNumber } from "../cards.ts";
import { createRng } from "../random.ts";
import { closeAll, field, type Received, str } from "../test-support.ts";
import type { AntomSandbox } from "./index.ts";
import {
  CLIENT_ID,
  keys,
  notificationVerifies,
  PAY,
  payBody,
  send,
  startReceiver,
  startTestSandbox,
} from "./test-support.ts";

const INQUIRY = "/ams/sandbox/api/v1/payments/inquiryPayment";
const forPayment = (paymentId: string) => (r: Received) => r.body.includes(paymentId);

describe("Antom sandbox: 3-D Secure", () => {
  let sandbox: AntomSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    receiver = await startReceiver();
  });
  afterAll(() => closeAll(sandbox, receiver));

  it("answers is3DSAuthentication with PAYMENT_IN_PROCESS and a challenge page, then the final result by notifyPayment", async () => {
    const created = await send(
      sandbox.url,
      PAY,
      payBody("4054695723100768", { paymentNotifyUrl: receiver.url }, { is3DSAuthentication: true }),
    );
    const paymentId = str(created.json, "paymentId");
    expect(created.json).toMatchObject({
      result: { resultCode: "PAYMENT_IN_PROCESS", resultStatus: "U" },
      normalUrl: `${sandbox.url}/ams/sandbox/challenge/${paymentId}`,
    });
    expect(field(created.json, "paymentTime")).toBeUndefined();
    const page = await fetch(str(created.json, "normalUrl"));
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(await page.text()).toContain("3-D Secure challenge");
    const processing = await send(sandbox.url, INQUIRY, { paymentId });
    expect(processing.json).toMatchObject({
      paymentStatus: "PROCESSING",
      paymentResultCode: "PAYMENT_IN_PROCESS",
      redirectActionForm: { method: "GET", redirectUrl: str(created.json, "normalUrl") },
    });

    await sandbox.completeChallenge(paymentId, true);
    const [hook] = await receiver.waitFor(1, forPayment(paymentId));
    expect(hook && notificationVerifies(hook)).toBe(true);
    expect(hook?.headers["client-id"]).toBe(CLIENT_ID);
    expect(hook?.path).toBe("/webhooks/antom/acc-1");
    expect(hook && JSON.parse(hook.body)).toMatchObject({
      notifyType: "PAYMENT_RESULT",
      result: { resultCode: "SUCCESS", resultStatus: "S" },
      paymentId,
      paymentResultInfo: { threeDSResult: { threeDSVersion: "2.2.0", eci: "05", challenged: "true" } },
    });
    const tampered = hook ? { ...hook, body: hook.body.replace('"S"', '"F"') } : null;
    expect(tampered && notificationVerifies(tampered)).toBe(false);
    const final = await send(sandbox.url, INQUIRY, { paymentId });
    expect(final.json).toMatchObject({ paymentStatus: "SUCCESS", paymentResultInfo: { threeDSResult: { eci: "05" } } });
    expect(field(final.json, "redirectActionForm")).toBeUndefined();
    await expect(sandbox.completeChallenge(paymentId, true)).rejects.toThrow("ORDER_STATUS_INVALID");
  });

  it("declines a failed challenge as USER_PAYMENT_VERIFICATION_FAILED with the 3-DS reason", async () => {
    const created = await send(sandbox.url, PAY, payBody("5162774114974622", {}, { is3DSAuthentication: "true" }));
    const paymentId = str(created.json, "paymentId");
    await sandbox.completeChallenge(paymentId, false);
    expect((await send(sandbox.url, INQUIRY, { paymentId })).json).toMatchObject({
      paymentStatus: "FAIL",
      paymentResultCode: "USER_PAYMENT_VERIFICATION_FAILED",
      paymentResultInfo: { threeDSResult: { eci: "00", threeDStransactionStatusReason: "01" } },
    });
  });

  it("lets the shopper fail on the page and sends them back to paymentRedirectUrl", async () => {
    const created = await send(
      sandbox.url,
      PAY,
      payBody("4054695723100768", { paymentRedirectUrl: "https://shop.example/return" }, { is3DSAuthentication: true }),
    );
    const reply = await fetch(str(created.json, "normalUrl"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "result=fail",
      redirect: "manual",
    });
    expect(reply.status).toBe(302);
    expect(reply.headers.get("location")).toBe("https://shop.example/return");
    expect((await send(sandbox.url, INQUIRY, { paymentId: str(created.json, "paymentId") })).json).toMatchObject({
      paymentStatus: "FAIL",
    });
  });

  it("approves the exemption test card without a challenge", async () => {
    const reply = await send(sandbox.url, PAY, payBody("4035501000000008", {}, { is3DSAuthentication: true }));
    expect(reply.json).toMatchObject({
      result: { resultStatus: "S" },
      paymentResultInfo: { threeDSResult: { exemptionType: "transactionRiskAnalysis", challenged: "false" } },
    });
  });

  it("closes an abandoned challenge with ORDER_IS_CLOSED and notifies it", async () => {
    const quick = await startTestSandbox({ expireAfterMs: 50 });
    const own = await startReceiver();
    try {
      const created = await send(
        quick.url,
        PAY,
        payBody("4054695723100768", { paymentNotifyUrl: own.url }, { is3DSAuthentication: true }),
      );
      const [hook] = await own.waitFor(1);
      expect(hook && JSON.parse(hook.body)).toMatchObject({
        result: { resultCode: "ORDER_IS_CLOSED", resultStatus: "F" },
        paymentResultInfo: { threeDSResult: { challengeCancel: "04" } },
      });
      expect(hook && JSON.parse(hook.body)).toMatchObject({ paymentId: str(created.json, "paymentId") });
      expect(quick.stats().byStatus.FAIL).toBe(1);
    } finally {
      await closeAll(quick, own);
    }
  });

  it("runs a 3-D Secure client's payments through frictionless or challenged authentication", async () => {
    const threeDs = await startTestSandbox({
      clients: [{ clientId: CLIENT_ID, merchantPublicKeyPem: keys.merchant.publicKeyPem, threeDs: true }],
    });
    try {
      const answers = [];
      const rng = createRng(3);
      for (let i = 0; i < 12; i++)
        answers.push((await send(threeDs.url, PAY, payBody(cardNumber("489055", rng)))).json);
      const statuses = new Set(answers.map((body) => field(body, "result", "resultStatus")));
      expect(statuses.has("U")).toBe(true);
      expect(answers.some((body) => field(body, "paymentResultInfo", "threeDSResult", "challenged") === "false")).toBe(
        true,
      );
    } finally {
      await threeDs.close();
    }
  });
});
