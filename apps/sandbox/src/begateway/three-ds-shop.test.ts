import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN_CATALOGUE, cardNumber } from "../cards.ts";
import { createRng } from "../random.ts";
import { str } from "../test-support.ts";
import { REASON_CODES } from "./codes.ts";
import type { BegatewaySandbox } from "./index.ts";
import { basic, client, keys, payment, SHOP, startTestSandbox } from "./test-support.ts";

const SHOP_3DS = { shopId: "362", secretKey: "9ad8ad735945919845b9a1996af72d886ab43d3375502256dbf8dd16bca59a4e" };

describe("beGateway sandbox: a 3-D Secure shop (like demo shop 362)", () => {
  let sandbox: BegatewaySandbox;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox({
      allowTimeTravel: true,
      shops: [
        { ...SHOP, privateKeyPem: keys.privateKeyPem },
        { ...SHOP_3DS, privateKeyPem: keys.privateKeyPem, threeDs: true },
      ],
    });
    api = client(sandbox.url, { v3: true, auth: basic(SHOP_3DS.shopId, SHOP_3DS.secretKey) });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it("sends even the success card through 3-D Secure, as the seed's shop does", async () => {
    const created = await api.post("/transactions/payments", payment("4200000000000000"));
    expect(created.json).toMatchObject({ status: "incomplete", code: "P.9998", payment_method: { bin: "420000" } });
    await sandbox.completeChallenge(str(created.json, "uid"));
    expect((await api.get(`/transactions/${str(created.json, "uid")}`)).json).toMatchObject({
      status: "successful",
      code: "S.0000",
    });
    const otherShop = await client(sandbox.url, { v3: true }).post(
      "/transactions/payments",
      payment("4200000000000000"),
    );
    expect(otherShop.json).toMatchObject({ status: "successful" });
  });

  it("lets the issuer decide after authentication, and fails when authentication fails", async () => {
    const rng = createRng(3);
    const codes: string[] = [];
    for (let i = 0; i < 12; i++) {
      const range = BIN_CATALOGUE[i % BIN_CATALOGUE.length];
      if (!range) continue;
      const created = await api.post("/transactions/payments", payment(cardNumber(range, rng)));
      expect(created.json).toMatchObject({ status: "incomplete" });
      await sandbox.completeChallenge(str(created.json, "uid"), "Y");
      codes.push(str((await api.get(`/transactions/${str(created.json, "uid")}`)).json, "code"));
    }
    for (const code of codes) expect(["S.0000", ...Object.values(REASON_CODES)]).toContain(code);
    expect(codes).toContain("S.0000");

    const card = BIN_CATALOGUE[0];
    if (!card) throw new Error("empty catalogue");
    const rejected = await api.post("/transactions/payments", payment(cardNumber(card, rng)));
    await sandbox.completeChallenge(str(rejected.json, "uid"), "N");
    expect((await api.get(`/transactions/${str(rejected.json, "uid")}`)).json).toMatchObject({
      status: "failed",
      code: "F.4001",
    });
  });

  it("skips 3-D Secure for merchant-initiated payments", async () => {
    const mit = await api.post(
      "/transactions/payments",
      payment("4200000000000000", {
        additional_data: { card_on_file: { initiator: "merchant", type: "delayed_charge" } },
      }),
    );
    expect(mit.json).toMatchObject({ status: "successful" });
  });

  it("keeps a back-filled challenge in its past: completion about a minute after creation", async () => {
    const created = await api.post("/transactions/payments", payment("4200000000000000"), {
      "X-Sandbox-Time": "2026-03-01T10:00:00.000Z",
    });
    await sandbox.completeChallenge(str(created.json, "uid"));
    const done = await api.get(`/transactions/${str(created.json, "uid")}`);
    const paidAt = Date.parse(str(done.json, "paid_at"));
    expect(paidAt).toBeGreaterThan(Date.parse("2026-03-01T10:00:00.000Z"));
    expect(paidAt).toBeLessThan(Date.parse("2026-03-01T10:10:00.000Z"));
  });
});
