import { describe, expect, it } from "vitest";
import { formatSearchQuery, MAX_TERMS, parseSearchQuery, SEARCH_KEYS, type SearchTerm } from "./search-query.ts";

const filter = (key: string, values: string[], operator = ":", negated = false) => ({
  kind: "filter",
  key,
  operator,
  values,
  negated,
});
// What the providers' catalogue passes: its ids, and its providers' own names for their ids.
const CATALOGUE = {
  providers: ["begateway", "antom", "pockyt"],
  keyAliases: { paymentrequestid: "tracking", reference: "tracking" },
} as const;
const one = (text: string) => {
  const parsed = parseSearchQuery(text, CATALOGUE);
  expect(parsed.errors).toEqual([]);
  expect(parsed.terms).toHaveLength(1);
  return parsed.terms[0];
};
const errorOf = (text: string) => {
  const parsed = parseSearchQuery(text, CATALOGUE);
  expect(parsed.terms).toEqual([]);
  expect(parsed.errors).toHaveLength(1);
  return parsed.errors[0]!;
};

describe("parseSearchQuery: every key", () => {
  it.each([
    ["provider:Antom", "provider", ["antom"]],
    ["account:shop-eu", "account", ["shop-eu"]],
    ["status:FAILED", "status", ["failed"]],
    ["status:approved", "status", ["successful"]],
    ["type:refund", "type", ["refund"]],
    ["reason:insufficient_funds", "reason", ["insufficient_funds"]],
    ["code:f.0114", "code", ["F.0114"]],
    ["bin:420000", "bin", ["420000"]],
    ["bin:42000012", "bin", ["42000012"]],
    ["last4:0000", "last4", ["0000"]],
    ['issuer:"BANK OF AMERICA, N.A."', "issuer", ["BANK OF AMERICA, N.A."]],
    ["country:lt", "country", ["LT"]],
    ["method:Alipay", "method", ["alipay"]],
    ["brand:VISA", "brand", ["visa"]],
    ["currency:eur", "currency", ["EUR"]],
    ["amount:100.00", "amount", ["100.00"]],
    ["created:2026-11-01", "created", ["2026-11-01"]],
    ["email:John@Example.com", "email", ["john@example.com"]],
    ["rrn:123456789012", "rrn", ["123456789012"]],
    ["uid:46154-aba1cf5e57", "uid", ["46154-aba1cf5e57"]],
    ["tracking:order-42", "tracking", ["order-42"]],
    ["auth:A1B2C3", "auth", ["A1B2C3"]],
    ["test:yes", "test", ["true"]],
    ["test:false", "test", ["false"]],
  ])("%s", (text, key, values) => {
    expect(one(text)).toEqual(filter(key, values));
  });

  it("covers every key of the language in the table above", () => {
    expect(SEARCH_KEYS).toHaveLength(22);
  });

  it("rewrites aliases to the canonical key", () => {
    expect(one("id:46154-aba1cf5e57")).toEqual(filter("uid", ["46154-aba1cf5e57"]));
    expect(one("paymentRequestId:pr-0001")).toEqual(filter("tracking", ["pr-0001"]));
    expect(one("reference:order-42")).toEqual(filter("tracking", ["order-42"]));
    expect(one("auth_code:777")).toEqual(filter("auth", ["777"]));
    expect(one("E-Mail:a@b.c")).toEqual(filter("email", ["a@b.c"]));
    expect(one("STATUS:failed")).toEqual(filter("status", ["failed"]));
  });

  it("knows a provider's own id names and provider ids only from the caller", () => {
    expect(parseSearchQuery("reference:order-42").errors[0]?.message).toMatch(/unknown key "reference"/);
    expect(parseSearchQuery("provider:Stripe").terms).toEqual([filter("provider", ["stripe"])]);
    expect(parseSearchQuery("provider:x y", { providers: [] }).errors[0]?.message).toMatch(/unknown provider/);
    expect(parseSearchQuery("constructor:x", CATALOGUE).errors[0]?.message).toMatch(/unknown key/);
  });
});

describe("parseSearchQuery: structure", () => {
  it("negates with a leading dash", () => {
    expect(one("-status:failed")).toEqual(filter("status", ["failed"], ":", true));
    expect(one("-amount>10")).toEqual(filter("amount", ["10"], ">", true));
  });

  it("reads comparisons on amount and created", () => {
    expect(
      parseSearchQuery(
        "amount>100.00 amount>=1 amount<5.5 amount<=7 created>=2026-11-01 created<2026-12-01T10:00:00+02:00",
      ).terms,
    ).toEqual([
      filter("amount", ["100.00"], ">"),
      filter("amount", ["1"], ">="),
      filter("amount", ["5.5"], "<"),
      filter("amount", ["7"], "<="),
      filter("created", ["2026-11-01"], ">="),
      filter("created", ["2026-12-01T08:00:00.000Z"], "<"),
    ]);
  });

  it("reads comma lists, dropping repeats, with quoted items", () => {
    expect(one("status:failed,expired,failed")).toEqual(filter("status", ["failed", "expired"]));
    expect(one('issuer:"BANK OF AMERICA, N.A.",CHASE')).toEqual(filter("issuer", ["BANK OF AMERICA, N.A.", "CHASE"]));
  });

  it("keeps spaces and escapes inside quotes", () => {
    expect(one('issuer:"say \\"hi\\" \\\\ there"')).toEqual(filter("issuer", ['say "hi" \\ there']));
  });

  it("takes bare words, quoted or not, as identifiers", () => {
    expect(parseSearchQuery('46154-aba1cf5e57  john@example.com\t"order 42" 12:30').terms).toEqual([
      { kind: "identifier", value: "46154-aba1cf5e57" },
      { kind: "identifier", value: "john@example.com" },
      { kind: "identifier", value: "order 42" },
      { kind: "identifier", value: "12:30" },
    ]);
  });

  it("returns nothing for an empty or blank query", () => {
    expect(parseSearchQuery("")).toEqual({ terms: [], errors: [] });
    expect(parseSearchQuery("   \n ")).toEqual({ terms: [], errors: [] });
  });

  it("narrows reasons to a vocabulary when given one", () => {
    expect(parseSearchQuery("reason:insufficient_funds", { reasons: ["insufficient_funds"] }).errors).toEqual([]);
    expect(
      parseSearchQuery("reason:insuficient_funds", { reasons: ["insufficient_funds"] }).errors[0]?.message,
    ).toMatch(/unknown reason/);
  });
});

