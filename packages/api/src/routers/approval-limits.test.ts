// Refund approval limits through the router: only an admin changes them, bad input is a 400 that changes nothing,
// setting the same limit twice is one change and one audit entry, and the limit decides whether a refund waits.
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@paylens/db/client";
import { listAudit } from "@paylens/db/queries/audit";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import type { Role } from "@paylens/domain/roles";
import { principalFor } from "../test-principals.ts";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : String(error));

describe("refund approval limits", () => {
  let database: TestDatabase;
  let db: Db;
  const as = (role: Role) =>
    createCallerFactory(appRouter)(createContextInner({ db, dbKind: "pglite", principal: principalFor(role) }));
  const audits = async () => (await listAudit(db, { action: "settings.approval_limit" }, 50, null)).items;
  beforeAll(async () => {
    database = await createTestDb();
    db = database.db;
  });
  afterAll(() => database.close());

  it("lists the domain's defaults for every role, in each currency's minor units", async () => {
    const table = await as("support").approvalLimits.list();
    expect(table.find((row) => row.currency === "JPY")).toEqual({
      currency: "JPY",
      aboveMinor: 50_000n,
      source: "default",
      defaultMinor: 50_000n,
    });
    expect(table.find((row) => row.currency === "USD")?.aboveMinor).toBe(50_000n);
  });

  it("refuses anyone but an admin, before anything changes", async () => {
    for (const role of ["ops", "finance", "support"] as const)
      await expect(as(role).approvalLimits.set({ currency: "JPY", amount: "1" })).rejects.toSatisfy(
        (error) => codeOf(error) === "FORBIDDEN",
      );
    expect(await audits()).toHaveLength(0);
  });

  it("answers bad input with a 400 and changes nothing", async () => {
    const bad = [
      { currency: "jpy", amount: "100" },
      { currency: "JP1", amount: "100" },
      { currency: "'; drop table x; --", amount: "100" },
      { currency: "USD", amount: "-5" },
      { currency: "USD", amount: "5.001" },
      { currency: "JPY", amount: "1.5" },
      { currency: "USD", amount: "1e9" },
      { currency: "USD", amount: "9".repeat(20) },
    ];
    for (const input of bad)
      await expect(as("admin").approvalLimits.set(input)).rejects.toSatisfy((error) => codeOf(error) === "BAD_REQUEST");
    expect(await audits()).toHaveLength(0);
    expect((await as("admin").approvalLimits.list()).every((row) => row.source !== "override")).toBe(true);
  });

  it("sets a limit once however often it is sent, audits the change, and goes back to the default", async () => {
    const first = await as("admin").approvalLimits.set({ currency: "JPY", amount: "100000" });
    const again = await as("admin").approvalLimits.set({ currency: "JPY", amount: "100000" });
    expect(first).toMatchObject({ currency: "JPY", aboveMinor: 100_000n, source: "override", changed: true });
    expect(again.changed).toBe(false);
    const entries = await audits();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      subject: "JPY",
      role: "admin",
      before: { currency: "JPY", aboveMinor: "50000", source: "default" },
      after: { currency: "JPY", aboveMinor: "100000", source: "override" },
    });

    const reset = await as("admin").approvalLimits.set({ currency: "JPY", amount: null });
    expect(reset).toMatchObject({ aboveMinor: 50_000n, source: "default", changed: true });
    expect(await audits()).toHaveLength(2);
  });

  it("holds a JPY 60,000 refund by the yen default, and the override changes what the transaction page is told", async () => {
    const [payment] = await insertTestTransactions(db, [
      { providerUid: "jpy-1", amountMinor: 80_000n, currency: "JPY" },
    ]);
    const transactionId = payment ?? "";
    const held = await as("ops").actions.request({
      idempotencyKey: "jpy-refund-60000",
      transactionId,
      kind: "refund",
      amountMinor: 60_000n,
      reason: "Returned",
    });
    expect(held.state).toBe("pending_approval");
    expect((await as("ops").actions.forTransaction({ transactionId })).approvalAboveMinor).toBe(50_000n);
    await as("admin").approvalLimits.set({ currency: "JPY", amount: "70000" });
    const overview = await as("ops").actions.forTransaction({ transactionId });
    expect(overview).toMatchObject({ approvalAboveMinor: 70_000n, approvalLimitSource: "override" });
  });

  it("holds every refund in a currency with neither a default nor an override", async () => {
    const [payment] = await insertTestTransactions(db, [{ providerUid: "mnt-1", amountMinor: 500n, currency: "MNT" }]);
    const overview = await as("ops").actions.forTransaction({ transactionId: payment ?? "" });
    expect(overview).toMatchObject({ approvalAboveMinor: 0n, approvalLimitSource: "unlisted" });
    const held = await as("ops").actions.request({
      idempotencyKey: "mnt-refund-1",
      transactionId: payment ?? "",
      kind: "refund",
      amountMinor: 1n,
      reason: "Returned",
    });
    expect(held.state).toBe("pending_approval");
  });
});
