import { generateKeyPairSync, sign } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyBegatewayWebhook } from "./webhook.ts";

const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const pem = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
const bareDer = keys.publicKey.export({ type: "spki", format: "der" }).toString("base64");
const body = '{"transaction":{"uid":"1-abc","status":"successful"}}';
const signature = sign("sha256", Buffer.from(body), keys.privateKey).toString("base64");
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("beGateway webhook verification", () => {
  it.each([
    ["PEM", pem],
    ["bare base64 DER", bareDer],
  ])("accepts a valid Content-Signature with a %s key", (_kind, key) => {
    const verdict = verifyBegatewayWebhook({
      credentials: { shopId: "361", secretKey: "k", webhookPublicKey: key },
      headers: { "content-signature": signature },
      rawBody: body,
      path: "/",
    });
    expect(verdict).toEqual({ ok: true, method: "content-signature" });
  });

  it("rejects a body changed by one byte", () => {
    const verdict = verifyBegatewayWebhook({
      credentials: { shopId: "361", secretKey: "k", webhookPublicKey: pem },
      headers: { "content-signature": signature },
      rawBody: body.replace("1-abc", "1-abd"),
      path: "/",
    });
    expect(verdict.ok).toBe(false);
  });

  it("with a public key and a signature, the signature alone decides (as the PHP SDK does)", () => {
    const verdict = verifyBegatewayWebhook({
      credentials: { shopId: "361", secretKey: "k", webhookPublicKey: pem },
      headers: { "content-signature": "AAAA", authorization: basic("361", "k") },
      rawBody: body,
      path: "/",
    });
    expect(verdict.ok).toBe(false);
  });

  it("falls back to Basic credentials", () => {
    const credentials = { shopId: "361", secretKey: "k" };
    expect(
      verifyBegatewayWebhook({ credentials, headers: { authorization: basic("361", "k") }, rawBody: body, path: "/" }),
    ).toEqual({ ok: true, method: "basic" });
    expect(
      verifyBegatewayWebhook({ credentials, headers: { authorization: basic("361", "x") }, rawBody: body, path: "/" })
        .ok,
    ).toBe(false);
    expect(verifyBegatewayWebhook({ credentials, headers: {}, rawBody: body, path: "/" }).ok).toBe(false);
  });
});
