// After a demo run (all three sandboxes, checkout traffic with real test card numbers, webhooks, polls, back-fill),
// nothing that looks like a full card number (Luhn-valid, 13–19 digits) is in any table or in the logs.
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { isPan } from "@paylens/domain/card";
import { spawnServer } from "./server-process.ts";
import { serverStore } from "./server-store.ts";

/** pino's epoch-millisecond `time` and the decimals of `responseTime` are long digit runs, Luhn-valid one time in ten. */
function withoutClock(line: string): string {
  return line.replace(/"time":\d{13}/, '"time":0').replace(/\d+\.\d+/g, "0.0");
}

// A card number stands alone: digit runs inside hex signatures and ids (…568d38…) are Luhn-valid one time in ten too.
const STANDALONE_RUN = /(?<![0-9A-Za-z])\d{13,19}(?![0-9A-Za-z])/g;

/** Standalone runs a scheme could issue that pass Luhn, leaving out the providers' own ids (an 18-digit Pockyt transactionNo can pass both). */
function suspects(text: string, providerIds: ReadonlySet<string> = new Set()) {
  return [...text.matchAll(STANDALONE_RUN)].filter((m) => isPan(m[0]) && !providerIds.has(m[0]));
}

function looksLikePan(text: string, providerIds?: ReadonlySet<string>): boolean {
  return suspects(text, providerIds).length > 0;
}

/** Each suspect with the text around it, to say where it came from. */
function context(text: string, providerIds: ReadonlySet<string>): string {
  return suspects(text, providerIds)
    .map((m) => text.slice(Math.max(0, (m.index ?? 0) - 60), (m.index ?? 0) + m[0].length + 20))
    .join(" | ");
}

describe("no card numbers after a demo run", () => {
  let store: Awaited<ReturnType<typeof serverStore>> | null = null;
  afterAll(() => store?.close());

  it("knows a card number when it sees one", () => {
    expect(looksLikePan('{"credit_card":{"number":"4200000000000000"}}')).toBe(true);
    expect(looksLikePan("pan=5204240000015003&x=1")).toBe(true);
    expect(looksLikePan('"verifySign":"555451822851568d385838b7"')).toBe(false);
    expect(looksLikePan("transactionNo=347106292849255283", new Set(["347106292849255283"]))).toBe(false);
    expect(looksLikePan("time=20261203211630&batch=2026112800001")).toBe(false);
    for (const pan of [
      "378282246310005",
      "6011111111111117",
      "3530111333300000",
      "6200000000000005",
      "5204240000015003",
    ])
      expect(looksLikePan(`n=${pan}`)).toBe(true);
  });

  it("finds no Luhn-valid 13–19 digit number in the database or the logs", async () => {
    store = await serverStore("pan");
    const env: Record<string, string> = {
      ...store.env,
      PAYLENS_DEMO_RATE: "15",
      PAYLENS_DEMO_BACKFILL: "150",
      PAYLENS_POLL_FIRST_DELAY_MS: "1000",
      LOG_LEVEL: "debug",
    };
    const server = await spawnServer(env);
    // The run is over when the back-fill is in; the traffic's webhooks and polls ran all along.
    await server.waitForOutput(/demo back-fill done/, 150_000);
    await server.stop("SIGTERM");
    const logs = server.output();

    await store.read(async (database) => {
      const tables = await database.db.execute<{ name: string }>(
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      // Ids the providers gave their transactions, as stored: digits that are an id are not a card number.
      const ids = await database.db.execute<{ id: string }>(
        sql`select provider_uid as id from transactions union select provider_uid from webhook_inbox where provider_uid is not null`,
      );
      const providerIds = new Set(ids.rows.map((row) => row.id));
      const found: string[] = [];
      let rows = 0;
      for (const { name } of tables.rows) {
        const dump = await database.db.execute<{ row: string }>(
          sql`select t::text as row from ${sql.identifier(name)} t`,
        );
        rows += dump.rows.length;
        for (const { row } of dump.rows)
          if (looksLikePan(row, providerIds)) found.push(`${name}: ${context(row, providerIds)}`);
      }
      // The run was real: card transactions from the traffic and the back-fill, their webhooks and polls.
      const cards = await database.db.execute<{ n: string }>(
        sql`select count(*) as n from transactions where card_last4 is not null`,
      );
      expect(Number(cards.rows[0]?.n)).toBeGreaterThan(50);
      expect(rows).toBeGreaterThan(500);
      expect(found).toEqual([]);
      expect(logs.length).toBeGreaterThan(1000);
      expect(logs.split("\n").filter((line) => looksLikePan(withoutClock(line), providerIds))).toEqual([]);
    });
  }, 180_000);
});
