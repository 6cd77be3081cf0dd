// One set-based INSERT … SELECT generate_series of generated transactions (and their first timeline event).
// Every draw is a hash of (row number, seed), so a seed reproduces the data and a child row can be paired with
// its parent: rows come in pairs, the second a refund/capture/void of the first when the first allows it.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../src/client.ts";
import type { PreparedPalette } from "../src/seed/prepare.ts";
import { SLOTS } from "../src/seed/prepare.ts";

export interface BatchWindow {
  /** First and last row number (lo odd, so pairs never straddle two batches). */
  lo: number;
  hi: number;
  seed: number;
  customers: number;
  startMs: number;
  endMs: number;
}

const p = (value: unknown) => sql.param(value);

/** A uniform draw in [0, 1) from a hash of the key and the seed: the same row always gets the same draws. */
const u = (key: SQL, k: number) => sql`((hashint8extended(${key}, d_seed + ${sql.raw(String(k))}) & 2147483647)::float8 / 2147483648.0)`;
const slot = (draw: SQL) => sql`(1 + floor(${draw} * ${sql.raw(String(SLOTS))})::int)`;

function lookups(pal: PreparedPalette): SQL {
  const pr = pal.profiles;
  const b = pal.bins;
  const o = pal.outcomes;
  return sql`
    prof as (select * from unnest(${p(pr.accountId)}::text[], ${p(pr.provider)}::text[], ${p(pr.method)}::text[], ${p(pr.card)}::bool[],
      ${p(pr.currency)}::text[], ${p(pr.customerCountry)}::text[], ${p(pr.uidStyle)}::text[], ${p(pr.trackingPrefix)}::text[],
      ${p(pr.references)}::text[], ${p(pr.threeDsShare)}::float8[], ${p(pr.groupBase)}::int[])
      with ordinality as t(account_id, provider, method, card, currency, customer_country, uid_style, tracking_prefix, refs, three_ds, group_base, i)),
    pslot as (select * from unnest(${p(pr.slots)}::int[]) with ordinality as t(pi, k)),
    bin as (select * from unnest(${p(b.bin)}::text[], ${p(b.brand)}::text[], ${p(b.issuer)}::text[], ${p(b.country)}::text[], ${p(b.currency)}::text[])
      with ordinality as t(bin, brand, issuer, country, currency, i)),
    bslot as (select * from unnest(${p(b.slots)}::int[]) with ordinality as t(bi, k)),
    stat as (select * from unnest(${p(pal.statuses.status)}::text[]) with ordinality as t(status, si)),
    sslot as (select * from unnest(${p(pal.statuses.slots)}::int[]) with ordinality as t(si, k)),
    outc as (select * from unnest(${p(o.code)}::text[], ${p(o.letter)}::text[], ${p(o.service)}::text[], ${p(o.message)}::text[],
      ${p(o.friendlyMessage)}::text[], ${p(o.reason)}::text[], ${p(o.retryable)}::bool[])
      with ordinality as t(code, letter, service, message, friendly, reason, retryable, i)),
    oslot as (select * from unnest(${p(o.slots)}::int[]) with ordinality as t(oi, k)),
    unit as (select * from unnest(${p(pal.priceUnits.currency)}::text[], ${p(pal.priceUnits.unit)}::int8[]) as t(currency, unit)),
    fname as (select * from unnest(${p(pal.firstNames)}::text[]) with ordinality as t(name, i)),
    lname as (select * from unnest(${p(pal.lastNames)}::text[]) with ordinality as t(name, i))`;
}

function uid(g: SQL, created: SQL): SQL {
  return sql`case pr.uid_style
    when 'dash-hex' then ${g}::text || '-' || substr(md5(${g}::text || 'u' || d_seed::text), 1, 10)
    when 'dated-digits' then to_char(${created} at time zone 'UTC', 'YYYYMMDD') || '1145' || lpad(${g}::text, 12, '0')
    else '2975' || lpad(${g}::text, 14, '0') end`;
}

