// Parsed search terms -> SQL conditions on transactions. Values are always bound parameters.
import { and, inArray, or, sql, type SQL } from "drizzle-orm";
import { currencyExponent, nonDefaultExponents } from "@paylens/domain/money";
import type { SearchKey, SearchTerm } from "@paylens/domain/search-query";
import { amountThreshold, createdRange, type AmountComparison } from "@paylens/domain/search-values";
import { providerAccounts, transactions as t } from "../schema/transactions.ts";

type FilterTerm = Extract<SearchTerm, { kind: "filter" }>;

/** The unique (account_id, provider_uid) index answers a uid alone when given every account (a handful). */
export const uidEquals = (values: string[]) =>
  sql`(${t.accountId} = any(array(select ${providerAccounts.id} from ${providerAccounts})) and ${inArray(t.providerUid, values)})`;

export const emailEquals = (values: string[]) =>
  sql`lower(${t.customerEmail}) in (${sql.join(
    values.map((v) => sql`${v.toLowerCase()}`),
    sql`, `,
  )})`;

const likeEscape = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

const compare = (column: SQL | typeof t.amountMinor, c: AmountComparison): SQL =>
  sql`${column} ${sql.raw(c.op)} ${c.minor}`;

/**
 * amount in major units, compared exactly in minor units: with one currency its exponent; otherwise each row by
 * its own currency's exponent (grouped, so every branch is a plain comparison).
 */
function amountCondition(term: FilterTerm, currencies: string[] | null): SQL {
  const perValue = term.values.map((value) => {
    if (currencies?.length === 1 && currencies[0]) {
      const c = amountThreshold(value, term.operator, currencyExponent(currencies[0]));
      return c ? compare(t.amountMinor, c) : sql`false`;
    }
    const groups = nonDefaultExponents();
    const special = groups.flatMap((g) => g.currencies);
    const branches = groups.map((g) => {
      const c = amountThreshold(value, term.operator, g.exponent);
      return c ? and(inArray(t.currency, g.currencies), compare(t.amountMinor, c)) : undefined;
    });
    const standard = amountThreshold(value, term.operator, 2);
    branches.push(
      standard
        ? sql`${t.currency} not in (${sql.join(
            special.map((c) => sql`${c}`),
            sql`, `,
          )}) and ${compare(t.amountMinor, standard)}`
        : undefined,
    );
    return or(...branches) ?? sql`false`;
  });
  return or(...perValue) ?? sql`false`;
}

function createdCondition(term: FilterTerm): SQL {
  const ranges = term.values.map((value) => {
    const { from, to } = createdRange(value, term.operator);
    return and(
      from
        ? sql`${t.createdAt} ${sql.raw(from.inclusive ? ">=" : ">")} ${from.at.toISOString()}::timestamptz`
        : undefined,
      to ? sql`${t.createdAt} ${sql.raw(to.inclusive ? "<=" : "<")} ${to.at.toISOString()}::timestamptz` : undefined,
    );
  });
  return or(...ranges) ?? sql`false`;
}

const equalsOn: Record<Exclude<SearchKey, "amount" | "created">, (values: string[]) => SQL> = {
  provider: (v) => inArray(t.provider, v),
  account: (v) => inArray(t.accountId, v),
  status: (v) => inArray(t.status, v),
  type: (v) => inArray(t.type, v),
  reason: (v) => inArray(t.reason, v),
  code: (v) => inArray(t.code, v),
  bin: (v) => inArray(t.cardBin, v),
  last4: (v) => inArray(t.cardLast4, v),
  country: (v) => inArray(t.issuerCountry, v),
  method: (v) => inArray(t.methodType, v),
  brand: (v) => inArray(t.cardBrand, v),
  currency: (v) => inArray(t.currency, v),
  email: emailEquals,
  rrn: (v) => inArray(t.rrn, v),
  uid: uidEquals,
  tracking: (v) => inArray(t.trackingId, v),
  auth: (v) => inArray(t.authCode, v),
  issuer: (v) => or(...v.map((value) => sql`${t.issuerName} ilike ${`%${likeEscape(value)}%`}`)) ?? sql`false`,
  test: (v) => (v.length === 1 ? sql`${t.test} = ${v[0] === "true"}` : sql`true`),
  dispute: (v) =>
    inArray(
      t.id,
      sql`(select d.transaction_id from disputes d where d.provider_dispute_id in (${sql.join(
        v.map((value) => sql`${value}`),
        sql`, `,
      )}) or d.network_reference in (${sql.join(
        v.map((value) => sql`${value}`),
        sql`, `,
      )}))`,
    ),
};

/** The one currency every row of the result has, when a (positive) currency term pins it. */
function pinnedCurrencies(terms: readonly SearchTerm[]): string[] | null {
  const term = terms.find((x): x is FilterTerm => x.kind === "filter" && x.key === "currency" && !x.negated);
  return term ? term.values : null;
}

export function filterCondition(term: FilterTerm, terms: readonly SearchTerm[]): SQL {
  let condition: SQL;
  if (term.key === "amount") condition = amountCondition(term, pinnedCurrencies(terms));
  else if (term.key === "created") condition = createdCondition(term);
  else condition = equalsOn[term.key](term.values);
  // A negation keeps the rows where the column is empty: "-reason:insufficient_funds" includes successes.
  return term.negated ? sql`not coalesce((${condition}), false)` : condition;
}

/** Every filter term, ANDed; identifier (bare) terms are resolved separately. */
export function filtersCondition(terms: readonly SearchTerm[]): SQL | undefined {
  return and(...terms.flatMap((term) => (term.kind === "filter" ? [filterCondition(term, terms)] : [])));
}
