// One set-based INSERT … SELECT generate_series of generated transactions.
// Every draw is a hash of (row number, seed), so a seed reproduces the data, and a row can recompute its
// neighbour's draws: rows come in pairs, the second a refund/capture/void of the first when the first allows it.
// Lookups are array subscripts on parameters (O(1) for int arrays); each lateral step ends in `offset 0` so its
// columns are computed once per row, not once per reference (measured: the whole batch in one pipeline is fastest).
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { SLOTS, type PreparedPalette } from "./prepare.ts";

export interface BatchWindow {
  /** First and last row number (lo odd, so pairs never straddle two batches). */
  lo: number;
  hi: number;
  /** The run's first row number and size: row g is created in its own slot of [startMs, endMs), so rows come in time order. */
  first: number;
  count: number;
  seed: number;
  customers: number;
  startMs: number;
  endMs: number;
}

const p = (value: unknown, type: string) => sql`${sql.param(value)}::${sql.raw(type)}`;
// Numbers this module computed (never text) go inline, so the planner sees constants.
const n = (value: number) => sql.raw(String(value));

/** A uniform draw in [0, 1) from a hash of the key and the seed: the same row always gets the same draws. */
const u = (key: SQL, k: number) => sql`((hashint8extended(${key}, s + ${n(k)}) & 2147483647)::float8 / 2147483648.0)`;
const slot = (draw: SQL) => sql`(1 + floor(${draw} * ${n(SLOTS)})::int)`;

/** The draws that decide a row's profile, status and type; a child recomputes its parent's from the parent's number. */
function core(pal: PreparedPalette, row: SQL) {
  const pi = sql`(${p(pal.profiles.slots, "int[]")})[${slot(u(row, 1))}]`;
  const si = sql`(${p(pal.statuses.slots, "int[]")})[${slot(u(row, 3))}]`;
  const authorization = sql`((${p(pal.profiles.card, "bool[]")})[${pi}] and ${u(row, 9)} < 0.25)`;
  return { pi, si, authorization };
}

function uid(pal: PreparedPalette, row: SQL, created: SQL): SQL {
  return sql`case (${p(pal.profiles.uidStyle, "text[]")})[pi]
    when 'dash-hex' then (1000000 + ${row})::text || '-' || lpad(to_hex(hashint8extended(${row}, s + 30) & 1099511627775), 10, '0')
    when 'dated-digits' then to_char(${created} at time zone 'UTC', 'YYYYMMDD') || '1145' || lpad(${row}::text, 12, '0')
    else '2975' || lpad(${row}::text, 14, '0') end`;
}

/** A version-7 UUID (milliseconds first): time-ordered ids keep the primary key's inserts at its right edge. */
const uuidOf = (row: SQL, ms: SQL) =>
  sql`(lpad(to_hex(floor(${ms})::int8), 12, '0') || '7' || lpad(to_hex(hashint8extended(${row}, s + 31) & 4095), 3, '0')
    || to_hex(8 + (hashint8extended(${row}, s + 32) & 3)) || lpad(to_hex(hashint8extended(${row}, s + 33) & 1152921504606846975), 15, '0'))::uuid`;

