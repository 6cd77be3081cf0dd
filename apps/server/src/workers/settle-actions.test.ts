// A provider that times out or fails mid-action: the action is "unknown", never resent; querying the provider
// settles it — done when the provider has the refund, not done (and retryable by a person) when it never appears.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settleAction, GIVE_UP_AFTER_MS } from "@paylens/api/actions/settle-action";
import { connectorFor } from "@paylens/providers/connectors";
import { actionById, type ActionRow } from "@paylens/db/queries/actions";
import { startActionHarness, type ActionHarness, type Session } from "../actions/action-harness.ts";
import { callContext, callRecorder } from "../provider-context.ts";

describe("settling actions whose answer was lost", () => {
  let h: ActionHarness;
  let ops: Session;
  const providers = () => ({
    connector: connectorFor,
    callContext: (id: string) => (id === h.shop.account.id ? callContext(h.shop, callRecorder(h.database.db)) : null),
  });
  const refund = (id: string, amountMinor: bigint, key = randomUUID()) =>
    h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: key, transactionId: id, kind: "refund", amountMinor, reason: "damaged" },
      ops,
    );
  const calls = async (key: string) =>
    Number(
      (
        await h.database.db.execute<{ n: string }>(
          sql`select count(*) as n from provider_calls where idempotency_key = ${key}`,
        )
      ).rows[0]?.n,
    );

  beforeAll(async () => {
    h = await startActionHarness();
    ops = await h.signIn("ops@paylens.demo");
  }, 60_000);
  afterAll(() => h.close());

  it("leaves an action the provider failed on as unknown, holding its amount, and settles it as not done after queries find nothing", async () => {
    const id = await h.payment(4000n);
    h.demo.sandbox.setApiIncident(1, 1); // every call answered 503, unprocessed
    const key = randomUUID();
    const answer = await refund(id, 1000n, key);
    h.demo.sandbox.setApiIncident(1, 0);
    expect(answer.data.state).toBe("unknown");
    // The same key again changes nothing and calls nobody.
    expect((await refund(id, 1000n, key)).data.state).toBe("unknown");
    expect(await calls(key)).toBe(1);
    // Its amount is held: the rest cannot be over-refunded while it is unknown.
    expect((await refund(id, 3500n)).error?.code).toBe("CONFLICT");

    const early = await settleAction({ db: h.database.db, providers: providers() }, answer.data, { giveUp: true });
    expect(early.state).toBe("unknown");
    const late = await settleAction({ db: h.database.db, providers: providers() }, answer.data, {
      giveUp: true,
      now: new Date(Date.now() + GIVE_UP_AFTER_MS + 60_000),
    });
    expect(late.state).toBe("failed");
    expect(late.error).toMatch(/not done/);
    expect(await calls(key)).toBe(1); // queried, never resent

    // A person retries it, with a new key linked to the original.
    const retry = await h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: randomUUID(), transactionId: id, kind: "retry", retryOf: answer.data.id },
      ops,
    );
    expect(retry.error).toBeNull();
    expect(retry.data).toMatchObject({
      state: "succeeded",
      kind: "refund",
      retryOf: answer.data.id,
      amountMinor: 1000n,
    });
  });

  it("settles an unknown action as done when the provider did make the refund", async () => {
    const id = await h.payment(6000n);
    const key = randomUUID();
    // The provider made the refund, but its answer was lost: Paylens recorded "unknown".
    const lost = await refund(id, 2000n, key);
    expect(lost.data.state).toBe("succeeded");
    const child = lost.data.childTransactionId;
    await h.database.db.execute(
      sql`update actions set state = 'unknown', child_transaction_id = null where id = ${lost.data.id}`,
    );
    const settled = await settleAction(
      { db: h.database.db, providers: providers() },
      (await actionById(h.database.db, lost.data.id)) as ActionRow,
      { giveUp: true },
    );
    expect(settled.state).toBe("succeeded");
    expect(settled.childTransactionId).toBe(child);
  });

  it("does not retry what the provider refused for good", async () => {
    const id = await h.payment(1000n);
    await h.database.db
      .execute(sql`insert into actions (idempotency_key, transaction_id, kind, state, amount_minor, currency,
        requested_by, requested_by_name, outcome, error)
      values (${`k-${randomUUID()}`}, ${id}, 'refund', 'declined', 500, 'EUR', 'x', 'x',
        ${JSON.stringify({ retryable: false, message: "Stolen card" })}::jsonb, 'Stolen card')`);
    const [row] = (
      await h.database.db.execute<{ id: string }>(sql`select id from actions where transaction_id = ${id}`)
    ).rows;
    const retry = await h.mutate<ActionRow>(
      "actions.request",
      { idempotencyKey: randomUUID(), transactionId: id, kind: "retry", retryOf: row?.id },
      ops,
    );
    expect(retry.error?.code).toBe("BAD_REQUEST");
    expect(retry.error?.message).toMatch(/Not retryable: Stolen card/);
  });
});
