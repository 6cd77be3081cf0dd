import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { begateway } from "./index.ts";

const fixture = readFileSync(new URL("./fixtures/chargeback-v3.json", import.meta.url), "utf8");
const seedPayment = readFileSync(new URL("./fixtures/seed-v3-incomplete.json", import.meta.url), "utf8");
const withSection = (section: Record<string, unknown>) => {
  const body = JSON.parse(fixture) as Record<string, unknown>;
  return JSON.stringify({ ...body, chargeback: { ...(body.chargeback as object), ...section } });
};

describe("beGateway chargebacks", () => {
  it("reads a chargeback as a dispute on its parent payment, reason decoded", () => {
    const parsed = begateway.parseDisputeWebhook?.(fixture, {});
    expect(parsed?.dispute).toMatchObject({
      provider: "begateway",
      providerDisputeId: "73311-cb5e0a91c2",
      paymentProviderUid: "46154-aba1cf5e57",
      stage: "chargeback",
      status: "needs_response",
      reasonCode: "10.4",
      reasonCategory: "fraud",
      amountMinor: 100n,
      currency: "USD",
      networkReference: "227807123456",
      dueAt: new Date("2022-10-24T23:59:59.000Z"),
    });
    expect(parsed?.dedupKey).toMatch(/^dispute\|73311-cb5e0a91c2\|chargeback\|needs_response\|/);
  });

  it("leaves payments to parseWebhook", () => {
    expect(begateway.parseDisputeWebhook?.(seedPayment, {})).toBeNull();
  });

  it.each([
    ["won", "won"],
    ["reversed", "won"],
    ["lost", "lost"],
    ["under_review", "under_review"],
    ["canceled", "cancelled"],
  ])("reads status %s as %s, with a key of its own", (status, ours) => {
    const parsed = begateway.parseDisputeWebhook?.(withSection({ status }), {});
    expect(parsed?.dispute.status).toBe(ours);
    expect(parsed?.dedupKey).not.toBe(begateway.parseDisputeWebhook?.(fixture, {})?.dedupKey);
  });

  it("reads the stage and a section's reason code", () => {
    const parsed = begateway.parseDisputeWebhook?.(withSection({ stage: "pre_arbitration", reason_code: "4853" }), {});
    expect(parsed?.dispute).toMatchObject({
      stage: "pre_arbitration",
      reasonCode: "4853",
      reasonCategory: "consumer_dispute",
    });
  });

  it.each([{ status: "mystery" }, { stage: "appeal" }, { amount: 0 }, { currency: "dollars" }])(
    "refuses %o as malformed",
    (section) => {
      expect(() => begateway.parseDisputeWebhook?.(withSection(section), {})).toThrow(PayloadError);
    },
  );
});
