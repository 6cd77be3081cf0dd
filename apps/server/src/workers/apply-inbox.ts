// Applies stored webhooks to transactions. Parsing again from the raw body keeps the inbox the source of truth.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@paylens/db/client";
import { applyPendingInbox, type ClaimedMessage, type InboxParser } from "@paylens/db/queries/inbox";
import type { PollPolicy } from "@paylens/db/queries/poll-policy";
import { parseNotification } from "@paylens/providers/connector";
import { connectorFor } from "@paylens/providers/connectors";
import type { AccountBook } from "../accounts.ts";
import { startLoop, type Loop } from "./loop.ts";
import type { RecentlyParsed } from "./recently-parsed.ts";
import { APPLY_LAG_TARGET_MS, type IngestPressure } from "./ingest-pressure.ts";

// Larger batches share each statement's round trip and commit among more messages (docs/performance.md).
const BATCH = 500;
/** The longest a tick gives way to queued acknowledgements (only while applying keeps up). */
const GIVE_WAY_MS = 200;
// Webhooks wake the worker one by one; gathering them for a moment makes one batch of a burst, not one per webhook.
const GATHER_MS = 50;
// Idle, the first lane looks for what another instance stored (or a retry) twice a second; the others wake with this
// process's webhooks and would only repeat its empty claims (each lane's poll cost an idle server CPU, docs/performance.md).
const POLL_MS = 500;
const OTHER_LANES_POLL_MS = 10_000;

/**
 * Reads a stored message again. A transaction first met in a webhook of a provider whose webhooks carry no test flag
 * takes it from its account, which the message names.
 */
export function inboxParser(accounts?: Pick<AccountBook, "get">, recent?: RecentlyParsed): InboxParser {
  return (message: ClaimedMessage) => {
    const connector = connectorFor(message.provider);
    if (!connector) throw new Error(`no connector for ${message.provider}`);
    const parsed =
      recent?.take(message.provider, message.rawBody) ?? parseNotification(connector, message.rawBody, message.headers);
    const entry = message.accountId ? accounts?.get(message.accountId) : null;
    if (parsed.kind === "transaction" && entry && connector.testAccount?.(entry.account))
      return { ...parsed, snapshot: { ...parsed.snapshot, test: true } };
    return parsed;
  };
}

export const parseStored: InboxParser = inboxParser();

/** `lanes` loops share the inbox through SKIP LOCKED (PostgreSQL gains from several; PGlite has one connection). */
export function startInboxWorker(
  db: Db,
  log: FastifyBaseLogger,
  poll: PollPolicy,
  lanes = 1,
  pressure?: IngestPressure,
  accounts?: Pick<AccountBook, "get">,
  recent?: RecentlyParsed,
): Loop {
  const read = inboxParser(accounts, recent);
  const loops = Array.from({ length: lanes }, (_, lane) => {
    // The batch's oldest message tells the pressure how far applying is behind (claims go in arrival order).
    let first = true;
    const parse: InboxParser = (message) => {
      if (first) pressure?.claimed(lane, message.receivedAt.getTime());
      first = false;
      return read(message);
    };
    return startLoop(
      `apply-inbox-${lane}`,
      log,
      lane === 0 ? POLL_MS : OTHER_LANES_POLL_MS,
      async () => {
        // Give way while acknowledgements queue, briefly, and only while applying keeps up.
        for (
          let waited = 0;
          pressure?.queueing() && pressure.lagMs() < APPLY_LAG_TARGET_MS && waited < GIVE_WAY_MS;
          waited += 25
        )
          await new Promise((resolve) => setTimeout(resolve, 25));
        first = true;
        const counts = await applyPendingInbox(db, parse, BATCH, poll);
        const total = counts.applied + counts.duplicate + counts.failed + (counts.flagged ?? 0) + (counts.retry ?? 0);
        pressure?.applied(total);
        // A batch that was not full emptied the inbox: this lane is no longer behind.
        if (total < BATCH) pressure?.claimed(lane, null);
        if (counts.failed > 0) log.warn({ counts }, "inbox messages failed to apply");
        return total === BATCH;
      },
      GATHER_MS,
    );
  });
  return {
    wake: () => loops.forEach((loop) => loop.wake()),
    stop: async () => {
      await Promise.all(loops.map((loop) => loop.stop()));
    },
    idle: async () => {
      await Promise.all(loops.map((loop) => loop.idle()));
    },
  };
}
