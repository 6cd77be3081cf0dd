// The webhook inbox: stored before the provider is answered (the group-commit writer below), applied afterwards by a
// worker (applyPendingInbox).
import { and, eq, sql } from "drizzle-orm";
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import type { TransactionSnapshot } from "@paylens/domain/transaction";
import { driverQuery, type Db } from "../client.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { jsonRows } from "./json-insert.ts";
import { applySnapshotsIn, type ApplyInput, type Tx } from "./apply.ts";
import { applyDisputesIn, type DisputeInput } from "./disputes-apply.ts";
import type { PollPolicy } from "./poll-policy.ts";

export interface InboxMessage {
  provider: string;
  accountId: string | null;
  requestId: string | null;
  remoteAddress: string | null;
  headers: Record<string, string>;
  /** Redacted: card numbers masked, security codes dropped (what is applied, now or when reprocessed). */
  rawBody: string;
  /** SHA-256 (hex) of the body as received, before redaction. */
  rawSha256?: string | null;
  signatureVerdict: string;
  dedupKey: string | null;
  providerUid: string | null;
  state: "pending" | "rejected" | "too_old";
  error?: string | null;
  receivedAt?: Date;
}

// Group commit for the webhook inbox: messages that arrive while earlier inserts are in flight are written together,
// one multi-row INSERT and one commit for the lot, and each is acknowledged only after that commit. At low load a
// message is written alone at once; under load the batches grow and the commit cost is shared.
interface Waiting {
  message: InboxMessage;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface InboxWriterOptions {
  /** Inserts in flight at once (PostgreSQL: below the pool size; PGlite serialises them anyway). */
  lanes?: number;
  maxBatch?: number;
}

// Every message as a row with the same columns, in the same order: the insert is one named statement for all batches.
const inboxRow = (message: InboxMessage): typeof webhookInbox.$inferInsert => ({
  provider: message.provider,
  accountId: message.accountId,
  receivedAt: message.receivedAt ?? new Date(),
  requestId: message.requestId,
  remoteAddress: message.remoteAddress,
  headers: message.headers,
  rawBody: message.rawBody,
  rawSha256: message.rawSha256 ?? null,
  signatureVerdict: message.signatureVerdict,
  dedupKey: message.dedupKey,
  providerUid: message.providerUid,
  state: message.state,
  error: message.error ?? null,
});

export function inboxWriter(db: Db, options: InboxWriterOptions = {}) {
  const lanes = options.lanes ?? 4;
  const maxBatch = options.maxBatch ?? 250;
  const queue: Waiting[] = [];
  let busy = 0;
  let scheduled = false;

  async function write(batch: Waiting[]): Promise<void> {
    try {
      // Straight to the driver (`driverQuery`): building the insert through drizzle (its builder, tracing wrappers)
      // cost more of the server's CPU than the database spent on it. json: no jsonb built only to be taken apart.
      const { columns, json } = jsonRows(
        webhookInbox,
        batch.map((w) => inboxRow(w.message)),
      );
      const insert = `insert into webhook_inbox (${columns}) select ${columns} from json_populate_recordset(null::webhook_inbox, $1::json)`;
      await driverQuery(db, "paylens_inbox_insert", insert, [json]);
      for (const w of batch) w.resolve();
    } catch (error) {
      if (batch.length === 1) return batch[0]?.reject(error);
      // One bad row must not fail the others: write them one by one.
      for (const w of batch) await write([w]);
    }
  }

  function pump(): void {
    while (busy < lanes && queue.length > 0) {
      const batch = queue.splice(0, maxBatch);
      busy++;
      void write(batch).finally(() => {
        busy--;
        pump();
      });
    }
  }

  return {
    /** Resolves once the message is committed: only then may the provider be answered. */
    store(message: InboxMessage): Promise<void> {
      return new Promise<void>((resolve, reject) => {
        queue.push({ message, resolve, reject });
        if (lanes > 1) return pump();
        // One lane (PGlite, which blocks the event loop while it writes): after this turn of the loop, so that the
        // requests already received join the same insert instead of each being written alone.
        if (scheduled) return;
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          pump();
        });
      });
    },
  };
}

export type ClaimedMessage = typeof webhookInbox.$inferSelect;

export type InboxOutcome = "applied" | "duplicate" | "flagged" | "failed" | "retry";

/** A stored message read again: about a transaction, or about a dispute (`dispute` instead of `snapshot`). */
export interface InboxParser {
  (
    message: ClaimedMessage,
  ): { snapshot: TransactionSnapshot; dedupKey: string } | { dispute: DisputeSnapshot; dedupKey: string };
}

/** Outcomes of one round; `retry` (left pending after losing a lock race) only when there were some. */
export type InboxCounts = Record<Exclude<InboxOutcome, "retry" | "flagged">, number> & {
  retry?: number;
  flagged?: number;
};

type Parsed = { message: ClaimedMessage } & ({ input: ApplyInput } | { dispute: DisputeInput });

/**
 * Claims up to `limit` pending messages (SKIP LOCKED: several workers or instances never take the same one) and
 * applies them as one batch. Should the batch fail, it is undone and each message is applied in its own savepoint,
 * so one bad message cannot hold back the others.
 */
