// Alert delivery end to end on local receivers: a Standard Webhooks receiver and a Slack-like one over HTTP, and an
// SMTP server in this process. An alert that opens reaches each routed channel once (signed, with a link), a failure is
// retried with backoff and its reason recorded, a mute holds it back, a dead receiver ends as failed, and the end of an
// alert reaches the channels that were told it opened.
import { randomBytes, randomUUID } from "node:crypto";
import pino from "pino";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createChannel, muteAlerts } from "@paylens/db/queries/alert-channels";
import { deliveriesOf } from "@paylens/db/queries/alert-deliveries";
import { type FiringAlert, listAlerts, syncAlerts } from "@paylens/db/queries/alerts";
import { createTestDb } from "@paylens/db/test-db";
import type { AlertNotice } from "../alert-delivery/notice.ts";
import { httpReceiver, readable, type ReceivedMail, smtpReceiver } from "../alert-delivery/test-receivers.ts";
import { type DeliveryPolicy, deliverDueAlerts, retryDelayMs } from "./deliver-alerts.ts";

const log = pino({ level: "silent" });
const CONSOLE = "http://console.test";
const policy: DeliveryPolicy = {
  firstDelayMs: 60_000,
  maxDelayMs: 600_000,
  maxAttempts: 3,
  leaseMs: 60_000,
  batch: 20,
};
const T = new Date("2026-12-01T10:00:00Z");
const later = (minutes: number) => new Date(T.getTime() + minutes * 60_000);

const alert = (rule: string, segment: string, message: string): FiringAlert => ({
  rule,
  kind: rule,
  segment,
  figures: { waiting: 12 },
  message,
});

