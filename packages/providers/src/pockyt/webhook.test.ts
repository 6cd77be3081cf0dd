import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { pockyt } from "./index.ts";
import { formBody } from "./params.ts";
import { pockytSign } from "./sign.ts";

const TOKEN = "5cbfb079f15b150122261c8537086d77a";
const credentials = { merchantNo: "200043", storeNo: "300014", apiToken: TOKEN };
const seedIpn = readFileSync(new URL("./fixtures/ipn-success.form", import.meta.url), "utf8");
const FORM = { "content-type": "application/x-www-form-urlencoded" };
const verify = (rawBody: string, headers: Record<string, string> = FORM, apiToken = TOKEN) =>
  pockyt.verifyWebhook({ credentials: { ...credentials, apiToken }, headers, rawBody, path: "/webhooks/pockyt/acc" });
const signedForm = (fields: Record<string, string>) => formBody({ ...fields, verifySign: pockytSign(fields, TOKEN) });

describe("Pockyt IPN verification", () => {
  it("accepts the Java SDK's signed IPN with the docs' token", () => {
    expect(verify(seedIpn)).toEqual({ ok: true, method: "verifySign" });
  });

  it("rejects a tampered field and a wrong token", () => {
    expect(verify(seedIpn.replace("amount=0.01", "amount=10.01")).ok).toBe(false);
    expect(verify(seedIpn, FORM, "59600f2a9ad644c6a9570233560cc94e")).toEqual({
      ok: false,
      reason: "verifySign does not match the fields and the API token",
    });
    expect(verify(seedIpn.replace(/&verifySign=\w+/, "")).ok).toBe(false);
  });

  it("accepts the same fields as JSON", () => {
    const fields = Object.fromEntries(new URLSearchParams(seedIpn));
    expect(verify(JSON.stringify(fields), { "content-type": "application/json" }).ok).toBe(true);
  });

  it("rejects a body that is neither form nor JSON", () => {
    expect(verify("success").ok).toBe(false);
  });
});

describe("Pockyt IPN parsing", () => {
  it("maps the seed IPN to a successful payment dated by `time` (UTC+8)", () => {
    const { snapshot, dedupKey } = pockyt.parseWebhook(seedIpn, FORM);
    expect(snapshot).toMatchObject({
      provider: "pockyt",
      providerUid: "305680500880311923",
      type: "payment",
      status: "successful",
      amountMinor: 1n,
      currency: "USD",
      trackingId: "test1666247277861",
      outcome: { code: "success", letter: "S", reason: null },
    });
    expect(snapshot.updatedAt?.toISOString()).toBe("2022-10-20T06:28:17.000Z");
    expect(snapshot.paidAt?.toISOString()).toBe("2022-10-20T06:28:17.000Z");
    expect(dedupKey).toBe("305680500880311923|success|20221020142817");
  });

  it("gives a resent IPN the same key and a new state a new one", () => {
    const first = pockyt.parseWebhook(seedIpn, FORM).dedupKey;
    expect(pockyt.parseWebhook(seedIpn, FORM).dedupKey).toBe(first);
    const closed = signedForm({
      amount: "0.01",
      currency: "USD",
      reference: "test1666247277861",
      settleCurrency: "USD",
      status: "closed",
      time: "20221020162817",
      transactionNo: "305680500880311923",
    });
    const parsed = pockyt.parseWebhook(closed, FORM);
    expect(parsed.dedupKey).not.toBe(first);
    expect(parsed.snapshot).toMatchObject({ status: "expired", outcome: { letter: "F", reason: "expired" } });
  });

  it.each(["status", "reference"])("refuses an IPN without %s as malformed, even when signed", (field) => {
    const fields: Record<string, string> = {
      amount: "1.00",
      currency: "USD",
      reference: "r-1",
      status: "success",
      time: "20240101120000",
      transactionNo: "3000000000000001",
    };
    delete fields[field];
    const body = signedForm(fields);
    expect(verify(body).ok).toBe(true);
    expect(() => pockyt.parseWebhook(body, FORM)).toThrow(PayloadError);
    expect(() => pockyt.parseWebhook(body, FORM)).toThrow(`IPN without ${field}`);
  });

  it("answers Pockyt exactly `success` (anything else makes it resend)", () => {
    expect(pockyt.webhookReplies.accepted).toEqual({
      statusCode: 200,
      contentType: "text/plain; charset=utf-8",
      body: "success",
    });
    expect(pockyt.webhookReplies.rejected).toMatchObject({ statusCode: 401, body: "fail" });
    expect(pockyt.webhookReplies.malformed.statusCode).toBe(400);
    expect(pockyt.webhookReplies.malformed.contentType).toContain("text/plain");
  });
});
