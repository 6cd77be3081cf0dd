// Back-fill: learn a transaction Paylens never heard of by asking the provider about it.
import type { Db } from "@paylens/db/client";
import { applySnapshot } from "@paylens/db/queries/apply";
import type { TransactionRef } from "@paylens/providers/connector";
import { connectorFor } from "@paylens/providers/connectors";
import type { ConfiguredAccount } from "./accounts.ts";
import { callContext, type CallRecorder } from "./provider-context.ts";

export async function importTransaction(
  db: Db,
  configured: ConfiguredAccount,
  ref: TransactionRef,
  record: CallRecorder,
  sandboxTime?: Date,
): Promise<boolean> {
  const connector = connectorFor(configured.account.provider);
  if (!connector) return false;
  const result = await connector.query(callContext(configured, record, sandboxTime ? { sandboxTime } : {}), ref);
  if (result.state !== "ok" || !result.snapshot) return false;
  await applySnapshot(db, {
    accountId: configured.account.id,
    snapshot: result.snapshot,
    kind: "backfill",
    receivedAt: new Date(),
    summary: `imported by back-fill: ${result.snapshot.status}`,
  });
  return true;
}
