// Test support: Antom notifyPayment messages as many as a load or fault test needs: the seed fixture with fresh ids,
// signed over POST <path>\n<client-id>.<request-time>.<body> with the account's Antom key.
import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { forgedAccount, type ForgedWebhook } from "../forged-webhook.ts";
import { antomMeta } from "./meta.ts";
import { signatureHeader, signContent } from "./sign.ts";

export function antomForge(prefix: string) {
  const antomKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const merchantKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const clientId = "SANDBOX_5Y00000000000001";
  const template = JSON.parse(
    readFileSync(new URL("./fixtures/seed-notify-payment.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  const account = forgedAccount(prefix, antomMeta.id, antomMeta.displayName, {
    clientId,
    merchantPrivateKey: merchantKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    antomPublicKey: antomKeys.publicKey.export({ type: "spki", format: "pem" }).toString(),
  });

  function webhook(uid: string, extra: Record<string, unknown> = {}, signedAt = new Date()): ForgedWebhook {
    const body = JSON.stringify({ ...template, paymentId: uid, paymentRequestId: `req-${uid}`, ...extra });
    const path = `/webhooks/${antomMeta.id}/${account.account.id}`;
    // Signed now: an older request-time would fall outside the replay window.
    const time = signedAt.toISOString().replace(/\.\d{3}Z$/, "+00:00");
    const signature = signatureHeader(signContent({ path, clientId, time, body }, antomKeys.privateKey));
    return {
      provider: antomMeta.id,
      path,
      body,
      uid,
      status: "successful",
      headers: { "content-type": "application/json", "client-id": clientId, "request-time": time, signature },
    };
  }

  /** Any body (a notifyDispute), signed the same way. */
  function signed(body: Record<string, unknown>, signedAt = new Date()): ForgedWebhook {
    const text = JSON.stringify(body);
    const path = `/webhooks/${antomMeta.id}/${account.account.id}`;
    const time = signedAt.toISOString().replace(/\.\d{3}Z$/, "+00:00");
    const signature = signatureHeader(signContent({ path, clientId, time, body: text }, antomKeys.privateKey));
    return {
      provider: antomMeta.id,
      path,
      body: text,
      uid: String(body["disputeId"] ?? body["paymentId"] ?? ""),
      status: String(body["disputeNotificationType"] ?? ""),
      headers: { "content-type": "application/json", "client-id": clientId, "request-time": time, signature },
    };
  }

  return { account, webhook, signed };
}