function rows(pal: PreparedPalette, w: BatchWindow): SQL {
  const parent = core(pal, sql`(g - 1)`);
  const own = core(pal, sql`src`);
  const pr = pal.profiles;
  const b = pal.bins;
  return sql`
    gen as (
      select * from generate_series(${n(w.lo)}::int8, ${n(w.hi)}::int8) g, (select ${n(w.seed)}::int8 * 64 as s) seed
      cross join lateral (select g % 2 = 0 and ${parent.si} = ${n(pal.statuses.successIndex)}
        and ${u(sql`g`, 8)} < case when ${parent.authorization} then 0.8 else 0.12 end as child offset 0) c
      cross join lateral (select case when child then g - 1 else g end as src offset 0) r
      cross join lateral (select ${own.pi} as pi, ${own.si} as si, ${own.authorization} as auth,
        floor(${u(sql`src`, 2)} * ${n(w.customers)})::int8 as cust, ${u(sql`g`, 11)} as u_kind, ${u(sql`g`, 12)} as u_misc,
        greatest(1, round(exp(ln(45) + 0.9 * sqrt(-2 * ln(1 - ${u(sql`src`, 5)})) * cos(2 * pi() * ${u(sql`src`, 6)}))))::int8 as major,
        ${u(sql`src`, 10)} as u_cents, ${u(sql`src`, 4)} as u_outcome,
        ${n(w.startMs)}::float8 + (src - ${n(w.first)} + 0.1 + 0.8 * ${u(sql`src`, 7)}) * ${n((w.endMs - w.startMs) / w.count)}::float8 as src_ms
        offset 0) k
      cross join lateral (select (${p(b.slots, "int[]")})[${slot(u(sql`cust`, 41))}] as bi,
        (hashint8extended(cust, s + 42) & 2147483647) as card_hash,
        (${p(pr.card, "bool[]")})[pi] as card, (${p(pr.references, "text[]")})[pi] as refs,
        (${p(pal.outcomes.slots, "int[]")})[((${p(pr.groupBase, "int[]")})[pi] + case when child then ${n(pal.statuses.successIndex)} else si end - 1) * ${n(SLOTS)} + ${slot(sql`u_outcome`)}] as oi,
        case when not child then case when auth then 'authorization' else 'payment' end
          when auth then case when u_kind < 0.88 then 'capture' else 'void' end else 'refund' end as type,
        case when child then 'successful' else (${p(pal.statuses.status, "text[]")})[si] end as status,
        to_timestamp(src_ms / 1000.0) as src_created,
        case when not child then src_ms
          when auth then least(src_ms + (60 + u_kind * 172800) * 1000, ${n(w.endMs)}::float8)
          else least(src_ms + (86400 + u_kind * 1728000) * 1000, ${n(w.endMs)}::float8) end as created_ms,
        (${p(pal.firstNames, "text[]")})[1 + cust % ${n(pal.firstNames.length)}] as first_name,
        (${p(pal.lastNames, "text[]")})[1 + (cust / ${n(pal.firstNames.length)}) % ${n(pal.lastNames.length)}] as last_name
        offset 0) a
      cross join lateral (select coalesce((${p(pr.currency, "text[]")})[pi], (${p(b.currency, "text[]")})[bi]) as currency,
        major * coalesce((${p(pal.priceUnits.profile, "int8[]")})[pi], (${p(pal.priceUnits.bin, "int8[]")})[bi])
          + case when coalesce((${p(pal.priceUnits.profile, "int8[]")})[pi], (${p(pal.priceUnits.bin, "int8[]")})[bi]) <> 100 then 0
            when u_cents < 0.35 then 0 when u_cents < 0.65 then 99 when u_cents < 0.8 then 50 else floor(u_cents * 10000)::int8 % 100 end as src_amount,
        to_timestamp(created_ms / 1000.0) as created
        offset 0) f
      join outc o on o.i = a.oi
    )`;
}

