// Notification channels and alert handling through the router: a channel is added once per form id, its secret never
// comes back (list, answer or audit), a change keeps the secret unless a new one is given, the environment's channel
// is read-only, bad input is a 400, support is refused; acknowledging and muting are audited.
import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@paylens/db/client";
import { channelById, syncEnvironmentChannel } from "@paylens/db/queries/alert-channels";
import { listAlerts, syncAlerts } from "@paylens/db/queries/alerts";
import { listAudit } from "@paylens/db/queries/audit";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { principalFor } from "../test-principals.ts";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

/** The audit entries' text, as someone reading the log would see it (ids are bigint). */
const auditText = async (db: Db, action: string) =>
  JSON.stringify((await listAudit(db, { action }, 50, null)).items.map((e) => ({ ...e, id: String(e.id) })));

const secret = `whsec_${randomBytes(24).toString("base64")}`;
const slackUrl = "https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx";

describe("alert channels", () => {
  let database: TestDatabase;
  let db: Db;
  const as = (role: "ops" | "support" | "admin") =>
    createCallerFactory(appRouter)(createContextInner({ db, dbKind: "pglite", principal: principalFor(role) }));
  beforeAll(async () => {
    database = await createTestDb();
    db = database.db;
  });
  afterAll(() => database.close());

  it("adds a channel once per form id and never shows its secret back", async () => {
    const id = randomUUID();
    const input = {
      id,
      name: "On-call",
      kind: "webhook" as const,
      target: { url: "https://ops.example/hooks" },
      secret,
      rules: [],
    };
    const first = await as("ops").alertChannels.create(input);
    const second = await as("ops").alertChannels.create(input);
    expect(second).toEqual(first);
    expect(first).toMatchObject({
      kind: "webhook",
      enabled: true,
      source: "settings",
      secretHint: `whsec_…${secret.slice(-4)}`,
    });
    const slack = await as("ops").alertChannels.create({
      id: randomUUID(),
      name: "#payments",
      kind: "slack",
      target: {},
      secret: slackUrl,
      rules: ["missing-notifications", "account-silent"],
    });
    expect(slack.secretHint).toBe("https://hooks.slack.com/…uvwx");
    const listed = JSON.stringify(await as("ops").alertChannels.list());
    const audit = await auditText(db, "alert.channel");
    for (const text of [listed, audit, JSON.stringify(first)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(slackUrl);
    }
    expect(audit.match(/alert\.channel\.create/g)).toHaveLength(2);
  });

  it("keeps the secret on a change without one, replaces it with a new one, and audits both without it", async () => {
    const id = randomUUID();
    await as("ops").alertChannels.create({
      id,
      name: "Ops mail",
      kind: "email",
      target: {
        host: "smtp.shop.test",
        port: 587,
        secure: false,
        user: "alerts",
        from: "paylens@shop.test",
        to: "ops@shop.test",
      },
      secret: "first-password-123",
      rules: [],
    });
    const renamed = await as("ops").alertChannels.update({
      id,
      name: "Ops mailbox",
      rules: ["webhook-lag"],
      enabled: false,
    });
    expect(renamed).toMatchObject({ name: "Ops mailbox", rules: ["webhook-lag"], enabled: false });
    expect((await channelById(db, id))?.secret).toBe("first-password-123");
    await as("ops").alertChannels.update({ id, secret: "second-password-456" });
    expect((await channelById(db, id))?.secret).toBe("second-password-456");
    const audit = await auditText(db, "alert.channel.update");
    expect(audit).toContain('"secretChanged":true');
    expect(audit).not.toContain("password-");
  });

  it("refuses bad channels, changes to the environment's channel, and support", async () => {
    await expect(
      as("ops").alertChannels.create({
        id: randomUUID(),
        name: "x",
        kind: "webhook",
        target: { url: "https://a.test" },
        secret: "plain",
        rules: [],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      as("ops").alertChannels.create({
        id: randomUUID(),
        name: "x",
        kind: "slack",
        target: {},
        secret: "ftp://nope",
        rules: [],
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await syncEnvironmentChannel(db, { url: "https://receiver.test/alerts", secret });
    const env = (await as("ops").alertChannels.list()).find((c) => c.source === "environment");
    expect(env).toMatchObject({ kind: "webhook", target: { url: "https://receiver.test/alerts" }, enabled: true });
    await expect(as("ops").alertChannels.update({ id: env?.id ?? "", enabled: false })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(as("support").alertChannels.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(as("ops").alertChannels.test({ id: env?.id ?? "" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
  });

  it("acknowledges an alert once and mutes its rule until a time, both audited", async () => {
    await syncAlerts(
      db,
      [{ rule: "account-silent", kind: "silent", segment: "account:shop-1", figures: {}, message: "shop-1 silent" }],
      new Date(),
    );
    const [alert] = await listAlerts(db, "active", 10);
    const first = await as("ops").alerts.acknowledge({ id: alert?.id ?? "" });
    const again = await as("admin").alerts.acknowledge({ id: alert?.id ?? "" });
    expect(again.acknowledgedBy).toBe(first.acknowledgedBy);
    expect((await listAlerts(db, "active", 10))[0]?.acknowledgedAt).toEqual(first.acknowledgedAt);
    await expect(as("support").alerts.acknowledge({ id: alert?.id ?? "" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await as("ops").alerts.mute({ rule: "account-silent", segment: "account:shop-1", minutes: 60 });
    expect(await as("support").alerts.mutes()).toMatchObject([{ rule: "account-silent", segment: "account:shop-1" }]);
    await expect(
      as("ops").alerts.mute({ rule: "no-such-rule" as "account-silent", segment: "*", minutes: 60 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await as("ops").alerts.unmute({ rule: "account-silent", segment: "account:shop-1" });
    expect(await as("ops").alerts.mutes()).toEqual([]);
    const actions = (await listAudit(db, { action: "alert." }, 50, null)).items.map((e) => e.action);
    expect(actions.filter((a) => a === "alert.acknowledge")).toHaveLength(1);
    expect(actions).toEqual(expect.arrayContaining(["alert.mute", "alert.unmute"]));
  });
});
