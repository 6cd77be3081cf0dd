// webhooks.list / counts / byId through the tRPC caller, on the configured engine.
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { webhookInbox } from "@paylens/db/schema/ingest";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import { containsPan } from "@paylens/domain/card";
import type { Role } from "@paylens/domain/roles";
import { principalFor } from "../test-principals.ts";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

const PAN = "4200000000000000";
const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 12, minute));

describe("webhooks router", () => {
  let database: Database;
  let txId = "";
  const ids: Record<string, bigint> = {};
  const caller = (role: Role | null = "support") =>
    createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: database.kind, principal: role ? principalFor(role) : null }),
    );

  beforeAll(async () => {
    database = await createTestDb();
    [txId = ""] = await insertTestTransactions(database.db, [{ providerUid: "46154-aba1cf5e57" }]);
    const base = { headers: { "content-type": "application/json" }, remoteAddress: "203.0.113.9", attempts: 1 };
    const rows = [
      {
        name: "applied",
        provider: "begateway",
        accountId: "test-begateway",
        receivedAt: at(1),
        requestId: "req-1",
        rawBody: `{"transaction":{"uid":"46154-aba1cf5e57","credit_card":{"number":"${PAN}","verification_value":"123"}}}`,
        signatureVerdict: "valid:rsa",
        dedupKey: "46154-aba1cf5e57|successful",
        providerUid: "46154-aba1cf5e57",
        state: "applied",
        transactionId: txId,
        appliedAt: at(1),
      },
      {
        name: "duplicate",
        provider: "begateway",
        accountId: "test-begateway",
        receivedAt: at(2),
        requestId: "req-2",
        rawBody: "{}",
        signatureVerdict: "valid:rsa",
        dedupKey: "46154-aba1cf5e57|successful",
        providerUid: "46154-aba1cf5e57",
        state: "duplicate",
        transactionId: txId,
      },
      {
        name: "failed",
        provider: "antom",
        accountId: "test-antom",
        receivedAt: at(3),
        requestId: "req-3",
        rawBody: '{"paymentId":"2026112300001"}',
        signatureVerdict: "valid:rsa256",
        dedupKey: "PAYMENT_RESULT|2026112300001",
        providerUid: "2026112300001",
        state: "failed",
        error: `could not apply card ${PAN}`,
        attempts: 2,
      },
      {
        name: "rejected",
        provider: "pockyt",
        accountId: "test-pockyt",
        receivedAt: at(4),
        requestId: "req-4",
        rawBody: `status=success&card_no=${PAN}&cvv=999`,
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: "Basic ***" },
        signatureVerdict: "invalid:signature",
        state: "rejected",
        error: "signature",
      },
      {
        name: "pending",
        provider: "pockyt",
        accountId: "test-pockyt",
        receivedAt: at(5),
        requestId: "req-5",
        rawBody: "status=pending",
        signatureVerdict: "valid:verify-sign",
        dedupKey: "297553638298245023|pending",
        providerUid: "297553638298245023",
        state: "pending",
      },
    ];
    for (const { name, ...row } of rows) {
      const [inserted] = await database.db
        .insert(webhookInbox)
        .values({ ...base, ...row })
        .returning({ id: webhookInbox.id });
      if (inserted) ids[name] = inserted.id;
    }
  });
  afterAll(() => database.close());

  const names = (items: { id: bigint }[]) =>
    items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

  it("lists newest first without bodies or headers, and filters by provider, account, state and time", async () => {
    const all = await caller().webhooks.list({});
    expect(names(all.items)).toEqual(["pending", "rejected", "failed", "duplicate", "applied"]);
    expect(all.nextCursor).toBeNull();
    expect(Object.keys(all.items[0] ?? {})).not.toContain("rawBody");
    expect(Object.keys(all.items[0] ?? {})).not.toContain("headers");
    expect(all.items.find((item) => item.id === ids.failed)?.error).toBe("could not apply card 420000******0000");

    expect(names((await caller().webhooks.list({ provider: "pockyt" })).items)).toEqual(["pending", "rejected"]);
    expect(names((await caller().webhooks.list({ accountId: "test-antom" })).items)).toEqual(["failed"]);
    expect(names((await caller().webhooks.list({ state: "duplicate" })).items)).toEqual(["duplicate"]);
    expect(names((await caller().webhooks.list({ from: at(2), to: at(4) })).items)).toEqual(["failed", "duplicate"]);
  });

  it("matches a provider uid, a dedup key or a request id exactly", async () => {
    expect(names((await caller().webhooks.list({ q: "46154-aba1cf5e57" })).items)).toEqual(["duplicate", "applied"]);
    expect(names((await caller().webhooks.list({ q: "PAYMENT_RESULT|2026112300001" })).items)).toEqual(["failed"]);
    expect(names((await caller().webhooks.list({ q: "req-4" })).items)).toEqual(["rejected"]);
    expect((await caller().webhooks.list({ q: "46154" })).items).toEqual([]);
  });

  it("pages by id with a cursor, and refuses pages over 100 or a bad cursor", async () => {
    const first = await caller().webhooks.list({ limit: 2 });
    expect(names(first.items)).toEqual(["pending", "rejected"]);
    const second = await caller().webhooks.list({ limit: 2, cursor: first.nextCursor });
    expect(names(second.items)).toEqual(["failed", "duplicate"]);
    const third = await caller().webhooks.list({ limit: 2, cursor: second.nextCursor });
    expect(names(third.items)).toEqual(["applied"]);
    expect(third.nextCursor).toBeNull();
    await expect(caller().webhooks.list({ limit: 101 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().webhooks.list({ cursor: "9223372036854775808" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller().webhooks.list({ cursor: "1 or 1=1" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("counts each state under the other filters", async () => {
    const counts = await caller().webhooks.counts({});
    expect(counts.map((c) => [c.state, c.count, c.capped])).toEqual([
      ["pending", 1, false],
      ["applied", 1, false],
      ["duplicate", 1, false],
      ["flagged", 0, false],
      ["too_old", 0, false],
      ["rejected", 1, false],
      ["failed", 1, false],
    ]);
    const byUid = await caller().webhooks.counts({ q: "46154-aba1cf5e57" });
    expect(byUid.filter((c) => c.count > 0).map((c) => c.state)).toEqual(["applied", "duplicate"]);
    const pockyt = await caller().webhooks.counts({ provider: "pockyt", from: at(5) });
    expect(pockyt.filter((c) => c.count > 0).map((c) => c.state)).toEqual(["pending"]);
  });

  it("shows one message with its body masked and pretty, and the linked transaction's uid", async () => {
    const applied = await caller().webhooks.byId({ id: String(ids.applied) });
    expect(applied.transactionId).toBe(txId);
    expect(applied.transactionProviderUid).toBe("46154-aba1cf5e57");
    expect(applied.body.format).toBe("json");
    expect(applied.body.text).toContain('"number": "420000******0000"');
    expect(applied.body.text).toContain('"verification_value": "***"');
    expect(applied.headers).toEqual({ "content-type": "application/json" });
    expect(applied).not.toHaveProperty("rawBody");

    const rejected = await caller().webhooks.byId({ id: String(ids.rejected) });
    expect(rejected.body).toEqual({ format: "form", text: "status=success\ncard_no=420000******0000\ncvv=***" });
    expect(rejected.transactionProviderUid).toBeNull();
    expect(rejected.signatureVerdict).toBe("invalid:signature");

    const failed = await caller().webhooks.byId({ id: String(ids.failed) });
    expect(failed.error).toBe("could not apply card 420000******0000");
    // What goes over the wire holds no card number.
    for (const detail of [applied, rejected, failed]) expect(containsPan(superjson.stringify(detail))).toBe(false);
  });

  it("answers an unknown id with NOT_FOUND and a malformed one with BAD_REQUEST", async () => {
    await expect(caller().webhooks.byId({ id: "999999" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller().webhooks.byId({ id: "0" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().webhooks.byId({ id: "99999999999999999999" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("lets every role read but only a signed-in one, and only ops put a failed message back", async () => {
    for (const role of ["support", "ops", "finance", "admin"] as const) {
      expect((await caller(role).webhooks.counts({})).length).toBe(7);
    }
    await expect(caller(null).webhooks.list({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(caller(null).webhooks.byId({ id: String(ids.failed) })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const inboxId = ids.failed ?? 0n;
    await expect(caller("support").actions.reprocessWebhook({ inboxId })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await caller("ops").actions.reprocessWebhook({ inboxId })).toEqual({ inboxId, state: "pending" });
    expect((await caller().webhooks.byId({ id: String(inboxId) })).state).toBe("pending");
    await expect(caller("ops").actions.reprocessWebhook({ inboxId })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
