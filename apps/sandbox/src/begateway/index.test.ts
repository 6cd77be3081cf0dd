import { createPublicKey } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { str } from "../test-support.ts";
import { generateShopKeys } from "./keys.ts";
import { retryDelaySeconds } from "./notifier.ts";
import { createRng } from "../random.ts";
import { client, payment, startTestSandbox } from "./test-support.ts";

describe("beGateway sandbox: lifecycle and helpers", () => {
  it("generates shop keys whose bare base64 DER is the same public key as the PEM", async () => {
    const keys = await generateShopKeys();
    expect(keys.privateKeyPem).toContain("BEGIN PRIVATE KEY");
    const fromDer = createPublicKey({
      key: Buffer.from(keys.publicKeyBase64Der, "base64"),
      format: "der",
      type: "spki",
    });
    expect(fromDer.export({ type: "spki", format: "pem" })).toBe(keys.publicKeyPem);
  });

  it("follows the card retry schedule of docs/providers/begateway.md §5: 8-66 s first, about 8.3 h for the 15th", () => {
    const rng = createRng(1);
    const first = retryDelaySeconds(1, rng);
    expect(first).toBeGreaterThanOrEqual(8);
    expect(first).toBeLessThanOrEqual(66);
    const last = retryDelaySeconds(15, rng);
    expect(last).toBeGreaterThanOrEqual(29_791);
    expect(last).toBeLessThanOrEqual(29_791 + 29 * 16);
  });

  it("closes promptly while a request is waiting on simulated latency, and counts transactions", async () => {
    const sandbox = await startTestSandbox({ latencyScale: 1000 });
    const pending = client(sandbox.url, { v3: true }).post("/transactions/payments", payment("4200000000000000"));
    // The payment is counted on arrival, long before its simulated latency ends.
    await vi.waitFor(() => expect(sandbox.stats()).toMatchObject({ transactions: 1, byStatus: { successful: 1 } }), {
      timeout: 5_000,
    });
    const started = Date.now();
    await sandbox.close();
    const reply = await pending;
    expect(Date.now() - started).toBeLessThan(2000);
    expect(str(reply.json, "status")).toBe("successful");
  });

  it("rejects completeChallenge for unknown or already final transactions", async () => {
    const sandbox = await startTestSandbox();
    try {
      await expect(sandbox.completeChallenge("00000-0000000000")).rejects.toThrow(/Record not found/);
      const paid = await client(sandbox.url, { v3: true }).post("/transactions/payments", payment("4200000000000000"));
      await expect(sandbox.completeChallenge(str(paid.json, "uid"))).rejects.toThrow(/already processed/);
    } finally {
      await sandbox.close();
    }
  });
});
