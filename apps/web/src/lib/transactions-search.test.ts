import { describe, expect, it } from "vitest";
import {
  DEFAULT_COLUMNS,
  patchSearch,
  resolveView,
  sameView,
  savedToSearch,
  sortPatch,
  toSearchInput,
  validateTransactionsSearch,
  viewToSaved,
} from "./transactions-search.ts";

describe("validateTransactionsSearch", () => {
  it("keeps a full view and drops defaults and junk", () => {
    expect(
      validateTransactionsSearch({
        q: "  provider:antom   status:failed ",
        sort: "amount",
        dir: "asc",
        cols: "time,amount,nope,amount,status",
        size: 250,
        density: "compact",
        cursor: "eyJ2IjoxfQ",
        extra: "x",
      }),
    ).toEqual({
      q: "provider:antom status:failed",
      sort: "amount",
      dir: "asc",
      cols: "time,amount,status",
      size: 250,
      density: "compact",
      cursor: "eyJ2IjoxfQ",
    });
  });

  it("leaves the default view with an empty URL", () => {
    expect(
      validateTransactionsSearch({
        q: " ",
        sort: "created",
        dir: "desc",
        cols: DEFAULT_COLUMNS.join(","),
        size: 50,
        density: "comfortable",
        cursor: "a/b",
      }),
    ).toEqual({});
    expect(validateTransactionsSearch({ sort: "bogus", size: 30 })).toEqual({});
    expect(validateTransactionsSearch({ sort: "status", dir: "asc" })).toEqual({ sort: "status" });
  });

  it("turns the filter parameters of older links into query terms", () => {
    expect(
      validateTransactionsSearch({ provider: ["antom", "begateway"], status: "failed", from: "2026-11-01" }),
    ).toEqual({
      q: "provider:antom,begateway status:failed created>=2026-11-01",
    });
  });
});

describe("view state", () => {
  it("fills in the defaults and maps to the search input", () => {
    const view = resolveView({ q: "status:failed", size: 100 });
    expect(view).toMatchObject({ sort: "created", dir: "desc", size: 100, density: "comfortable", cursor: null });
    expect(view.columns).toEqual(DEFAULT_COLUMNS);
    expect(toSearchInput(view)).toEqual({ q: "status:failed", sort: "created", dir: "desc", limit: 100, cursor: null });
  });

  it("restarts paging on any change but paging itself", () => {
    expect(patchSearch({ q: "a", cursor: "c1" }, { size: 100 })).toEqual({ q: "a", size: 100 });
    expect(patchSearch({ q: "a" }, { cursor: "c2" })).toEqual({ q: "a", cursor: "c2" });
    expect(patchSearch({ sort: "amount", dir: "asc" }, { sort: "status" })).toEqual({ sort: "status" });
  });

  it("flips the direction on the same header and starts naturally on another", () => {
    const view = resolveView({});
    expect(sortPatch(view, "created")).toEqual({ sort: "created", dir: "asc" });
    expect(sortPatch(view, "amount")).toEqual({ sort: "amount", dir: "desc" });
    expect(sortPatch(resolveView({ sort: "provider" }), "provider")).toEqual({ sort: "provider", dir: "desc" });
  });

  it("saves a view and brings back the same URL", () => {
    const search = validateTransactionsSearch({
      q: "provider:antom",
      sort: "amount",
      dir: "asc",
      cols: "amount,time",
      size: 500,
      density: "compact",
      cursor: "x1",
    });
    const saved = viewToSaved(resolveView(search));
    expect(saved).toEqual({
      query: "provider:antom",
      sort: "amount",
      dir: "asc",
      columns: ["amount", "time"],
      pageSize: 500,
      density: "compact",
    });
    const back = savedToSearch(saved);
    expect(back).toEqual({
      q: "provider:antom",
      sort: "amount",
      dir: "asc",
      cols: "amount,time",
      size: 500,
      density: "compact",
    });
    expect(sameView(back, search)).toBe(true);
    expect(sameView(back, { ...search, q: "provider:pockyt" })).toBe(false);
  });
});
