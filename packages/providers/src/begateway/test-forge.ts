// Test support: beGateway notifications as many as a load or fault test needs: the seed fixture with fresh ids,
// signed with the account's key (Content-Signature, RSA-SHA256 over the body).
import { generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { forgedAccount, type ForgedWebhook } from "../forged-webhook.ts";
import { begatewayMeta } from "./meta.ts";

export function begatewayForge(prefix: string) {
  const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const template = JSON.parse(
    readFileSync(new URL("./fixtures/seed-v3-incomplete.json", import.meta.url), "utf8"),
  ) as Record<string, unknown>;
  const account = forgedAccount(prefix, begatewayMeta.id, begatewayMeta.displayName, {
    shopId: "361",
    secretKey: "k",
    webhookPublicKey: keys.publicKey.export({ type: "spki", format: "pem" }).toString(),
  });

  /** The seed's v3 transaction; "incomplete" first, then "successful" a second later. */
  function webhook(
    uid: string,
    status: "incomplete" | "successful" = "successful",
    extra: Record<string, unknown> = {},
  ): ForgedWebhook {
    const at = new Date(Date.UTC(2026, 10, 1, 12, 0, status === "incomplete" ? 0 : 1));
    const body = JSON.stringify({
      ...template,
      uid,
      tracking_id: `order-${uid}`,
      status,
      code: status === "incomplete" ? "P.9998" : "S.0000",
      created_at: "2026-11-01T12:00:00.000Z",
      updated_at: at.toISOString(),
      paid_at: status === "successful" ? at.toISOString() : null,
      ...extra,
    });
    return {
      provider: begatewayMeta.id,
      path: `/webhooks/${begatewayMeta.id}/${account.account.id}`,
      body,
      uid,
      status,
      headers: {
        "content-type": "application/json",
        "content-signature": sign("sha256", Buffer.from(body), keys.privateKey).toString("base64"),
      },
    };
  }

  return { account, webhook };
}
