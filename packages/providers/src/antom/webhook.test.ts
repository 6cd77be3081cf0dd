import { generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { antom } from "./index.ts";
import { parseAntomWebhook, verifyAntomWebhook } from "./webhook.ts";

const antomKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const merchantKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const credentials = {
  clientId: "SANDBOX_5X00000000000000",
  merchantPrivateKey: merchantKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  antomPublicKey: antomKeys.publicKey.export({ type: "spki", format: "der" }).toString("base64"),
};
const rawBody = readFileSync(new URL("./fixtures/seed-notify-payment.json", import.meta.url), "utf8");
const path = "/webhooks/antom/acc-1";
const requestTime = "2020-01-01T12:01:02+08:30";

/** Signed as Antom does: independently of sign.ts, from the documented template. */
function signed(body: string, signedPath = path, key = antomKeys.privateKey): Record<string, string> {
  const value = sign(
    "sha256",
    Buffer.from(`POST ${signedPath}\n${credentials.clientId}.${requestTime}.${body}`),
    key,
  ).toString("base64");
  return {
    "client-id": credentials.clientId,
    "request-time": requestTime,
    signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(value)}`,
  };
}

describe("Antom webhook verification", () => {
  it("accepts a notification signed over the path it was received on", () => {
    expect(verifyAntomWebhook({ credentials, headers: signed(rawBody), rawBody, path })).toEqual({
      ok: true,
      method: "rsa256",
    });
  });

  it.each([
    ["a body changed by one byte", { rawBody: rawBody.replace('"8000"', '"8001"') }],
    ["another path", { path: "/webhooks/antom/acc-2" }],
    ["a re-serialised body", { rawBody: JSON.stringify(JSON.parse(rawBody)) }],
  ])("rejects %s", (_what, change) => {
    expect(verifyAntomWebhook({ credentials, headers: signed(rawBody), rawBody, path, ...change }).ok).toBe(false);
  });

  it("rejects the merchant's own key, another client id and missing headers", () => {
    expect(
      verifyAntomWebhook({ credentials, headers: signed(rawBody, path, merchantKeys.privateKey), rawBody, path }).ok,
    ).toBe(false);
    expect(
      verifyAntomWebhook({ credentials, headers: { ...signed(rawBody), "client-id": "SANDBOX_OTHER" }, rawBody, path }),
    ).toMatchObject({ ok: false, reason: expect.stringContaining("client-id") });
    const { signature: _signature, ...unsigned } = signed(rawBody);
    expect(verifyAntomWebhook({ credentials, headers: unsigned, rawBody, path })).toEqual({
      ok: false,
      reason: "no signature header",
    });
  });

  it("reads header names in any case", () => {
    const headers = Object.fromEntries(
      Object.entries(signed(rawBody)).map(([name, value]) => [name.toUpperCase(), value]),
    );
    expect(verifyAntomWebhook({ credentials, headers, rawBody, path }).ok).toBe(true);
  });
});

describe("Antom webhook parsing", () => {
  it("parses the seed's notifyPayment with a dedup key of type, id, result and time", () => {
    const parsed = parseAntomWebhook(rawBody, signed(rawBody));
    expect(parsed.snapshot).toMatchObject({
      providerUid: "2020010123456789XXXX",
      status: "successful",
      test: true,
      verifications: { avs: "A", cvc: "Y" },
    });
    expect(parsed.dedupKey).toBe("PAYMENT_RESULT|2020010123456789XXXX|S|SUCCESS|2020-01-01T12:01:01+08:30");
    expect(parseAntomWebhook(rawBody).dedupKey).toBe(parsed.dedupKey);
  });

  it("gives capture and refund notifications their own keys", () => {
    const capture = parseAntomWebhook(
      JSON.stringify({
        notifyType: "CAPTURE_RESULT",
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        paymentId: "p-1",
        captureId: "c-1",
        captureRequestId: "cr-1",
        captureAmount: { currency: "EUR", value: "100" },
        captureTime: "2025-01-01T00:00:00Z",
      }),
    );
    expect(capture.snapshot).toMatchObject({ type: "capture", providerUid: "c-1", parentProviderUid: "p-1" });
    expect(capture.dedupKey).toBe("CAPTURE_RESULT|c-1|S|SUCCESS|2025-01-01T00:00:00Z");
    const refund = parseAntomWebhook(
      JSON.stringify({
        notifyType: "REFUND_RESULT",
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        refundStatus: "SUCCESS",
        refundId: "r-1",
        refundRequestId: "rr-1",
        refundAmount: { currency: "EUR", value: "50" },
        refundTime: "2025-01-02T00:00:00Z",
      }),
    );
    expect(refund.snapshot).toMatchObject({ type: "refund", providerUid: "r-1", status: "successful" });
    expect(refund.dedupKey).not.toBe(capture.dedupKey);
  });

  it.each([
    ["{", "not valid JSON"],
    ["[]", "not a JSON object"],
    ['{"notifyType":"DISPUTE"}', "unsupported notifyType"],
    [
      '{"notifyType":"PAYMENT_RESULT","result":{"resultStatus":"S"},"paymentAmount":{"currency":"EUR","value":"1"}}',
      "no paymentId",
    ],
  ])("rejects %s with a PayloadError", (raw, message) => {
    expect(() => parseAntomWebhook(raw)).toThrow(PayloadError);
    expect(() => parseAntomWebhook(raw)).toThrow(message);
  });

  it("acknowledges with Antom's fixed success body, and refuses with a non-success result", () => {
    expect(antom.webhookReplies.accepted).toEqual({
      statusCode: 200,
      contentType: "application/json",
      body: '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}',
    });
    expect(antom.webhookReplies.rejected.statusCode).toBe(401);
    expect(JSON.parse(antom.webhookReplies.rejected.body)).toMatchObject({ result: { resultStatus: "F" } });
    expect(antom.webhookReplies.malformed.statusCode).toBe(400);
    expect(antom.webhookReplies.malformed.body).not.toContain("SUCCESS");
  });
});