function columns(pal: PreparedPalette, w: BatchWindow): SQL {
  const pr = pal.profiles;
  const b = pal.bins;
  const cardOnly = (value: SQL) => sql`case when card then ${value} end`;
  const threeDs = (value: SQL) =>
    sql`case when card and u_misc < (${p(pr.threeDsShare, "float8[]")})[pi] then ${value} end`;
  const end = sql`to_timestamp(${n(w.endMs)}::float8 / 1000.0)`;
  const people = pal.firstNames.length * pal.lastNames.length;
  return sql`${uuidOf(sql`g`, sql`created_ms`)}, (${p(pr.accountId, "text[]")})[pi], (${p(pr.provider, "text[]")})[pi],
    ${uid(pal, sql`g`, sql`created`)}, case when child then ${uid(pal, sql`src`, sql`src_created`)} end,
    case when child then ${uuidOf(sql`src`, sql`src_ms`)} end, type, status,
    case when child and not auth and u_kind < 0.3 then greatest(1, src_amount * (20 + floor(u_misc * 60)::int8) / 100) else src_amount end,
    currency, (${p(pr.trackingPrefix, "text[]")})[pi] || (1000000 + src)::text, 'Order #' || (1000000 + src)::text,
    (${p(pr.method, "text[]")})[pi],
    ${cardOnly(sql`(${p(b.brand, "text[]")})[bi]`)}, ${cardOnly(sql`(${p(b.bin, "text[]")})[bi]`)},
    ${cardOnly(sql`lpad((card_hash % 10000)::text, 4, '0')`)}, ${cardOnly(sql`upper(first_name || ' ' || last_name)`)},
    ${cardOnly(sql`(${p(b.issuer, "text[]")})[bi]`)}, ${cardOnly(sql`(${p(b.country, "text[]")})[bi]`)},
    first_name || '.' || last_name || (cust / ${n(people)})::text || (array['@example.com', '@example.org', '@example.net'])[1 + cust % 3],
    '198.51.100.' || (1 + cust % 254)::text, coalesce((${p(pr.customerCountry, "text[]")})[pi], (${p(b.country, "text[]")})[bi]),
    case when card and refs = 'bank' then lpad(((hashint8extended(g, s + 20) & 281474976710655) % 1000000000000)::text, 12, '0') end,
    case when card and status = 'successful' then upper(lpad(to_hex(hashint8extended(g, s + 21) & 16777215), 6, '0')) end,
    case when card and refs = 'bank' then (1000000 + (hashint8extended(g, s + 22) & 2147483647) % 9000000)::text
      when refs = 'vendor' then to_char(created at time zone 'UTC', 'YYYYMMDD') || '2200' || lpad(g::text, 14, '0') end,
    case when card and refs = 'network' then 'MCC' || upper(lpad(to_hex(hashint8extended(g, s + 23) & 281474976710655), 12, '0')) end,
    code, letter, service, message, friendly, reason, retryable,
    ${threeDs(sql`case when reason = 'authentication_failed' then 'failed' else 'successful' end`)},
    ${threeDs(sql`case when reason = 'authentication_failed' then '07' when (${p(b.brand, "text[]")})[bi] = 'mastercard' then '02' else '05' end`)},
    ${threeDs(sql`'2.2.0'`)}, ${threeDs(sql`case when reason = 'authentication_failed' then 'N' else 'Y' end`)},
    ${cardOnly(sql`case when u_kind < 0.9 then 'Y' else 'A' end`)}, ${cardOnly(sql`case when reason = 'incorrect_cvc' then 'N' else 'M' end`)},
    u_misc > 0.99, created, created + interval '2 seconds',
    case when status = 'successful' and type in ('payment', 'capture') then created + interval '2 seconds' end,
    case when status = 'successful' and type in ('payment', 'capture') and created < ${end} - interval '2 days' then created + interval '1 day' end,
    case when status = 'expired' then created + interval '30 minutes' end,
    created + interval '3 seconds', created + interval '3 seconds',
    case when card then jsonb_build_object('expMonth', 1 + card_hash % 12, 'expYear', 2027 + card_hash % 5) else '{}'::jsonb end`;
}

/** The columns the generated rows fill, in the order `batchRows` selects them. */
export const SEED_COLUMNS = `id, account_id, provider, provider_uid, parent_provider_uid, parent_id, type, status, amount_minor, currency,
  tracking_id, description, method_type, card_brand, card_bin, card_last4, card_holder, issuer_name, issuer_country,
  customer_email, customer_ip, customer_country, rrn, auth_code, ref_id, network_transaction_id,
  code, outcome_letter, outcome_service, message, friendly_message, reason, retryable,
  three_ds_status, three_ds_eci, three_ds_version, three_ds_result, avs_result, cvc_result, test,
  created_at, provider_updated_at, paid_at, settled_at, expired_at, first_seen_at, last_event_at, details`;

/** `with outc …, gen …` and then `tail` (which selects from gen by `${columns}`). */
function batchQuery(pal: PreparedPalette, w: BatchWindow, tail: (columns: SQL) => SQL): SQL {
  const o = pal.outcomes;
  return sql`
    with outc as (select * from unnest(${p(o.code, "text[]")}, ${p(o.letter, "text[]")}, ${p(o.service, "text[]")}, ${p(o.message, "text[]")},
        ${p(o.friendlyMessage, "text[]")}, ${p(o.reason, "text[]")}, ${p(o.retryable, "bool[]")})
        with ordinality as t(code, letter, service, message, friendly, reason, retryable, i)),
    ${rows(pal, w)}
    ${tail(columns(pal, w))}`;
}

/** The rows lo..hi as one SELECT (SEED_COLUMNS order), for a COPY that streams them into the table. */
export function batchRows(pal: PreparedPalette, w: BatchWindow): SQL {
  return batchQuery(pal, w, (cols) => sql`select ${cols} from gen`);
}

/** Inserts rows lo..hi; returns how many were inserted. */
export async function insertBatch(db: Pick<Db, "execute">, pal: PreparedPalette, w: BatchWindow): Promise<number> {
  const result = await db.execute<{ n: number }>(
    batchQuery(
      pal,
      w,
      (
        cols,
      ) => sql`, inserted as (insert into transactions (${sql.raw(SEED_COLUMNS)}) select ${cols} from gen returning 1)
    select count(*)::int as n from inserted`,
    ),
  );
  return Number(result.rows[0]?.n ?? 0);
}