export async function applyPendingInbox(
  db: Db,
  parse: InboxParser,
  limit = 100,
  poll?: PollPolicy,
): Promise<InboxCounts> {
  const counts: Record<InboxOutcome, number> = { applied: 0, duplicate: 0, flagged: 0, failed: 0, retry: 0 };
  await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(webhookInbox)
      .where(eq(webhookInbox.state, "pending"))
      .orderBy(webhookInbox.id)
      .limit(limit)
      .for("update", { skipLocked: true });
    const parsed: Parsed[] = [];
    for (const message of rows) {
      try {
        const read = parse(message);
        const common = { accountId: message.accountId ?? "", receivedAt: message.receivedAt, inboxId: message.id };
        if ("dispute" in read) {
          parsed.push({ message, dispute: { ...common, dispute: read.dispute, dedupKey: read.dedupKey } });
          continue;
        }
        const input: ApplyInput = {
          ...common,
          snapshot: read.snapshot,
          dedupKey: read.dedupKey,
          kind: "webhook",
          ...(poll ? { poll } : {}),
        };
        parsed.push({ message, input });
      } catch (error) {
        await markFailed(tx, message.id, error);
        counts.failed++;
      }
    }
    if (parsed.length === 0) return;
    try {
      for (const outcome of await tx.transaction((savepoint) => applyBatch(savepoint, parsed))) counts[outcome]++;
    } catch (error) {
      if (hasCode(error, TRANSIENT)) {
        counts.retry += parsed.length;
        return;
      }
      // Lock transactions in one global order (by provider uid, then arrival), so two workers never deadlock.
      parsed.sort(
        (a, b) =>
          (a.message.providerUid ?? "").localeCompare(b.message.providerUid ?? "") ||
          Number(a.message.id - b.message.id),
      );
      for (const one of parsed) counts[await applyOne(tx, one)]++;
    }
  });
  // The rare outcomes only when there were some.
  const { retry, flagged, ...done } = counts;
  return { ...done, ...(flagged > 0 ? { flagged } : {}), ...(retry > 0 ? { retry } : {}) };
}

/** Applies the messages and marks each applied, duplicate or flagged (with why), in one statement. */
async function applyBatch(tx: Tx, parsed: Parsed[]): Promise<("applied" | "duplicate" | "flagged")[]> {
  const aboutTransactions = parsed.flatMap((one) => ("input" in one ? [one.input] : []));
  const aboutDisputes = parsed.flatMap((one) => ("dispute" in one ? [one.dispute] : []));
  const transactionResults = aboutTransactions.length > 0 ? await applySnapshotsIn(tx, aboutTransactions) : [];
  const disputeResults = aboutDisputes.length > 0 ? await applyDisputesIn(tx, aboutDisputes) : [];
  // A dispute's message notes its disputed payment (when known) as the inbox row's transaction.
  let t = 0;
  let d = 0;
  const results = parsed.map((one) => ("input" in one ? transactionResults[t++] : disputeResults[d++]));
  const marks = parsed.map((one, i) => {
    const result = results[i];
    const flagged = result?.transition === "flagged" ? result : null;
    const state: "applied" | "duplicate" | "flagged" = flagged
      ? "flagged"
      : result?.transition === "duplicate"
        ? "duplicate"
        : "applied";
    return { id: one.message.id.toString(), state, tx: result?.transactionId ?? null, error: flagged?.reason ?? null };
  });
  await tx.execute(sql`
    update webhook_inbox w set state = m.state, transaction_id = m.tx,
      applied_at = ${new Date().toISOString()}::timestamptz, attempts = w.attempts + 1, error = m.error
      from jsonb_to_recordset(${JSON.stringify(marks)}::jsonb) as m(id bigint, state text, tx uuid, error text)
     where w.id = m.id`);
  return marks.map((mark) => mark.state);
}

async function applyOne(tx: Tx, one: Parsed): Promise<InboxOutcome> {
  // A unique violation means a concurrent worker applied the same dedup key first: the second try sees it a duplicate.
  for (let attempt = 1; ; attempt++) {
    try {
      const [outcome] = await tx.transaction((savepoint) => applyBatch(savepoint, [one]));
      return outcome as InboxOutcome;
    } catch (error) {
      if (isUniqueViolation(error) && attempt === 1) continue;
      // Lost a race for a lock (deadlock, serialization): the savepoint is undone; it stays pending for the next round.
      if (hasCode(error, TRANSIENT)) return "retry";
      await markFailed(tx, one.message.id, error);
      return "failed";
    }
  }
}

async function markFailed(tx: Tx, id: bigint, error: unknown): Promise<void> {
  await tx
    .update(webhookInbox)
    .set({
      state: "failed",
      error: error instanceof Error ? error.message : String(error),
      attempts: sql`${webhookInbox.attempts} + 1`,
    })
    .where(eq(webhookInbox.id, id));
}

const TRANSIENT = ["40P01", "40001", "55P03"];

function hasCode(error: unknown, codes: string[]): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if (codes.includes(String((e as { code?: unknown }).code))) return true;
  }
  return false;
}

const isUniqueViolation = (error: unknown): boolean => hasCode(error, ["23505"]);

/** Puts a message that failed to apply back in the queue; null when it is not a failed message. */
export async function reprocessInbox(db: Db, id: bigint) {
  const [row] = await db
    .update(webhookInbox)
    .set({ state: "pending", error: null })
    .where(and(eq(webhookInbox.id, id), eq(webhookInbox.state, "failed")))
    .returning({ id: webhookInbox.id, transactionId: webhookInbox.transactionId });
  return row ?? null;
}
