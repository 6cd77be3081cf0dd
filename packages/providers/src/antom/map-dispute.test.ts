import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { antom } from "./index.ts";

const created = JSON.parse(readFileSync(new URL("./fixtures/notify-dispute-created.json", import.meta.url), "utf8"));
const headers = { "request-time": "2022-09-21T08:00:00+00:00" };
const parse = (extra: Record<string, unknown> = {}) =>
  antom.parseDisputeWebhook?.(JSON.stringify({ ...created, ...extra }), headers);

describe("Antom notifyDispute", () => {
  it("reads the documented example as a dispute on the payment, due at the defence deadline", () => {
    expect(parse()?.dispute).toMatchObject({
      provider: "antom",
      providerDisputeId: "202209212501310115730104001",
      paymentProviderUid: "202209231540108001001888001",
      stage: "chargeback",
      status: "needs_response",
      reasonCode: "4853",
      reasonCategory: "consumer_dispute",
      amountMinor: 1000n,
      currency: "EUR",
      dueAt: new Date("2023-09-21T06:41:32.000Z"),
      openedAt: new Date("2022-09-21T06:41:32.000Z"),
      updatedAt: new Date("2022-09-21T08:00:00.000Z"),
      event: "DISPUTE_CREATED",
    });
  });

  it.each([
    [{ disputeNotificationType: "DEFENSE_DUE_ALERT" }, "needs_response", "chargeback"],
    [{ disputeNotificationType: "DEFENSE_SUPPLIED" }, "under_review", "chargeback"],
    [{ disputeNotificationType: "DISPUTE_CANCELLED" }, "cancelled", "chargeback"],
    [{ disputeNotificationType: "RDR_RESOLVED" }, "accepted", "chargeback"],
    [{ disputeNotificationType: "DISPUTE_JUDGED", disputeJudgedResult: "ACCEPT_BY_CUSTOMER" }, "won", "chargeback"],
    [{ disputeNotificationType: "DISPUTE_JUDGED", disputeJudgedResult: "ACCEPT_BY_MERCHANT" }, "lost", "chargeback"],
    [{ disputeNotificationType: "DISPUTE_JUDGED", disputeJudgedResult: "VALIDATE_SUCCESS" }, "won", "inquiry"],
  ])("reads %o as %s at stage %s, with a key of its own", (extra, status, stage) => {
    const parsed = parse(extra);
    expect(parsed?.dispute).toMatchObject({ status, stage });
    expect(parsed?.dedupKey).not.toBe(parse()?.dedupKey);
  });

  it("orders a judgement by its judged time", () => {
    const judged = parse({
      disputeNotificationType: "DISPUTE_JUDGED",
      disputeJudgedResult: "ACCEPT_BY_MERCHANT",
      disputeJudgedTime: "2022-10-20T10:00:00+08:00",
    });
    expect(judged?.dispute.updatedAt).toEqual(new Date("2022-10-20T02:00:00.000Z"));
  });

  it("leaves the other notifications to parseWebhook", () => {
    const payment = readFileSync(new URL("./fixtures/seed-notify-payment.json", import.meta.url), "utf8");
    expect(antom.parseDisputeWebhook?.(payment, headers)).toBeNull();
  });

  it.each([
    { disputeNotificationType: "SOMETHING_NEW" },
    { disputeNotificationType: "DISPUTE_JUDGED", disputeJudgedResult: "MAYBE" },
    { disputeAmount: { currency: "EUR", value: "10.00" } },
    { paymentId: null },
  ])("refuses %o as malformed", (extra) => {
    expect(() => parse(extra)).toThrow(PayloadError);
  });
});
