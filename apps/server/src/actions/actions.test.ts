// Issue 6 acceptance through the real server: sign-in, roles, CSRF, idempotent and limited refunds, the two-person
// rule, decoded provider refusals, and the audit trail — against the beGateway sandbox over HTTP.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { ActionRow } from "@paylens/db/queries/actions";
import { connectorFor } from "@paylens/providers/connectors";
import { callContext, callRecorder } from "../provider-context.ts";
import { startActionHarness, type ActionHarness, type Session } from "./action-harness.ts";

type Available = {
  refundableMinor: bigint;
  capturableMinor: bigint;
  voidable: boolean;
  paymentRetryRefusal: string | null;
  actions: ActionRow[];
};

describe("actions through the server", () => {
  let h: ActionHarness;
  let ops: Session;
  let ops2: Session;
  let support: Session;

  beforeAll(async () => {
    h = await startActionHarness();
    [ops, ops2, support] = await Promise.all([
      h.signIn("ops@paylens.demo"),
      h.signIn("ops2@paylens.demo"),
      h.signIn("support@paylens.demo"),
    ]);
  }, 60_000);
  afterAll(() => h.close());

  const refund = (session: Session, transactionId: string, amountMinor: bigint, key = randomUUID()) =>
    h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: key, transactionId, kind: "refund", amountMinor, reason: "customer returned the goods" },
      session,
    );
  const available = async (transactionId: string) =>
    (await h.query<Available>("actions.forTransaction", { transactionId }, ops)).data;
  const count = async (query: ReturnType<typeof sql>) =>
    Number((await h.database.db.execute<{ n: string }>(query)).rows[0]?.n);

  it("refuses everything but sign-in to a caller without a session", async () => {
    const answer = await h.query("transactions.list", {}, null);
    expect(answer.status).toBe(401);
    expect(answer.error?.code).toBe("UNAUTHORIZED");
  });

  it("refuses a wrong password, and records the attempt", async () => {
    await expect(h.signIn("ops@paylens.demo", "not-the-password")).rejects.toThrow(/Wrong e-mail or password/);
    expect(
      await count(
        sql`select count(*) as n from audit_log where action = 'sign_in_failed' and subject = 'ops@paylens.demo'`,
      ),
    ).toBe(1);
  });

  it("refuses a mutation sent with the session cookie but without its CSRF token", async () => {
    const id = await h.payment(1000n);
    const answer = await h.mutate("notes.add", { transactionId: id, text: "hello" }, { ...ops, csrf: "wrong" });
    expect(answer.status).toBe(403);
    expect(answer.error?.message).toMatch(/CSRF/);
    const crossSite = await h.mutate("notes.add", { transactionId: id, text: "hello" }, ops, {
      origin: "https://evil.example",
    });
    expect(crossSite.status).toBe(403);
    expect(await count(sql`select count(*) as n from notes`)).toBe(0);
  });

  it("refuses a support user's refund with FORBIDDEN at the API, and nothing is recorded", async () => {
    const id = await h.payment(2500n);
    const answer = await refund(support, id, 100n);
    expect(answer.error?.code).toBe("FORBIDDEN");
    expect(await count(sql`select count(*) as n from actions where transaction_id = ${id}`)).toBe(0);
    // Support may still add a note.
    expect((await h.mutate("notes.add", { transactionId: id, text: "customer called" }, support)).status).toBe(200);
  });

  it("makes one refund of the same request sent twice with one key", async () => {
    const id = await h.payment(5000n);
    const key = randomUUID();
    const [first, second] = await Promise.all([refund(ops, id, 1500n, key), refund(ops, id, 1500n, key)]);
    const again = await refund(ops, id, 1500n, key);
    expect(first.data.state).toBe("succeeded");
    // The second waited for the first one's answer rather than showing it still under way.
    expect(second.data).toMatchObject({ id: first.data.id, state: "succeeded" });
    expect(again.data.id).toBe(first.data.id);
    expect(
      await count(
        sql`select count(*) as n from provider_calls where operation = 'refund' and idempotency_key = ${key}`,
      ),
    ).toBe(1);
    expect(await count(sql`select count(*) as n from transactions where parent_id = ${id} and type = 'refund'`)).toBe(
      1,
    );
    expect((await available(id)).refundableMinor).toBe(3500n);
    expect((await available(id)).paymentRetryRefusal).toMatch(/Only a failed payment/);
    // The money movement is on record for the ledger, tied to the action.
    expect(
      await count(
        sql`select count(*) as n from money_movements where kind = 'refund' and action_id = ${first.data.id} and amount_minor = 1500`,
      ),
    ).toBe(1);
  });

  it("lets exactly one of two concurrent partial refunds through when together they exceed the refundable amount", async () => {
    const id = await h.payment(10_000n);
    const answers = await Promise.all([refund(ops, id, 6000n), refund(ops2, id, 7000n)]);
    const ok = answers.filter((a) => a.data?.state === "succeeded");
    const refused = answers.filter((a) => a.error);
    expect(ok).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.error?.code).toBe("CONFLICT");
    expect(refused[0]?.error?.message).toMatch(/only (40\.00|30\.00) EUR is left to refund/);
    expect(await count(sql`select count(*) as n from transactions where parent_id = ${id} and type = 'refund'`)).toBe(
      1,
    );
  });

  it("refuses at the database a refund over what is left, even written straight to the table", async () => {
    const id = await h.payment(1000n);
    await expect(
      h.database.db
        .execute(sql`insert into actions (idempotency_key, transaction_id, kind, state, amount_minor, currency, requested_by, requested_by_name)
        values (${randomUUID()}, ${id}, 'refund', 'sending', 1001, 'EUR', 'x', 'x')`),
    ).rejects.toThrow();
    expect(await count(sql`select count(*) as n from actions where transaction_id = ${id}`)).toBe(0);
  });

  it("holds a refund above the threshold until a second ops user approves it", async () => {
    const id = await h.payment(90_000n);
    const held = await refund(ops, id, 60_000n);
    expect(held.data.state).toBe("pending_approval");
    expect(
      await count(
        sql`select count(*) as n from provider_calls where operation = 'refund' and idempotency_key = ${held.data.idempotencyKey}`,
      ),
    ).toBe(0);
    // It already counts against what is left.
    expect((await available(id)).refundableMinor).toBe(30_000n);
    const self = await h.mutate<ActionRow>("actions.approve", { id: held.data.id }, ops);
    expect(self.error?.code).toBe("FORBIDDEN");
    const approved = await h.mutate<ActionRow>("actions.approve", { id: held.data.id }, ops2);
    expect(approved.data.state).toBe("succeeded");
    expect(approved.data.approvedByName).toBe("Omar Ops");
    const twice = await h.mutate<ActionRow>("actions.approve", { id: held.data.id }, ops2);
    expect(twice.data.state).toBe("succeeded");
    expect(
      await count(
        sql`select count(*) as n from provider_calls where operation = 'refund' and idempotency_key = ${held.data.idempotencyKey}`,
      ),
    ).toBe(1);
    const trail = await h.query<{ items: { action: string }[] }>("audit.list", { transactionId: id }, support);
    expect(trail.data.items.map((e) => e.action)).toEqual(
      expect.arrayContaining(["refund.request", "refund.approve", "refund.result"]),
    );
  });

  it("shows a provider's refusal decoded and changes no amount", async () => {
    const id = await h.payment(3000n);
    // Refunded at the provider behind Paylens' back: the provider knows less is left than Paylens does.
    const [row] = (
      await h.database.db.execute<{ provider_uid: string }>(sql`select provider_uid from transactions where id = ${id}`)
    ).rows;
    const connector = connectorFor("begateway");
    await connector?.refund(callContext(h.shop, callRecorder(h.database.db)), {
      parentUid: row?.provider_uid ?? "",
      amountMinor: 2500n,
      currency: "EUR",
      reason: "elsewhere",
      idempotencyKey: randomUUID(),
    });
    const answer = await refund(ops, id, 1000n);
    expect(answer.data.state).toBe("rejected");
    expect(answer.data.error).toMatch(/greater than 500/);
    expect(answer.data.outcome).toMatchObject({ letter: expect.stringMatching(/[EF]/) });
    expect(await count(sql`select count(*) as n from transactions where parent_id = ${id} and type = 'refund'`)).toBe(
      0,
    );
    expect((await available(id)).refundableMinor).toBe(3000n);
  });

  it("captures part of an authorization, then refuses a void; voids an untouched one", async () => {
    const auth = await h.payment(8000n, "authorization");
    const capture = await h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: randomUUID(), transactionId: auth, kind: "capture", amountMinor: 5000n },
      ops,
    );
    expect(capture.data.state).toBe("succeeded");
    expect((await available(auth)).capturableMinor).toBe(3000n);
    const voided = await h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: randomUUID(), transactionId: auth, kind: "void" },
      ops,
    );
    expect(voided.error?.code).toBe("CONFLICT");
    const other = await h.payment(4000n, "authorization");
    const ok = await h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: randomUUID(), transactionId: other, kind: "void" },
      ops,
    );
    expect(ok.data.state).toBe("succeeded");
    expect(await available(other)).toMatchObject({ capturableMinor: 0n, voidable: false });
  });

  it("retries a failed payment once, with the card the provider saved, as a new payment under the same order", async () => {
    const failed = await h.payment(1500n, "payment", "4005550000000019");
    const [before] = (
      await h.database.db.execute<{ status: string; tracking_id: string }>(
        sql`select status, tracking_id from transactions where id = ${failed}`,
      )
    ).rows;
    expect(before?.status).toBe("failed");
    expect(
      (await h.query<{ paymentRetryRefusal: string | null }>("actions.forTransaction", { transactionId: failed }, ops))
        .data.paymentRetryRefusal,
    ).toBeNull();
    const [first, second] = await Promise.all([
      h.mutate<ActionRow>(
        "actions.request",
        { idempotencyKey: randomUUID(), transactionId: failed, kind: "retry" },
        ops,
      ),
      h.mutate<ActionRow>(
        "actions.request",
        { idempotencyKey: randomUUID(), transactionId: failed, kind: "retry" },
        ops2,
      ),
    ]);
    const done = [first, second].filter((a) => a.data);
    expect(done).toHaveLength(1);
    expect([first, second].find((a) => a.error)?.error?.message).toMatch(/retried already/);
    const retry = done[0]?.data;
    expect(retry?.childTransactionId).toBeTruthy();
    // The saved card declines again in the sandbox: the new payment exists, under the same order reference.
    const [again] = (
      await h.database.db.execute<{ tracking_id: string; type: string }>(
        sql`select tracking_id, type from transactions where id = ${retry?.childTransactionId ?? null}`,
      )
    ).rows;
    expect(again).toMatchObject({ tracking_id: before?.tracking_id, type: "payment" });
    expect(retry?.state).toBe("declined");
  });

  it("re-syncs a transaction by asking the provider, on the record", async () => {
    const id = await h.payment(1200n);
    const answer = await h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: randomUUID(), transactionId: id, kind: "resync" },
      ops,
    );
    expect(answer.data.state).toBe("succeeded");
    expect(
      await count(sql`select count(*) as n from transaction_events where transaction_id = ${id} and kind = 'action'`),
    ).toBe(1);
  });

  it("writes sign-ins, actions and notes to an audit log nobody can change", async () => {
    expect(await count(sql`select count(*) as n from audit_log where action = 'sign_in'`)).toBeGreaterThanOrEqual(3);
    expect(await count(sql`select count(*) as n from audit_log where action = 'note.add'`)).toBe(1);
    await expect(h.database.db.execute(sql`update audit_log set actor_name = 'someone else'`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
    await expect(h.database.db.execute(sql`delete from audit_log`)).rejects.toMatchObject({
      cause: { message: expect.stringMatching(/append-only/) },
    });
  });

  it("exports action outcomes and webhook answers in /metrics", async () => {
    await h.server.app.inject({
      method: "POST",
      url: `/webhooks/begateway/${h.shop.account.id}`,
      payload: "{}",
      headers: { "content-type": "application/json" },
    });
    const metrics = (await h.server.app.inject({ method: "GET", url: "/metrics" })).body;
    expect(metrics).toMatch(/paylens_actions_24h\{kind="refund",state="succeeded"\} [1-9]/);
    expect(metrics).toMatch(/paylens_webhooks_answered_total\{provider="begateway",status="401"\} 1/);
    expect(metrics).toMatch(/paylens_webhook_ack_seconds_count\{provider="begateway"\} 1/);
  });
});
