// beGateway webhooks: a signed Content-Signature (RSA-SHA256 over the raw body) when the shop's public key is
// configured, else HTTP Basic with the shop's id and secret key — the same rule as the official PHP SDK.
import { verify } from "node:crypto";
import type { ParsedWebhook, WebhookInput, WebhookVerdict } from "../connector.ts";
import { PayloadError } from "../connector.ts";
import { basicAuthMatches, publicKey } from "../http-auth.ts";
import type { BegatewayCredentials } from "./credentials.ts";
import { mapBegatewayTransaction } from "./map.ts";

export function verifyBegatewayWebhook(input: WebhookInput<BegatewayCredentials>): WebhookVerdict {
  const signature = input.headers["content-signature"];
  const { webhookPublicKey, shopId, secretKey } = input.credentials;
  if (signature && webhookPublicKey) {
    let valid = false;
    try {
      valid = verify(
        "sha256",
        Buffer.from(input.rawBody, "utf8"),
        publicKey(webhookPublicKey),
        Buffer.from(signature, "base64"),
      );
    } catch {
      valid = false;
    }
    return valid
      ? { ok: true, method: "content-signature" }
      : { ok: false, reason: "Content-Signature does not match the body" };
  }
  if (basicAuthMatches(input.headers.authorization, shopId, secretKey)) return { ok: true, method: "basic" };
  return {
    ok: false,
    reason: input.headers.authorization ? "wrong Basic credentials" : "no credentials and no signature",
  };
}

export function parseBegatewayWebhook(rawBody: string): ParsedWebhook {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new PayloadError("body is not valid JSON");
  }
  const snapshot = mapBegatewayTransaction(body);
  // The same state of the same transaction, however often it is delivered, has one key.
  const dedupKey = [
    snapshot.providerUid,
    snapshot.status,
    snapshot.updatedAt?.toISOString() ?? "",
    snapshot.outcome.code ?? "",
  ].join("|");
  // beGateway signs the body only (Content-Signature); no signed time to hold against a replay window.
  return { snapshot, dedupKey, signedAt: null };
}
