// Antom disputes through the server: a signed notifyDispute is stored, applied, linked to its payment, survives
// duplicates and a judgement that arrives before the dispute's creation, and moves the ledger.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { antomForge } from "@paylens/providers/antom/test-forge";
import type { ForgedWebhook } from "@paylens/providers/forged-webhook";
import { AccountBook } from "../accounts.ts";
import { startWebhookServer } from "./test-webhook-server.ts";

const created = JSON.parse(
  readFileSync(
    new URL("../../../../packages/providers/src/antom/fixtures/notify-dispute-created.json", import.meta.url),
    "utf8",
  ),
) as Record<string, unknown>;

const forge = antomForge("disputes");

describe("Antom notifyDispute end to end", () => {
  let h: Awaited<ReturnType<typeof startWebhookServer>>;
  const caller = () => h.caller();
  const apply = () => h.apply();
  const ledger = (transactionId: string) => h.disputeLedger(transactionId);
  const deliver = (hook: ForgedWebhook) =>
    h.server.app.inject({ method: "POST", url: hook.path, payload: hook.body, headers: hook.headers });
  const disputeNamed = async (id: string) =>
    (await caller().disputes.list({ provider: ["antom"] })).items.find((d) => d.providerDisputeId === id);
  const notice = (disputeId: string, paymentId: string, extra: Record<string, unknown>) =>
    forge.signed({ ...created, disputeId, paymentId, paymentRequestId: `req-${paymentId}`, ...extra });
  async function paidPayment(paymentId: string) {
    await deliver(forge.webhook(paymentId, { paymentAmount: { currency: "EUR", value: "1000" } }));
    await apply();
    return (await caller().transactions.search({ q: paymentId })).items[0]!;
  }

  beforeAll(async () => {
    h = await startWebhookServer(new AccountBook([forge.account]));
  });
  afterAll(() => h.close());

  it("stores a dispute once from a resend, decoded and linked, its defence due date, and holds the money", async () => {
    const payment = await paidPayment("antom-pay-1");
    const hook = notice("d-1", "antom-pay-1", {});
    expect((await deliver(hook)).json()).toEqual({ result: expect.objectContaining({ resultStatus: "S" }) });
    await deliver(hook);
    expect(await apply()).toEqual({ applied: 1, duplicate: 1, failed: 0 });
    expect(await disputeNamed("d-1")).toMatchObject({
      transactionId: payment.id,
      status: "needs_response",
      stage: "chargeback",
      reasonCode: "4853",
      reasonCategory: "consumer_dispute",
      amountMinor: 1000n,
      currency: "EUR",
      dueAt: new Date("2023-09-21T06:41:32.000Z"),
    });
    expect(await ledger(payment.id)).toEqual({ disputes_held: 1000n, provider_receivable: -1000n });

    await deliver(notice("d-1", "antom-pay-1", { disputeNotificationType: "DEFENSE_SUPPLIED" }));
    await deliver(
      notice("d-1", "antom-pay-1", {
        disputeNotificationType: "DISPUTE_JUDGED",
        disputeJudgedResult: "ACCEPT_BY_CUSTOMER",
        disputeJudgedTime: "2022-10-20T10:00:00+08:00",
      }),
    );
    expect(await apply()).toEqual({ applied: 2, duplicate: 0, failed: 0 });
    expect((await disputeNamed("d-1"))?.status).toBe("won");
    expect(await ledger(payment.id)).toEqual({ disputes_held: 0n, provider_receivable: 0n });
  });

  it("keeps a judgement that arrived before the dispute's creation, and books the loss once", async () => {
    const payment = await paidPayment("antom-pay-2");
    await deliver(
      notice("d-2", "antom-pay-2", {
        disputeNotificationType: "DISPUTE_JUDGED",
        disputeJudgedResult: "ACCEPT_BY_MERCHANT",
        disputeJudgedTime: "2022-10-20T10:00:00+08:00",
        disputeJudgedAmount: { currency: "EUR", value: "1000" },
      }),
    );
    await deliver(notice("d-2", "antom-pay-2", {}));
    await deliver(notice("d-2", "antom-pay-2", { disputeNotificationType: "DEFENSE_DUE_ALERT" }));
    expect(await apply()).toEqual({ applied: 3, duplicate: 0, failed: 0 });
    const dispute = await disputeNamed("d-2");
    expect(dispute?.status).toBe("lost");
    const events = (await caller().disputes.byId({ id: dispute!.id })).events;
    expect(events.map((e) => [e.event, e.transition, e.statusTo])).toEqual([
      ["DISPUTE_JUDGED", "create", "lost"],
      ["DISPUTE_CREATED", "stale", "lost"],
      ["DEFENSE_DUE_ALERT", "stale", "lost"],
    ]);
    expect(await ledger(payment.id)).toEqual({
      disputes_held: 0n,
      dispute_losses: 1000n,
      provider_receivable: -1000n,
    });
  });

  it("refuses a notifyDispute it cannot read with Antom's failure answer, and applies nothing", async () => {
    const reply = await deliver(notice("d-3", "antom-pay-3", { disputeNotificationType: "SOMETHING_NEW" }));
    expect(reply.statusCode).toBe(400);
    expect(await apply()).toEqual({ applied: 0, duplicate: 0, failed: 0 });
  });
});
