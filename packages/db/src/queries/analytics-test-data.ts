// Test and bench support: generated attempts, webhook events, provider calls and rejected webhooks, inserted in bulk.
import { sql } from "drizzle-orm";
import { PROVIDER_IDS } from "@paylens/providers/catalog";
import type { Db } from "../client.ts";
import { providerCalls, webhookInbox } from "../schema/ingest.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import { TEST_ACCOUNTS } from "../test-transactions.ts";
import { upsertAccounts } from "./accounts.ts";

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ISSUERS = [
  { issuer: "CHASE", bin: "403116", country: "US", brand: "visa" },
  { issuer: "BARCLAYS", bin: "489055", country: "GB", brand: "visa" },
  { issuer: "CAPITAL ONE", bin: "510805", country: "US", brand: "mastercard" },
  { issuer: "TINY BANK", bin: "999001", country: "DE", brand: "visa" },
];
const STATUSES = [
  "successful",
  "successful",
  "successful",
  "successful",
  "successful",
  "successful",
  "failed",
  "failed",
  "error",
  "pending",
  "expired",
];
const REASONS = ["insufficient_funds", "do_not_honor", "expired_card"];
const DECLINED_WITH_NOTE = {
  message: "Declined Issuer answered 51.",
  messageParts: { text: "Declined", notes: [{ kind: "issuer" as const, code: "51", said: null, advice: null }] },
};

export interface GenerateOptions {
  count: number;
  from: Date;
  spanMs: number;
  seed: number;
  /** Approval probability per issuer (default 0.85): what an incident changes. */
  approveFor?: (issuer: string) => number;
  uidPrefix?: string;
}

/** Inserts `count` transactions (payments, authorizations and refunds) with one webhook or poll event each; returns their ids. */
export async function insertGeneratedAttempts(db: Db, options: GenerateOptions): Promise<string[]> {
  await upsertAccounts(db, TEST_ACCOUNTS);
  const r = rng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const rows: (typeof transactions.$inferInsert)[] = [];
  for (let i = 0; i < options.count; i++) {
    const provider = pick(PROVIDER_IDS);
    const card = pick(ISSUERS);
    const approve = options.approveFor?.(card.issuer);
    const status = approve === undefined ? pick(STATUSES) : r() < approve ? "successful" : "failed";
    rows.push({
      accountId: `test-${provider}`,
      provider,
      providerUid: `${options.uidPrefix ?? "g"}-${options.seed}-${i}`,
      type: pick(["payment", "payment", "authorization", "refund"]),
      status,
      amountMinor: BigInt(100 + Math.floor(r() * 10_000)),
      currency: pick(["EUR", "USD"]),
      cardBin: card.bin,
      issuerName: card.issuer,
      issuerCountry: card.country,
      cardBrand: card.brand,
      methodType: "card",
      code: status === "failed" ? pick(["05", "51", "54"]) : null,
      // Half the declines carry the issuer's answer as a note: the codes table shows each code's text without it.
      ...(status !== "failed" ? {} : i % 2 === 0 ? { message: "Declined" } : DECLINED_WITH_NOTE),
      reason: status === "failed" ? pick(REASONS) : null,
      createdAt: new Date(options.from.getTime() + Math.floor(r() * options.spanMs)),
    });
  }
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const inserted = await db
      .insert(transactions)
      .values(rows.slice(i, i + 500))
      .returning({
        id: transactions.id,
        createdAt: transactions.createdAt,
        status: transactions.status,
        provider: transactions.provider,
      });
    const events = inserted.map((row) => {
      const polled = r() < 0.1;
      const lagMs = Math.floor(50 + r() * r() * 200_000);
      return {
        transactionId: row.id,
        kind: polled ? "poll" : "webhook",
        transition: "create",
        statusTo: row.status,
        lagMs: polled ? null : lagMs,
        occurredAt: new Date(row.createdAt.getTime() + (polled ? 15_000 : lagMs)),
        summary: "generated",
      };
    });
    events.push(
      ...events.filter((e) => e.kind === "webhook" && r() < 0.05).map((e) => ({ ...e, transition: "duplicate" })),
    );
    await db.insert(transactionEvents).values(events);
    await db.insert(providerCalls).values(
      inserted.map((row) => ({
        accountId: `test-${row.provider}`,
        provider: row.provider,
        operation: pick(["pay", "query"]),
        startedAt: row.createdAt,
        durationMs: Math.floor(100 + r() * r() * 5000),
        outcome: pick(["ok", "ok", "ok", "ok", "declined", "error", "timeout"]),
      })),
    );
    ids.push(...inserted.map((row) => row.id));
  }
  await db.insert(webhookInbox).values(
    Array.from({ length: Math.ceil(options.count / 50) }, () => ({
      provider: pick(PROVIDER_IDS),
      receivedAt: new Date(options.from.getTime() + Math.floor(r() * options.spanMs)),
      headers: {},
      rawBody: "{}",
      signatureVerdict: "invalid:signature",
      state: "rejected",
    })),
  );
  await db.execute(sql`analyze transactions`);
  return ids;
}