describe("alert delivery", () => {
  let database: Database;
  let receiver: Awaited<ReturnType<typeof httpReceiver>>;
  let smtp: Awaited<ReturnType<typeof smtpReceiver>>;
  let smtpPort = 0;
  let mails: ReceivedMail[] = [];
  const secret = `whsec_${randomBytes(24).toString("base64")}`;

  beforeAll(async () => {
    database = await createTestDb();
    // The first webhook attempt gets a 500, everything after it a 200.
    receiver = await httpReceiver([500]);
    smtp = await smtpReceiver({ user: "alerts", pass: "smtp-password-1" });
    smtpPort = smtp.port;
    mails = smtp.mails;
  });
  afterAll(async () => {
    await new Promise((resolve) => receiver.server.close(resolve));
    await smtp.close();
    await database.close();
  });

  it("sends an opened alert to each routed channel, retries a failure with backoff, and sends the resolution", async () => {
    const { db } = database;
    const webhook = await createChannel(db, {
      id: randomUUID(),
      kind: "webhook",
      name: "On-call receiver",
      target: { url: `${receiver.url}/hooks/paylens` },
      secret,
      rules: [],
      createdBy: null,
    });
    await createChannel(db, {
      id: randomUUID(),
      kind: "slack",
      name: "#payments-ops",
      target: {},
      secret: `${receiver.url}/services/T000/B000/XXXXXXXXXXXXXXXX`,
      rules: ["missing-notifications"],
      createdBy: null,
    });
    await createChannel(db, {
      id: randomUUID(),
      kind: "email",
      name: "Ops mailbox",
      target: {
        host: "127.0.0.1",
        port: smtpPort,
        secure: false,
        user: "alerts",
        from: "paylens@shop.test",
        to: "ops@shop.test",
      },
      secret: "smtp-password-1",
      rules: ["missing-notifications"],
      createdBy: null,
    });
    // Muted, and routed nowhere but the webhook: nothing is sent for it.
    await muteAlerts(db, { rule: "webhook-lag", segment: "*", until: later(60), mutedBy: "ops@paylens.demo" });

    const missing = alert(
      "missing-notifications",
      "account:antom-demo",
      "antom antom-demo: 12 of 14 payments have had no final notification",
    );
    const lag = alert("webhook-lag", "provider:antom", "antom webhook lag p95 is 95.0 s");
    await syncAlerts(db, [missing, lag], T);
    const [opened] = (await listAlerts(db, "active", 10)).filter((a) => a.rule === "missing-notifications");
    expect(opened).toBeDefined();
    const laggy = (await listAlerts(db, "active", 10)).find((a) => a.rule === "webhook-lag");
    expect(await deliveriesOf(db, [laggy?.id ?? ""])).toEqual([]);

    // First pass: Slack and e-mail delivered; the webhook answered 500 and waits for its retry.
    await deliverDueAlerts(db, CONSOLE, policy, log, T);
    let log1 = await deliveriesOf(db, [opened?.id ?? ""]);
    expect(log1.map((d) => [d.channel.kind, d.event, d.state])).toEqual(
      expect.arrayContaining([
        ["webhook", "opened", "pending"],
        ["slack", "opened", "delivered"],
        ["email", "opened", "delivered"],
      ]),
    );
    const failed = log1.find((d) => d.channel.kind === "webhook");
    expect(failed?.attempts).toBe(1);
    expect(failed?.lastError).toBe("HTTP 500: receiver is down");
    expect(failed?.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(T.getTime() + 30_000);

    const slack = receiver.received.find((r) => r.path.startsWith("/services/"));
    expect(JSON.parse(slack?.body ?? "{}")).toMatchObject({
      text: expect.stringContaining(`<${CONSOLE}/alerts?state=all&alert=${opened?.id}|Open in Paylens>`),
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ from: "paylens@shop.test", to: ["ops@shop.test"], user: "alerts" });
    expect(readable(mails[0]?.data ?? "")).toContain("Subject: [Paylens] Alert: antom antom-demo: 12 of 14 payments");
    expect(readable(mails[0]?.data ?? "")).toContain(`${CONSOLE}/alerts?state=all&alert=${opened?.id}`);

    // The retry, once due: delivered, with the same webhook-id as the first attempt.
    await deliverDueAlerts(db, CONSOLE, policy, log, later(30));
    const hooks = receiver.received.filter((r) => r.path === "/hooks/paylens");
    expect(hooks).toHaveLength(2);
    expect(hooks[1]?.headers["webhook-id"]).toBe(hooks[0]?.headers["webhook-id"]);
    const notice = new Webhook(secret).verify(hooks[1]?.body ?? "", {
      "webhook-id": String(hooks[1]?.headers["webhook-id"]),
      "webhook-timestamp": String(hooks[1]?.headers["webhook-timestamp"]),
      "webhook-signature": String(hooks[1]?.headers["webhook-signature"]),
    }) as AlertNotice;
    expect(notice).toMatchObject({
      type: "alert.opened",
      data: { id: opened?.id, rule: "missing-notifications", url: `${CONSOLE}/alerts?state=all&alert=${opened?.id}` },
    });
    // Signed with another key it does not verify: the receiver can tell.
    expect(() =>
      new Webhook(`whsec_${randomBytes(24).toString("base64")}`).verify(hooks[1]?.body ?? "", {
        "webhook-id": String(hooks[1]?.headers["webhook-id"]),
        "webhook-timestamp": String(hooks[1]?.headers["webhook-timestamp"]),
        "webhook-signature": String(hooks[1]?.headers["webhook-signature"]),
      }),
    ).toThrow();
    log1 = await deliveriesOf(db, [opened?.id ?? ""]);
    expect(log1.find((d) => d.channel.id === webhook.channel.id)).toMatchObject({
      state: "delivered",
      attempts: 2,
      lastError: null,
    });

    // The alert ends: each channel that heard it open hears it end.
    await syncAlerts(db, [], later(40));
    await deliverDueAlerts(db, CONSOLE, policy, log, later(40));
    const resolved = (await deliveriesOf(db, [opened?.id ?? ""])).filter((d) => d.event === "resolved");
    expect(resolved.map((d) => [d.channel.kind, d.state]).sort()).toEqual([
      ["email", "delivered"],
      ["slack", "delivered"],
      ["webhook", "delivered"],
    ]);
    const last = receiver.received.filter((r) => r.path === "/hooks/paylens").at(-1);
    expect(JSON.parse(last?.body ?? "{}")).toMatchObject({
      type: "alert.resolved",
      data: { endedAt: later(40).toISOString() },
    });
    expect(readable(mails.at(-1)?.data ?? "")).toContain("Subject: [Paylens] Resolved:");
  });

  it("gives a delivery up as failed, with the reason, after its last attempt", async () => {
    const { db } = database;
    const closed = await httpReceiver([]);
    const deadUrl = closed.url;
    await new Promise((resolve) => closed.server.close(resolve));
    const channel = await createChannel(db, {
      id: randomUUID(),
      kind: "webhook",
      name: "Gone",
      target: { url: `${deadUrl}/hooks` },
      secret,
      rules: ["account-silent"],
      createdBy: null,
    });
    await syncAlerts(
      db,
      [alert("account-silent", "account:shop-1", "begateway shop-1: no payments for 40 min")],
      later(100),
    );
    const [silent] = (await listAlerts(db, "active", 10)).filter((a) => a.rule === "account-silent");
    for (const minutes of [100, 200, 300]) await deliverDueAlerts(db, CONSOLE, policy, log, later(minutes));
    const [gone] = (await deliveriesOf(db, [silent?.id ?? ""])).filter((d) => d.channel.id === channel.channel.id);
    expect(gone).toMatchObject({ state: "failed", attempts: 3, lastError: "could not connect (ECONNREFUSED)" });
  });

  it("backs off exponentially with jitter, up to the ceiling", () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(30_000);
    expect(retryDelayMs(1, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(3, policy, () => 1)).toBe(240_000);
    expect(retryDelayMs(10, policy, () => 1)).toBe(600_000);
  });
});
