import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./search-query.ts";
import { formatTerm, normalizeQuery, quoteValue, removeToken, setTerm, termValues, tokenize } from "./search-text.ts";

describe("tokenize", () => {
  it("reads keys, operators, lists, negation and bare identifiers", () => {
    const tokens = tokenize("provider:antom -status:failed,expired amount>100.00 created>=2026-11-01 600000000777");
    expect(tokens.map(({ negated, key, op, values }) => ({ negated, key, op, values }))).toEqual([
      { negated: false, key: "provider", op: ":", values: ["antom"] },
      { negated: true, key: "status", op: ":", values: ["failed", "expired"] },
      { negated: false, key: "amount", op: ">", values: ["100.00"] },
      { negated: false, key: "created", op: ">=", values: ["2026-11-01"] },
      { negated: false, key: null, op: null, values: ["600000000777"] },
    ]);
  });

  it("keeps quoted spaces and commas inside one value", () => {
    const [issuer, list, bare] = tokenize('issuer:"Bank of X" reason:"a, b",c "two words"');
    expect(issuer?.values).toEqual(["Bank of X"]);
    expect(issuer?.text).toBe('issuer:"Bank of X"');
    expect(list?.values).toEqual(["a, b", "c"]);
    expect(bare).toMatchObject({ key: null, values: ["two words"] });
  });

  it("lower-cases keys, keeps e-mails whole and survives an unclosed quote", () => {
    expect(tokenize("Email:Jane@Example.com")[0]).toMatchObject({ key: "email", values: ["Jane@Example.com"] });
    expect(tokenize("jane@example.com")[0]).toMatchObject({ key: null, values: ["jane@example.com"] });
    expect(tokenize('issuer:"Bank of')[0]).toMatchObject({ key: "issuer", values: ["Bank of"] });
    expect(tokenize("   ")).toEqual([]);
  });

  it("records where each token is so it can be removed", () => {
    const query = "provider:antom  colour:red status:failed";
    const colour = tokenize(query)[1];
    expect(colour?.text).toBe("colour:red");
    expect(colour && removeToken(query, colour)).toBe("provider:antom status:failed");
  });
});

describe("quoting", () => {
  it("quotes only what needs it and escapes quotes", () => {
    expect(quoteValue("antom")).toBe("antom");
    expect(quoteValue("Bank of X")).toBe('"Bank of X"');
    expect(quoteValue('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteValue("a,b")).toBe('"a,b"');
    expect(quoteValue("-5")).toBe('"-5"');
    expect(formatTerm({ key: "issuer", values: ["Bank of X"], negated: true })).toBe('-issuer:"Bank of X"');
  });

  it("round-trips any value through format and tokenize", () => {
    for (const value of ["Bank of X", 'a "quoted" b', "back\\slash", "comma, here", "-neg", "plain"]) {
      const [token] = tokenize(formatTerm({ key: "issuer", values: [value] }));
      expect(token?.values).toEqual([value]);
    }
  });
});

describe("setTerm", () => {
  it("replaces a term in place and leaves the rest as typed", () => {
    expect(setTerm("status:failed  order-1 provider:antom", "status", ["failed", "expired"])).toBe(
      "status:failed,expired order-1 provider:antom",
    );
  });

  it("appends a missing term, merges duplicates and removes with no values", () => {
    expect(setTerm("order-1", "provider", ["antom"])).toBe("order-1 provider:antom");
    expect(setTerm("provider:antom x provider:pockyt", "provider", ["begateway"])).toBe("provider:begateway x");
    expect(setTerm("provider:antom x", "provider", [])).toBe("x");
    expect(setTerm("", "provider", [])).toBe("");
  });

  it("never touches negated terms", () => {
    expect(setTerm("-status:failed", "status", ["expired"])).toBe("-status:failed status:expired");
  });

  it("collects the values of plain terms", () => {
    expect(termValues(tokenize("status:failed -status:error status:expired,failed"), "status")).toEqual([
      "failed",
      "expired",
    ]);
    expect(normalizeQuery("  a   b ")).toBe("a b");
  });
});

describe("one language, two readers", () => {
  // The console edits the typed text with tokenize(); the server filters with parseSearchQuery(): they must agree.
  const queries = [
    'status:failed,expired -provider:antom amount>=100.00 issuer:"Bank of X" 46154-aba1cf5e57',
    "created<2026-11-02 amount<5 brand:visa,mastercard -reason:do_not_honor",
    'email:jane@example.com tracking:"order 7" rrn:600000000777',
  ];
  it.each(queries)("reads %s into the same keys, operators, values and negations", (query) => {
    const parsed = parseSearchQuery(query);
    expect(parsed.errors).toEqual([]);
    const fromText = tokenize(query).map((token) =>
      token.key === null
        ? { kind: "identifier", value: token.values[0] }
        : { kind: "filter", key: token.key, operator: token.op, values: token.values, negated: token.negated },
    );
    expect(fromText).toEqual(parsed.terms);
  });
});
