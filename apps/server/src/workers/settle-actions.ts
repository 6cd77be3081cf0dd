// Learns the effect of actions whose answer was lost (timeout, 5xx, a crash mid-call) or is still pending, by
// querying the provider. Actions stuck in "sending" for two minutes are from a process that died mid-call.
import type { FastifyBaseLogger } from "fastify";
import { settleAction } from "@paylens/api/actions/settle-action";
import type { Db } from "@paylens/db/client";
import { claimUnsettledActions } from "@paylens/db/queries/actions";
import type { AccountBook } from "../accounts.ts";
import { providerAccess, type CallRecorder } from "../provider-context.ts";
import { startLoop, type Loop } from "./loop.ts";

const BATCH = 20;

export function startSettleWorker(
  db: Db,
  accounts: AccountBook,
  record: CallRecorder,
  log: FastifyBaseLogger,
  idleMs = 10_000,
): Loop {
  const providers = providerAccess(accounts, record);
  return startLoop("settle-actions", log, idleMs, async () => {
    const due = await claimUnsettledActions(db, new Date(), BATCH);
    for (const action of due) {
      await settleAction({ db, providers, log }, action, { giveUp: true }).catch((error: unknown) =>
        log.error(
          { err: error, actionId: action.id, idempotencyKey: action.idempotencyKey },
          "settling an action failed",
        ),
      );
    }
    return due.length === BATCH;
  });
}
