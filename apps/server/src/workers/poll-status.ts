// Queries providers about transactions that are still pending or incomplete, with backoff, until final.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@paylens/db/client";
import { applySnapshot } from "@paylens/db/queries/apply";
import type { PollPolicy } from "@paylens/db/queries/poll-policy";
import { claimDuePolls, recordPollEvent, schedulePoll, type DuePoll } from "@paylens/db/queries/polling";
import type { TransactionType } from "@paylens/domain/transaction";
import { connectorFor } from "@paylens/providers/connectors";
import type { AccountBook } from "../accounts.ts";
import type { CallRecorder } from "../provider-context.ts";
import { callContext } from "../provider-context.ts";
import { startLoop, type Loop } from "./loop.ts";

const BATCH = 20;

async function pollOne(
  db: Db,
  accounts: AccountBook,
  record: CallRecorder,
  due: DuePoll,
  policy: PollPolicy,
): Promise<void> {
  const now = new Date();
  const configured = accounts.get(due.accountId);
  const connector = connectorFor(due.provider);
  if (!configured || !connector) {
    await recordPollEvent(db, due.id, due.status, "not polled: the account is no longer configured", now);
    await schedulePoll(db, due.id, policy.maxAttempts, now, policy);
    return;
  }
  const result = await connector.query(callContext(configured, record), {
    providerUid: due.providerUid,
    parentProviderUid: due.parentProviderUid,
    type: due.type as TransactionType,
  });
  if (result.state === "ok" && result.snapshot) {
    await applySnapshot(db, {
      accountId: due.accountId,
      snapshot: result.snapshot,
      kind: "poll",
      receivedAt: new Date(),
      poll: policy,
    });
  } else {
    const why =
      result.state === "unknown"
        ? `status query failed: ${result.outcome.message}`
        : `provider refused the status query: ${result.outcome.message}`;
    await recordPollEvent(db, due.id, due.status, why, now);
  }
  await schedulePoll(db, due.id, due.pollAttempts + 1, new Date(), policy);
}

export function startPollWorker(
  db: Db,
  accounts: AccountBook,
  record: CallRecorder,
  log: FastifyBaseLogger,
  policy: PollPolicy,
): Loop {
  return startLoop("poll-status", log, 1000, async () => {
    const due = await claimDuePolls(db, new Date(), BATCH);
    await Promise.all(
      due.map((row) =>
        pollOne(db, accounts, record, row, policy).catch((error: unknown) =>
          log.error({ err: error, uid: row.providerUid }, "poll failed"),
        ),
      ),
    );
    return due.length === BATCH;
  });
}
