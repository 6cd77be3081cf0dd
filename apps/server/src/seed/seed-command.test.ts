// The demo seed writes realistic rows: three providers' id shapes, catalogue codes, sandbox BINs, parents and children.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCodes } from "@paylens/providers/code-catalogue";
import type { Database } from "@paylens/db/client";
import { searchBatches, searchTotals, type ExportRow } from "@paylens/db/queries/search";
import { createTestDb } from "@paylens/db/test-db";
import { BIN_CATALOGUE } from "@paylens/sandbox/cards";
import { parseSeedArgs, runSeed } from "./seed-command.ts";

describe("seed", () => {
  let database: Database;
  const rows: ExportRow[] = [];

  beforeAll(async () => {
    database = await createTestDb();
    const result = await runSeed(database, { transactions: 3000, days: 30, seed: 42 }, () => undefined);
    expect(result.inserted).toBe(3000);
    for await (const batch of searchBatches(database.db, { terms: [], sort: "created", dir: "asc" }))
      rows.push(...batch);
  });
  afterAll(() => database.close());

  const share = (predicate: (row: ExportRow) => boolean) => rows.filter(predicate).length / rows.length;

  it("approves about 85 % and spreads traffic over the three providers", () => {
    expect(share((r) => r.status === "successful")).toBeGreaterThan(0.8);
    expect(share((r) => r.status === "successful")).toBeLessThan(0.92);
    for (const provider of ["begateway", "antom", "pockyt"])
      expect(share((r) => r.provider === provider)).toBeGreaterThan(0.1);
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["successful", "failed", "expired", "error", "incomplete", "pending"]),
    );
  });

  it("shapes each provider's ids as the provider does", () => {
    for (const row of rows) {
      if (row.provider === "begateway") expect(row.providerUid).toMatch(/^\d{7}-[0-9a-f]{10}$/);
      if (row.provider === "antom") expect(row.providerUid).toMatch(/^\d{8}1145\d{12}$/);
      if (row.provider === "pockyt") expect(row.providerUid).toMatch(/^2975\d{14}$/);
    }
    expect(share((r) => r.provider === "begateway" && /^\d{12}$/.test(r.rrn ?? ""))).toBeGreaterThan(0.3);
    expect(rows.some((r) => r.provider === "antom" && typeof r.networkTransactionId === "string")).toBe(true);
  });

  it("carries real catalogue codes with their decoded fields, declines with a reason", () => {
    const catalogue = new Map(listCodes().map((c) => [`${c.provider}/${c.code}`, c]));
    // Every Pockyt row has its code too: the status (success, closed, …) or the ret_code of an error.
    expect(rows.filter((r) => r.provider === "pockyt").every((r) => r.code !== null)).toBe(true);
    for (const row of rows.filter((r) => r.code !== null)) {
      const entry = catalogue.get(`${row.provider}/${row.code ?? ""}`);
      expect(entry, `${row.provider} ${row.code ?? ""}`).toBeDefined();
      expect(row.message).toBe(entry?.message ?? null);
      expect(row.reason).toBe(entry?.reason ?? null);
    }
    expect(rows.filter((r) => r.status === "failed").every((r) => r.reason !== null)).toBe(true);
    expect(
      rows
        .filter((r) => r.provider === "begateway" && r.status === "successful" && r.type === "payment")
        .every((r) => r.code === "S.0000"),
    ).toBe(true);
  });

  it("uses the sandbox's BINs with their brands and issuers, and plausible amounts, e-mails and times", () => {
    const bins = new Map([...BIN_CATALOGUE.map((b) => [b.bin, b] as const)]);
    for (const row of rows.filter((r) => r.cardBin !== null)) {
      const bin = bins.get(row.cardBin ?? "");
      if (row.cardBin !== "420000") expect(bin?.brand).toBe(row.cardBrand);
      expect(row.cardLast4).toMatch(/^\d{4}$/);
    }
    expect(
      rows.filter((r) => r.methodType === "credit_card").every((r) => r.cardBin !== null && r.issuerName !== null),
    ).toBe(true);
    expect(rows.every((r) => r.amountMinor > 0n)).toBe(true);
    expect(rows.every((r) => /^[a-z]+\.[a-z]+\d+@example\.(com|org|net)$/.test(r.customerEmail ?? ""))).toBe(true);
    const monthAgo = Date.now() - 31 * 86_400_000;
    expect(rows.every((r) => r.createdAt.getTime() > monthAgo && r.createdAt.getTime() <= Date.now() + 1000)).toBe(
      true,
    );
  });

  it("links refunds, captures and voids to a successful parent of the same order", () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const children = rows.filter((r) => r.parentId !== null);
    expect(children.length).toBeGreaterThan(rows.length * 0.05);
    for (const child of children) {
      const parent = byId.get(child.parentId ?? "");
      expect(parent?.status).toBe("successful");
      expect(child.parentProviderUid).toBe(parent?.providerUid);
      expect(child.trackingId).toBe(parent?.trackingId);
      expect(child.type).toMatch(parent?.type === "authorization" ? /^(capture|void)$/ : /^refund$/);
      expect(child.createdAt.getTime()).toBeGreaterThan(parent?.createdAt.getTime() ?? Infinity);
      expect(child.amountMinor).toBeLessThanOrEqual(parent?.amountMinor ?? 0n);
    }
  });

  it("adds rows on a second run instead of colliding", async () => {
    await runSeed(database, { transactions: 100, days: 30, seed: 42 }, () => undefined);
    expect((await searchTotals(database.db, [])).count).toBe(3100);
  });

  it("reads its arguments strictly", () => {
    expect(parseSeedArgs(["--transactions", "1000000"])).toEqual({ transactions: 1_000_000, days: 90, seed: 1 });
    expect(parseSeedArgs(["--transactions", "10", "--days", "7", "--seed", "5"])).toEqual({
      transactions: 10,
      days: 7,
      seed: 5,
    });
    expect(() => parseSeedArgs([])).toThrow(/transactions/);
    expect(() => parseSeedArgs(["--transactions", "ten"])).toThrow(/transactions/);
    expect(() => parseSeedArgs(["--transactions", "10", "--rows", "5"])).toThrow();
  });
});
