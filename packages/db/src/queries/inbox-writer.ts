// Group commit for the webhook inbox: messages that arrive while earlier inserts are in flight are written together,
// one multi-row INSERT and one commit for the lot, and each is acknowledged only after that commit. At low load a
// message is written alone at once; under load the batches grow and the commit cost is shared.
import type { Db } from "../client.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { insertJson } from "./json-insert.ts";
import type { InboxMessage } from "./inbox.ts";

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

const row = (message: InboxMessage) => ({
  ...message,
  rawSha256: message.rawSha256 ?? null,
  error: message.error ?? null,
  receivedAt: message.receivedAt ?? new Date(),
});

export function inboxWriter(db: Db, options: InboxWriterOptions = {}) {
  const lanes = options.lanes ?? 4;
  const maxBatch = options.maxBatch ?? 250;
  const queue: Waiting[] = [];
  let busy = 0;
  let scheduled = false;

  async function write(batch: Waiting[]): Promise<void> {
    try {
      await db.execute(
        insertJson(
          webhookInbox,
          batch.map((w) => row(w.message)),
        ),
      );
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

export type InboxWriter = ReturnType<typeof inboxWriter>;