/** Inserts rows lo..hi; returns how many were new (a re-run over existing row numbers inserts nothing). */
export async function insertBatch(db: Pick<Db, "execute">, pal: PreparedPalette, w: BatchWindow): Promise<number> {
  const g = sql`g`;
  const cust = sql`cust`;
  const successSi = pal.statuses.successIndex;
  const result = await db.execute<{ n: number }>(sql`
    with ${lookups(pal)},
    d as (
      select g, d_seed, floor(${u(g, 2)} * ${w.customers})::int8 as cust,
        ${u(g, 1)} as u_profile, ${u(g, 3)} as u_status, ${u(g, 4)} as u_outcome, ${u(g, 5)} as u_amount1, ${u(g, 6)} as u_amount2,
        ${u(g, 7)} as u_time, ${u(g, 8)} as u_child, ${u(g, 9)} as u_type, ${u(g, 10)} as u_cents, ${u(g, 11)} as u_kind, ${u(g, 12)} as u_misc
      from generate_series(${w.lo}::int8, ${w.hi}::int8) g, (select ${w.seed}::int8 * 64 as d_seed) s
    ),
    base as (
      select d.*, ps.pi, bs.bi, st.status, pr.card, coalesce(pr.currency, b.currency) as currency, os.oi, ok.oi as success_oi,
        case when pr.card and d.u_type < 0.25 then 'authorization' else 'payment' end as type,
        greatest(1, round(exp(ln(45) + 0.9 * sqrt(-2 * ln(1 - d.u_amount1)) * cos(2 * pi() * d.u_amount2))))::int8 * coalesce(un.unit, 100)
          + case when coalesce(un.unit, 100) = 100 then
              case when d.u_cents < 0.35 then 0 when d.u_cents < 0.65 then 99 when d.u_cents < 0.8 then 50 else floor(d.u_cents * 10000)::int8 % 100 end
            else 0 end as amount,
        to_timestamp((${w.startMs}::float8 + d.u_time * ${w.endMs - w.startMs}::float8) / 1000.0) as created
      from d
      join pslot ps on ps.k = ${slot(sql`d.u_profile`)}
      join prof pr on pr.i = ps.pi
      join bslot bs on bs.k = ${slot(u(cust, 41))}
      join bin b on b.i = bs.bi
      join sslot ss on ss.k = ${slot(sql`d.u_status`)}
      join stat st on st.si = ss.si
      join oslot os on os.k = (pr.group_base + ss.si - 1) * ${SLOTS} + ${slot(sql`d.u_outcome`)}
      join oslot ok on ok.k = (pr.group_base + ${successSi} - 1) * ${SLOTS} + ${slot(sql`d.u_outcome`)}
      left join unit un on un.currency = coalesce(pr.currency, b.currency)
    ),
    paired as (
      select c.*, (c.g % 2 = 0 and pa.g is not null and pa.status = 'successful' and pa.type in ('payment', 'authorization')
          and c.u_child < case pa.type when 'authorization' then 0.8 else 0.12 end) as child,
        pa.g as p_g, pa.pi as p_pi, pa.bi as p_bi, pa.cust as p_cust, pa.currency as p_currency, pa.amount as p_amount,
        pa.type as p_type, pa.created as p_created, pa.success_oi as p_success_oi
      from base c left join base pa on pa.g = c.g - 1 and c.g % 2 = 0
    ),
    x as (
      select g, d_seed, child, u_misc, u_kind, p_g, p_created,
        case when child then p_g else g end as order_g,
        case when child then p_pi else pi end as pi,
        case when child then p_bi else bi end as bi,
        case when child then p_cust else cust end as cust,
        case when child then p_currency else currency end as currency,
        case when not child then type when p_type = 'authorization' then case when u_kind < 0.88 then 'capture' else 'void' end else 'refund' end as type,
        case when child then 'successful' else status end as status,
        case when not child then amount when p_type = 'payment' and u_kind < 0.3 then greatest(1, p_amount * (20 + floor(u_misc * 60)::int8) / 100) else p_amount end as amount,
        case when child then p_success_oi else oi end as oi,
        case when not child then created
          when p_type = 'authorization' then least(p_created + (60 + u_kind * 172800) * interval '1 second', to_timestamp(${w.endMs}::float8 / 1000.0))
          else least(p_created + (86400 + u_kind * 1728000) * interval '1 second', to_timestamp(${w.endMs}::float8 / 1000.0)) end as created
      from paired
    ),
    gen as (
      select x.*, pr.account_id, pr.provider, pr.method, pr.card, pr.refs, pr.customer_country, pr.three_ds, pr.tracking_prefix,
        ${uid(g, sql`x.created`)} as uid,
        case when child then ${uid(sql`p_g`, sql`p_created`)} end as parent_uid,
        b.bin, b.brand, b.issuer, b.country as bin_country, fn.name as first_name, ln.name as last_name,
        o.code, o.letter, o.service, o.message, o.friendly, o.reason, o.retryable,
        (hashint8extended(cust, d_seed + 42) & 2147483647) as card_hash
      from x
      join prof pr on pr.i = x.pi
      join bin b on b.i = x.bi
      join outc o on o.i = x.oi
      join fname fn on fn.i = 1 + x.cust % ${pal.firstNames.length}
      join lname ln on ln.i = 1 + (x.cust / ${pal.firstNames.length}) % ${pal.lastNames.length}
    ),
    inserted as (
      insert into transactions (id, account_id, provider, provider_uid, parent_provider_uid, parent_id, type, status, amount_minor, currency,
        tracking_id, description, method_type, card_brand, card_bin, card_last4, card_holder, issuer_name, issuer_country,
        customer_email, customer_ip, customer_country, rrn, auth_code, ref_id, network_transaction_id,
        code, outcome_letter, outcome_service, message, friendly_message, reason, retryable,
        three_ds_status, three_ds_eci, three_ds_version, three_ds_result, avs_result, cvc_result, test,
        created_at, provider_updated_at, paid_at, settled_at, expired_at, first_seen_at, last_event_at, details)
      select md5(g::text || ':' || d_seed::text)::uuid, account_id, provider, uid, parent_uid,
        case when child then md5(p_g::text || ':' || d_seed::text)::uuid end,
        type, status, amount, currency,
        tracking_prefix || (100000 + order_g)::text, 'Order #' || (100000 + order_g)::text, method,
        case when card then brand end, case when card then bin end, case when card then lpad((card_hash % 10000)::text, 4, '0') end,
        case when card then upper(first_name || ' ' || last_name) end, case when card then issuer end, case when card then bin_country end,
        lower(first_name || '.' || last_name || (cust / ${pal.firstNames.length * pal.lastNames.length})::text) || '@example.' || (array['com', 'org', 'net'])[1 + cust % 3],
        '198.51.100.' || (1 + cust % 254)::text, coalesce(customer_country, bin_country),
        case when card and refs = 'bank' then lpad(((hashint8extended(g, d_seed + 20) & 281474976710655) % 1000000000000)::text, 12, '0') end,
        case when card and status = 'successful' and refs in ('bank', 'network') then upper(substr(md5(g::text || 'a' || d_seed::text), 1, 6)) end,
        case when refs = 'bank' and card then (1000000 + (hashint8extended(g, d_seed + 21) & 2147483647) % 9000000)::text
             when refs = 'vendor' then to_char(created at time zone 'UTC', 'YYYYMMDD') || '2200' || lpad(g::text, 14, '0') end,
        case when card and refs = 'network' then 'MCC' || upper(substr(md5(g::text || 'n' || d_seed::text), 1, 12)) end,
        code, letter, service, message, friendly, reason, retryable,
        case when card and u_misc < three_ds then case when reason = 'authentication_failed' then 'failed' else 'successful' end end,
        case when card and u_misc < three_ds then case when reason = 'authentication_failed' then '07' when brand = 'mastercard' then '02' else '05' end end,
        case when card and u_misc < three_ds then '2.2.0' end,
        case when card and u_misc < three_ds then case when reason = 'authentication_failed' then 'N' else 'Y' end end,
        case when card then case when u_kind < 0.9 then 'Y' else 'A' end end,
        case when card then case when reason = 'incorrect_cvc' then 'N' else 'M' end end,
        u_misc > 0.99,
        created, created + interval '2 seconds',
        case when status = 'successful' and type in ('payment', 'capture') then created + interval '2 seconds' end,
        case when status = 'successful' and type in ('payment', 'capture') and created < to_timestamp(${w.endMs}::float8 / 1000.0) - interval '2 days' then created + interval '1 day' end,
        case when status = 'expired' then created + interval '30 minutes' end,
        created + interval '3 seconds', created + interval '3 seconds',
        case when card then jsonb_build_object('expMonth', 1 + card_hash % 12, 'expYear', 2027 + card_hash % 5) else '{}'::jsonb end
      from gen
      on conflict do nothing
      returning id, type, status, code, created_at, provider_updated_at, first_seen_at
    )
    select count(*)::int as n from inserted`);
  return Number(result.rows[0]?.n ?? 0);
}
