import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { containsPan } from "@paylens/domain/card";
import type { Database } from "../client.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { createTestDb } from "../test-db.ts";
import { countWebhooksByState, listWebhooks, WEBHOOK_PAGE_MAX } from "./webhooks.ts";

describe("webhook inbox queries", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
    const row = (state: string, i: number) => ({
      provider: "antom",
      accountId: "a",
      receivedAt: new Date(Date.UTC(2026, 10, 23, 12, 0, i)),
      headers: {},
      rawBody: "{}",
      signatureVerdict: "valid:rsa256",
      state,
    });
    await database.db
      .insert(webhookInbox)
      .values([
        ...Array.from({ length: 104 }, (_, i) => row("applied", i)),
        row("failed", 200),
        { ...row("rejected", 201), error: `${"x".repeat(190)}4200000000000000 and more` },
      ]);
  });
  afterAll(() => database.close());

  it("stops counting a state at the cap and says so", async () => {
    const counts = await countWebhooksByState(database.db, {}, 100);
    expect(counts.find((c) => c.state === "applied")).toEqual({ state: "applied", count: 100, capped: true });
    expect(counts.find((c) => c.state === "failed")).toEqual({ state: "failed", count: 1, capped: false });
    expect(counts.find((c) => c.state === "pending")).toEqual({ state: "pending", count: 0, capped: false });
  });

  it("cuts the error summary after masking, so a card number across the cut is not half shown", async () => {
    const [rejected] = (await listWebhooks(database.db, { state: "rejected" }, 10, null)).items;
    expect(rejected?.error).toBe(`${"x".repeat(190)}420000****`);
    expect(containsPan(rejected?.error ?? "")).toBe(false);
  });

  it("never returns more than a page of 100", async () => {
    const page = await listWebhooks(database.db, {}, 1000, null);
    expect(page.items).toHaveLength(WEBHOOK_PAGE_MAX);
    expect(page.nextCursor).toBe(String(page.items.at(-1)?.id));
    const rest = await listWebhooks(database.db, {}, 1000, BigInt(page.nextCursor ?? "0"));
    expect(rest.items).toHaveLength(6);
    expect(rest.nextCursor).toBeNull();
  });
});