describe("parseSearchQuery: errors name the term, the rest still applies", () => {
  it.each([
    ["foo:bar", /unknown key "foo"/],
    ["status:nope", /unknown status "nope"/],
    ["provider:stripe", /unknown provider/],
    ["type:sale", /unknown type/],
    ["amount>abc", /amount "abc"/],
    ["amount:-5", /amount "-5"/],
    ["created>=2026-13-40", /not a calendar day/],
    ["created:2026-02-30", /not a calendar day/],
    ["created:yesterday", /not a date/],
    ["bin:12", /BIN/],
    ["bin:123456789", /BIN/],
    ["last4:12a4", /last 4/],
    ["country:LTU", /country/],
    ["currency:EURO", /currency/],
    ["email:nobody", /e-mail/],
    ["test:maybe", /true or false/],
    ["status>failed", /takes ":" only/],
    ["amount>1,2", /one value/],
    ["status:", /needs a value/],
    ["status:failed,", /needs a value/],
    ["-46154", /negation needs a key/],
    ['issuer:"bank of', /unbalanced quote/],
    ['"order 42', /unbalanced quote/],
    ['abc"def', /unbalanced quote/],
    ['issuer:"a"b', /unexpected "b"/],
    ['"a"b', /after the closing quote/],
  ])("%s", (text, message) => {
    const error = errorOf(text);
    expect(error.term).toBe(text);
    expect(error.message).toMatch(message);
  });

  it("applies the valid terms around a bad one", () => {
    const parsed = parseSearchQuery("provider:begateway status:nope amount>abc country:LT", CATALOGUE);
    expect(parsed.terms).toEqual([filter("provider", ["begateway"]), filter("country", ["LT"])]);
    expect(parsed.errors.map((e) => e.term)).toEqual(["status:nope", "amount>abc"]);
  });

  it("lets an unbalanced quote swallow the rest of the query, after the terms before it", () => {
    const parsed = parseSearchQuery('status:failed issuer:"bank of america country:LT');
    expect(parsed.terms).toEqual([filter("status", ["failed"])]);
    expect(parsed.errors).toEqual([{ term: 'issuer:"bank of america country:LT', message: "unbalanced quote" }]);
  });

  it("refuses terms past the limit", () => {
    const parsed = parseSearchQuery(Array.from({ length: MAX_TERMS + 2 }, (_, i) => `x${i}`).join(" "));
    expect(parsed.terms).toHaveLength(MAX_TERMS);
    expect(parsed.errors).toHaveLength(2);
  });
});

describe("formatSearchQuery", () => {
  it("writes the canonical form", () => {
    const { terms } = parseSearchQuery('  -Status:Failed,declined   e-mail:A@B.C  bank:"x y"  amount>=100.00  ord-1 ');
    expect(formatSearchQuery(terms)).toBe('-status:failed email:a@b.c issuer:"x y" amount>=100.00 ord-1');
  });

  it.each([
    'provider:antom status:failed reason:insufficient_funds code:F.0123 bin:420000 last4:0000 issuer:"BANK OF AMERICA, N.A." country:LT method:alipay brand:visa currency:EUR amount>100.00 created>=2026-11-01 email:john@example.com rrn:123 account:shop-eu',
    '-provider:pockyt uid:"a b" tracking:"q\\"uote" auth:x\\y created:2026-11-01T10:00:00.000Z test:true',
    '"status:failed" "-x" "a,b" "a\\\\b" 46154-aba1cf5e57',
  ])("round-trips %s", (text) => {
    const first = parseSearchQuery(text);
    expect(first.errors).toEqual([]);
    const again = parseSearchQuery(formatSearchQuery(first.terms));
    expect(again).toEqual(first);
  });

  it("quotes identifiers that would otherwise read as keys or negations", () => {
    const terms: SearchTerm[] = [
      { kind: "identifier", value: "status:failed" },
      { kind: "identifier", value: "-x" },
    ];
    expect(formatSearchQuery(terms)).toBe('"status:failed" "-x"');
    expect(parseSearchQuery(formatSearchQuery(terms)).terms).toEqual(terms);
  });
});
