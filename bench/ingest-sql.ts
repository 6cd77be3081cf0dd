// SQL for the ingest benchmark (bench/ingest.ts): the raw insert ceiling and the inbox's final states.
import { sql } from "drizzle-orm";
import type { Database } from "@paylens/db/client";

/** Single-row autocommit inserts of a webhook-sized row for `seconds`, `lanes` at once (the server's pool size). */
export async function singleRowInsertRate(database: Database, seconds: number, lanes: number): Promise<number> {
  await database.db.execute(
    sql`create table if not exists bench_ceiling (id bigint generated always as identity primary key, received_at timestamptz not null default now(), body text not null)`,
  );
  const body = "x".repeat(1500);
  const until = performance.now() + seconds * 1000;
  let rows = 0;
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (performance.now() < until) {
        await database.db.execute(sql`insert into bench_ceiling (body) values (${body})`);
        rows++;
      }
    }),
  );
  await database.db.execute(sql`drop table bench_ceiling`);
  return Math.round(rows / seconds);
}

export async function inboxStates(database: Database): Promise<Map<string, string>> {
  const rows = await database.db.execute<{ uid: string; state: string }>(
    sql`select provider_uid as uid, state from webhook_inbox`,
  );
  return new Map(rows.rows.map((row) => [row.uid, row.state]));
}

/** Exactly once: every stored message applied, with one timeline event each, and no transaction held twice. */
export async function appliedOnce(database: Database) {
  const rows = await database.db.execute<{ not_applied: number; events_not_one: number; doubled: number }>(sql`
    with per_message as (select inbox_id, count(*) as n from transaction_events where inbox_id is not null group by inbox_id)
    select (select count(*) from webhook_inbox where state <> 'applied')::int as not_applied,
           (select count(*) from webhook_inbox w left join per_message p on p.inbox_id = w.id where coalesce(p.n, 0) <> 1)::int as events_not_one,
           (select count(*) from (select 1 from transactions group by account_id, provider_uid having count(*) > 1) d)::int as doubled`);
  const row = rows.rows[0];
  return {
    notApplied: Number(row?.not_applied),
    eventsNotOne: Number(row?.events_not_one),
    doubled: Number(row?.doubled),
  };
}

/** Messages stored but not applied yet (the partial index on pending rows makes this cheap). */
export async function pendingCount(database: Database): Promise<number> {
  const rows = await database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from webhook_inbox where state = 'pending'`,
  );
  return Number(rows.rows[0]?.n ?? 0);
}

/** Sessions of this database waiting for a lock right now (row locks between appliers show up here). */
export async function lockWaiters(database: Database): Promise<number> {
  const rows = await database.db.execute<{ n: number }>(
    sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
  );
  return Number(rows.rows[0]?.n ?? 0);
}
