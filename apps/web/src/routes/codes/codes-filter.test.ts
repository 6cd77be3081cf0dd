import { describe, expect, it } from "vitest";
import type { CodeRow } from "../../lib/api-types.ts";
import { codeQuery, codesSortPatch, filterCodes, periodStart, resolveCodesView, sortCodes } from "./codes-filter.ts";
import { validateCodesSearch } from "./codes-search.ts";

const row = (
  provider: string,
  code: string,
  letter: CodeRow["letter"],
  reason: CodeRow["reason"],
  count: number,
  message = "",
): CodeRow => ({
  provider,
  code,
  letter,
  service: "Card processing",
  message,
  friendlyMessage: null,
  reason,
  retryable: reason ? reason === "insufficient_funds" : null,
  count,
});

const rows = [
  row("begateway", "F.0114", "F", "insufficient_funds", 12, "Insufficient funds. Check the account balance."),
  row("begateway", "S.0000", "S", null, 340, "Transaction is successful."),
  row("antom", "USER_BALANCE_NOT_ENOUGH", "F", "insufficient_funds", 3, "The user's wallet balance is not enough."),
  row("antom", "RISK_REJECT", "F", "risk_decline", 0, "Antom's risk control rejected the payment."),
  row("pockyt", "000100", "S", null, 0, "Success."),
];

describe("filterCodes", () => {
  it("filters by provider, letter and codes seen in the period", () => {
    expect(filterCodes(rows, { provider: "antom" }).map((r) => r.code)).toEqual([
      "USER_BALANCE_NOT_ENOUGH",
      "RISK_REJECT",
    ]);
    expect(filterCodes(rows, { letter: "S" }).map((r) => r.code)).toEqual(["S.0000", "000100"]);
    expect(filterCodes(rows, { provider: "antom", seen: 1 }).map((r) => r.code)).toEqual(["USER_BALANCE_NOT_ENOUGH"]);
  });

  it("matches every word of the text in code, messages, reason or provider", () => {
    expect(filterCodes(rows, { text: "insufficient" }).map((r) => r.code)).toEqual([
      "F.0114",
      "USER_BALANCE_NOT_ENOUGH",
    ]);
    expect(filterCodes(rows, { text: "funds antom" }).map((r) => r.code)).toEqual(["USER_BALANCE_NOT_ENOUGH"]);
    expect(filterCodes(rows, { text: "f.0114" }).map((r) => r.code)).toEqual(["F.0114"]);
    expect(filterCodes(rows, { text: "nothing-like-this" })).toEqual([]);
  });
});

describe("sortCodes", () => {
  it("sorts by count, most first, then by provider and code", () => {
    expect(sortCodes(rows, "count", "desc").map((r) => r.code)).toEqual([
      "S.0000",
      "F.0114",
      "USER_BALANCE_NOT_ENOUGH",
      "RISK_REJECT",
      "000100",
    ]);
    expect(sortCodes(rows, "code", "asc").map((r) => r.code)[0]).toBe("000100");
    expect(
      sortCodes(rows, "retryable", "desc")
        .map((r) => r.code)
        .slice(0, 2),
    ).toEqual(["USER_BALANCE_NOT_ENOUGH", "F.0114"]);
  });

  it("flips the same column and starts another naturally", () => {
    expect(codesSortPatch({ sort: "count", dir: "desc" }, "count")).toEqual({ sort: "count", dir: "asc" });
    expect(codesSortPatch({ sort: "count", dir: "desc" }, "code")).toEqual({ sort: "code", dir: "asc" });
  });
});

describe("codes URL and links", () => {
  it("keeps known values and leaves defaults out", () => {
    expect(
      validateCodesSearch({
        period: "30d",
        provider: "antom",
        letter: "F",
        text: " funds ",
        sort: "code",
        dir: "desc",
        seen: "1",
      }),
    ).toEqual({
      period: "30d",
      provider: "antom",
      letter: "F",
      text: "funds",
      sort: "code",
      dir: "desc",
      seen: 1,
    });
    expect(validateCodesSearch({ period: "7d", provider: "stripe", letter: "X", sort: "count", dir: "desc" })).toEqual(
      {},
    );
    expect(resolveCodesView({})).toEqual({ period: "7d", sort: "count", dir: "desc" });
  });

  it("links a code to the transactions carrying it since the period's start", () => {
    const from = periodStart("24h", Date.parse("2026-11-23T14:05:42.123Z"));
    expect(from.toISOString()).toBe("2026-11-22T14:05:00.000Z");
    expect(codeQuery({ provider: "begateway", code: "F.0114" }, from)).toBe(
      "provider:begateway code:F.0114 created>=2026-11-22T14:05:00Z",
    );
  });
});
