// The connector's dispute answers against the real emulator: supplyDefenseDocument signed, taken once, refused for an
// unknown dispute.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallContext } from "@paylens/providers/connector";
import type { AntomCredentials } from "@paylens/providers/antom/credentials";
import { antom } from "@paylens/providers/antom/index";
import { closeAll } from "../test-support.ts";
import type { AntomSandbox } from "./index.ts";
import { CLIENT_ID, keys, startReceiver, startTestSandbox } from "./test-support.ts";

const credentials: AntomCredentials = {
  clientId: CLIENT_ID,
  merchantPrivateKey: keys.merchant.privateKeyBase64,
  antomPublicKey: keys.antom.publicKeyBase64,
};
const EVIDENCE = Buffer.from("%PDF-1.4 delivery receipt signed by the shopper").toString("base64");

describe("Antom connector: supplying a defence to the sandbox", () => {
  let sandbox: AntomSandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let ctx: CallContext<AntomCredentials>;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ disputeRate: 0 });
    receiver = await startReceiver();
    ctx = {
      account: { id: "antom-1", provider: "antom", name: "Antom sandbox", baseUrl: sandbox.url },
      credentials,
      recordCall: async () => undefined,
      timeoutMs: 5000,
    };
  });
  afterAll(() => closeAll(sandbox, receiver));

  it("sends the document signed, is answered S, and the same defence again gets the same answer", async () => {
    const paid = await antom.pay(ctx, {
      amountMinor: 2000n,
      currency: "EUR",
      description: "Order #7",
      trackingId: `ord-defence-${Date.now()}`,
      card: { number: "4054695723100768", cvc: "123", holder: "ANNA KOWALSKI", expMonth: 7, expYear: 2030 },
      customer: {
        email: "anna@example.com",
        ip: "198.51.100.7",
        country: "PL",
        firstName: "Anna",
        lastName: "Kowalski",
      },
      billingAddress: { address: "1 Market Street", zip: "00-001", city: "Warsaw", country: "PL" },
      notificationUrl: receiver.url,
      returnUrl: "http://127.0.0.1/return",
      test: true,
    });
    expect(paid.state).toBe("ok");
    const disputeId = sandbox.raiseDispute(paid.snapshot!.providerUid, { cancel: false });
    const input = { providerDisputeId: disputeId, idempotencyKey: "defence-1", documentBase64: EVIDENCE };
    const first = await antom.supplyDefenseDocument!(ctx, input);
    expect(first.state).toBe("ok");
    expect((await antom.supplyDefenseDocument!(ctx, input)).state).toBe("ok");
  });

  it("tells Antom's refusal for a dispute it does not know", async () => {
    const answer = await antom.supplyDefenseDocument!(ctx, {
      providerDisputeId: "no-such-dispute",
      idempotencyKey: "defence-2",
      documentBase64: EVIDENCE,
    });
    expect(answer.state).toBe("rejected");
    expect(answer.outcome.message).toContain("does not exist");
  });
});
