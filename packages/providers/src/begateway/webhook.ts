// beGateway webhooks: a signed Content-Signature (RSA-SHA256 over the raw body) when the shop's public key is
// configured, else HTTP Basic with the shop's id and secret key — the same rule as the official PHP SDK.
import { verify } from "node:crypto";
import type { ParsedDisputeWebhook, ParsedWebhook, WebhookInput, WebhookVerdict } from "../connector.ts";
import { readJson } from "../wire.ts";
import { basicAuthMatches, publicKey } from "../http-auth.ts";
import type { BegatewayCredentials } from "./credentials.ts";
import { mapBegatewayTransaction } from "./map.ts";
import { isBegatewayChargeback, mapBegatewayChargeback } from "./map-dispute.ts";

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

/** A chargeback notification's dispute; null for any other transaction type. */
export function parseBegatewayDisputeWebhook(rawBody: string): ParsedDisputeWebhook | null {
  const body = readJson(rawBody);
  if (!isBegatewayChargeback(body)) return null;
  const dispute = mapBegatewayChargeback(body);
  const dedupKey = [
    "dispute",
    dispute.providerDisputeId,
    dispute.stage,
    dispute.status,
    dispute.updatedAt?.toISOString() ?? "",
  ].join("|");
  return { dispute, dedupKey, signedAt: null };
}

export function parseBegatewayWebhook(rawBody: string): ParsedWebhook {
  const body = readJson(rawBody);
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
