import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { mapBegatewayTransaction } from "./map.ts";
import { parseBegatewayWebhook } from "./webhook.ts";

const seed = readFileSync(new URL("./fixtures/seed-v3-incomplete.json", import.meta.url), "utf8");

describe("beGateway mapping", () => {
  it("decodes the seed's v3 example response", () => {
    const tx = mapBegatewayTransaction(JSON.parse(seed));
    expect(tx).toMatchObject({
      provider: "begateway",
      providerUid: "46154-aba1cf5e57",
      type: "payment",
      status: "incomplete",
      amountMinor: 100n,
      currency: "USD",
      trackingId: "tracking_id_000",
      test: true,
    });
    expect(tx.outcome).toMatchObject({
      code: "P.9998",
      letter: "P",
      friendlyMessage: "Incomplete transaction",
      reason: null,
    });
    expect(tx.method).toMatchObject({
      brand: "visa",
      bin: "420000",
      last4: "0000",
      issuerCountry: "LT",
      holder: "John Doe",
    });
    expect(tx.verifications.threeDs).toMatchObject({ status: "incomplete", result: "Y" });
    expect(tx.updatedAt?.toISOString()).toBe("2022-09-15T08:43:57.943Z");
    expect(tx.details.redirectUrl).toBe("https://demo-gateway.begateway.com/process/46154-aba1cf5e57");
  });

  it("reads the v2 webhook shape with its type section", () => {
    const body = {
      transaction: {
        uid: "2-310bf3a3d1",
        status: "successful",
        amount: 1233,
        currency: "EUR",
        type: "payment",
        message: "Successfully processed",
        created_at: "2026-11-01T10:00:00Z",
        updated_at: "2026-11-01T10:00:02Z",
        paid_at: "2026-11-01T10:00:02Z",
        credit_card: { brand: "master", bin: "520424", last_4: "5003", issuer_country: "DE", issuer_name: "DEUTSCHE" },
        payment: {
          auth_code: "654321",
          rrn: "999123456789",
          ref_id: "777888",
          bank_code: "05",
          message: "Payment was approved",
          status: "successful",
        },
      },
    };
    const tx = mapBegatewayTransaction(body);
    expect(tx).toMatchObject({
      status: "successful",
      rrn: "999123456789",
      authCode: "654321",
      refId: "777888",
      amountMinor: 1233n,
    });
    expect(tx.outcome.letter).toBe("S");
    expect(tx.method?.last4).toBe("5003");
  });

  it("marks a failed transaction that expired as expired", () => {
    const body = { ...JSON.parse(seed), status: "failed", code: "F.0998", expired_at: "2022-09-15T09:00:00.000Z" };
    expect(mapBegatewayTransaction(body).status).toBe("expired");
  });

  it("masks any full card number in the kept raw payload", () => {
    const body = { ...JSON.parse(seed), description: "card 4200000000000000" };
    expect(JSON.stringify(mapBegatewayTransaction(body).raw)).not.toContain("4200000000000000");
  });

  it.each([
    ["{", "not valid JSON"],
    ["[]", "not a JSON object"],
    ['{"id":1}', "no transaction uid"],
    ['{"uid":"x","status":"successful","type":"payment","amount":1.5,"currency":"EUR"}', "minor units"],
    ['{"uid":"x","status":"weird","type":"payment","amount":1,"currency":"EUR"}', "unknown status"],
    [
      '{"uid":"x","status":"successful","type":"tokenization","amount":1,"currency":"EUR"}',
      "unsupported transaction type",
    ],
  ])("rejects %s with a PayloadError naming the problem", (raw, message) => {
    expect(() => parseBegatewayWebhook(raw)).toThrow(PayloadError);
    expect(() => parseBegatewayWebhook(raw)).toThrow(message);
  });

  it("gives every delivery of the same state one dedup key, and a new state a new one", () => {
    const first = parseBegatewayWebhook(seed).dedupKey;
    expect(parseBegatewayWebhook(seed).dedupKey).toBe(first);
    const later = JSON.stringify({
      ...JSON.parse(seed),
      status: "successful",
      code: "S.0000",
      updated_at: "2022-09-15T08:50:00.000Z",
    });
    expect(parseBegatewayWebhook(later).dedupKey).not.toBe(first);
  });
});
