import type { Db } from "../client.ts";
import { providerCalls } from "../schema/ingest.ts";

export type ProviderCallRow = typeof providerCalls.$inferInsert;

export async function recordProviderCall(db: Db, call: ProviderCallRow): Promise<void> {
  await db.insert(providerCalls).values(call);
}
