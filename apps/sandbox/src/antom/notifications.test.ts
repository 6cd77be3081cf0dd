import { describe, expect, it } from "vitest";
import { closeAll, str } from "../test-support.ts";
import { isAcknowledgement, RESEND_INTERVALS_MS } from "./notifier.ts";
import { ACK, PAY, payBody, send, startReceiver, startTestSandbox } from "./test-support.ts";

describe("Antom sandbox: notification delivery", () => {
  it("counts only the fixed success body as an acknowledgement", () => {
    expect(isAcknowledgement(200, ACK)).toBe(true);
    expect(isAcknowledgement(200, '{"result":{"resultCode":"SUCCESS","resultStatus":"S"}}')).toBe(true);
    expect(
      isAcknowledgement(200, '{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F","resultMessage":"failure"}}'),
    ).toBe(false);
    expect(isAcknowledgement(200, '{"ok":true}')).toBe(false);
    expect(isAcknowledgement(500, ACK)).toBe(false);
    expect(isAcknowledgement(200, "success")).toBe(false);
  });

  it("resends an unacknowledged notification on the documented schedule, then gives up after 8 resends", async () => {
    expect(RESEND_INTERVALS_MS).toEqual([0, 120_000, 600_000, 600_000, 3_600_000, 7_200_000, 21_600_000, 54_000_000]);
    const sandbox = await startTestSandbox({ timeScale: 0.000001 });
    const receiver = await startReceiver(() => ({
      status: 200,
      body: '{"result":{"resultCode":"PROCESS_FAIL","resultStatus":"F","resultMessage":"failure"}}',
    }));
    try {
      const paid = await send(sandbox.url, PAY, payBody("4054695723100768", { paymentNotifyUrl: receiver.url }));
      const deliveries = await receiver.waitFor(9);
      const paymentId = str(paid.json, "paymentId");
      expect(deliveries.every((d) => d.body.includes(paymentId))).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(receiver.received).toHaveLength(9);
      expect(sandbox.stats().notifications).toMatchObject({
        sent: 9,
        failedAttempts: 9,
        abandoned: 1,
        acknowledged: 0,
        pending: 0,
      });
    } finally {
      await closeAll(sandbox, receiver);
    }
  });

  it("stops resending once the merchant acknowledges", async () => {
    const sandbox = await startTestSandbox();
    let answers = 0;
    const receiver = await startReceiver(() =>
      ++answers < 3 ? { status: 500, body: "oops" } : { status: 200, body: ACK },
    );
    try {
      await send(sandbox.url, PAY, payBody("4054695723100768", { paymentNotifyUrl: receiver.url }));
      await receiver.waitFor(3);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(receiver.received).toHaveLength(3);
      expect(sandbox.stats().notifications).toMatchObject({ sent: 3, failedAttempts: 2, acknowledged: 1, pending: 0 });
    } finally {
      await closeAll(sandbox, receiver);
    }
  });

  it("delivers an occasional duplicate with the identical body", async () => {
    const sandbox = await startTestSandbox({ duplicateRate: 1, lagScale: 0.001 });
    const receiver = await startReceiver();
    try {
      await send(sandbox.url, PAY, payBody("4054695723100768", { paymentNotifyUrl: receiver.url }));
      const [first, second] = await receiver.waitFor(2);
      expect(first?.body).toBe(second?.body);
      expect(sandbox.stats().notifications.duplicates).toBe(1);
    } finally {
      await closeAll(sandbox, receiver);
    }
  });

  it("holds notifications while stopped and sends them when switched back", async () => {
    const sandbox = await startTestSandbox();
    const receiver = await startReceiver();
    try {
      sandbox.setWebhookMode("stopped");
      await send(sandbox.url, PAY, payBody("4054695723100768", { paymentNotifyUrl: receiver.url }));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(receiver.received).toHaveLength(0);
      expect(sandbox.stats().notifications.pending).toBe(1);
      sandbox.setWebhookMode("normal");
      await receiver.waitFor(1);
    } finally {
      await closeAll(sandbox, receiver);
    }
  });
});
