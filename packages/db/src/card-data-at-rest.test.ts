// Migration 0008 redacts what was stored before the card-data guard: its SQL rules must agree with the domain's.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactText, SECURITY_CODE_FIELDS } from "@paylens/domain/card";
import type { Database } from "./client.ts";
import { migrationsFolder } from "./migrate.ts";
import { createTestDb } from "./test-db.ts";

const SAMPLES = [
  "card 4111111111111111 ok",
  "4111 1111 1111 1111",
  "5555-5555-5555-4444 and 4012.8888.8888.1881",
  "order 12 4111 1111 1111 1111 ok",
  "customer says cvc2 737 works; CVV: 123",
  "time=20261203211630 amount 100.00 EUR 4111 1111 1111 1112",
  "Amex 3782 822463 10005",
];

describe("migration 0008: card data already at rest", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  const one = async <T>(query: ReturnType<typeof sql>) => (await database.db.execute<{ v: T }>(query)).rows[0]?.v as T;

  it("knows the same security-code field names as the domain", async () => {
    expect(await one<string[]>(sql`select paylens_security_code_fields() as v`)).toEqual([...SECURITY_CODE_FIELDS]);
  });

  for (const text of SAMPLES) {
    it(`redacts text as the domain does: ${text}`, async () => {
      expect(await one<string>(sql`select paylens_redact(${text}) as v`)).toBe(redactText(text));
    });
  }

  it("rewrites stored rows: inbox bodies (JSON and forms), transactions, notes and the append-only audit log", async () => {
    await database.db.execute(
      sql`insert into provider_accounts (id, provider, name, base_url) values ('a1', 'begateway', 'A', 'http://x')`,
    );
    await database.db
      .execute(sql`insert into webhook_inbox (provider, account_id, headers, raw_body, signature_verdict, state) values
      ('begateway', 'a1', '{"x-note":"4111 1111 1111 1111"}', '{"transaction":{"description":"pan 4111-1111-1111-1111","credit_card":{"cardCvv":"7391","number":4111111111111111}},"id":9007199254740993123}', 'valid:basic', 'applied'),
      ('pockyt', 'a1', '{}', 'note=5555+5555+5555+4444&securityCode=7391&transactionNo=300000000000000001', 'valid:md5', 'applied')`);
    await database.db
      .execute(sql`insert into transactions (account_id, provider, provider_uid, type, status, amount_minor, currency,
        created_at, description, card_holder, raw)
      values ('a1', 'begateway', 'u1', 'payment', 'successful', 100, 'EUR', now(), 'for 4111 1111 1111 1111',
        'JOHN 5555555555554444', '{"n":[{"csc":"7391","t":"cvc2 7391"}]}')`);
    await database.db.execute(
      sql`insert into audit_log (actor_name, action, subject, after) values ('x', 'note', 'about 4111111111111111',
        '{"text":"card 4111 1111 1111 1111"}')`,
    );
    const file = readFileSync(join(migrationsFolder, "0008_card_data_at_rest.sql"), "utf8");
    // The migration's data statements, run again over rows written the old way.
    for (const statement of file
      .split("--> statement-breakpoint")
      .filter((s) => /^\s*(UPDATE|ALTER TABLE "audit_log")/m.test(s))) {
      await database.db.execute(sql.raw(statement.replace(/^--.*$/gm, "")));
    }
    const dump = await database.db.execute<{ row: string }>(
      sql`select t::text as row from webhook_inbox t union all select t::text from transactions t union all select t::text from audit_log t`,
    );
    const all = dump.rows.map((r) => r.row).join("\n");
    for (const pan of [
      "4111111111111111",
      "4111 1111 1111 1111",
      "4111-1111-1111-1111",
      "5555+5555+5555+4444",
      "5555 5555 5555 4444",
      "5555555555554444",
      "7391",
    ])
      expect(all).not.toContain(pan);
    expect(all).toContain("411111******1111");
    expect(all).toContain("9007199254740993123");
    expect(all).toContain("transactionNo=300000000000000001");
    // Still append-only afterwards.
    await expect(database.db.execute(sql`update audit_log set subject = 'x'`)).rejects.toThrow();
  });
});
