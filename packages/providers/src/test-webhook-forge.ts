// Test support: signed webhooks of the shipped providers, as many and as varied as a load or fault test needs: each
// provider's real wire format (its fixtures) with fresh ids, signed with the account's keys the way the provider signs.
import { generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { signatureHeader, signContent } from "./antom/sign.ts";
import type { ProviderId } from "./catalog.ts";
import type { ProviderAccount } from "./connector.ts";
import { pockytSign } from "./pockyt/sign.ts";

/** An account as the server's accounts file configures it. */
interface ForgedAccount {
  account: ProviderAccount;
  credentials: unknown;
  demo: boolean;
}

export interface ForgedWebhook {
  provider: ProviderId;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The transaction it is about, and the status it says. */
  uid: string;
  status: string;
}

const fixture = (provider: string, file: string) =>
  readFileSync(new URL(`./${provider}/fixtures/${file}`, import.meta.url), "utf8");

/** A moment in Pockyt's IPN clock (UTC+8, yyyyMMddHHmmss). */
const pockytClock = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, "").slice(0, 14);

export function webhookForge(prefix = "forged") {
  const begatewayKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const antomKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const merchantKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const antomClientId = "SANDBOX_5Y00000000000001";
  const pockytToken = "5cbfb079f15b150122261c8537086d77a";
  const begatewayTemplate = JSON.parse(fixture("begateway", "seed-v3-incomplete.json")) as Record<string, unknown>;
  const antomTemplate = JSON.parse(fixture("antom", "seed-notify-payment.json")) as Record<string, unknown>;

  const accounts: ForgedAccount[] = [
    {
      account: {
        id: `${prefix}-begateway`,
        provider: "begateway",
        name: "beGateway (forged)",
        baseUrl: "http://127.0.0.1:9",
      },
      credentials: {
        shopId: "361",
        secretKey: "k",
        webhookPublicKey: begatewayKeys.publicKey.export({ type: "spki", format: "pem" }).toString(),
      },
      demo: false,
    },
    {
      account: { id: `${prefix}-antom`, provider: "antom", name: "Antom (forged)", baseUrl: "http://127.0.0.1:9" },
      credentials: {
        clientId: antomClientId,
        merchantPrivateKey: merchantKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
        antomPublicKey: antomKeys.publicKey.export({ type: "spki", format: "pem" }).toString(),
      },
      demo: false,
    },
    {
      account: { id: `${prefix}-pockyt`, provider: "pockyt", name: "Pockyt (forged)", baseUrl: "http://127.0.0.1:9" },
      credentials: { merchantNo: "200043", storeNo: "300014", apiToken: pockytToken },
      demo: false,
    },
  ];

  /** beGateway: the seed's v3 transaction; "incomplete" first, then "successful" a second later. */
  function begateway(
    uid: string,
    status: "incomplete" | "successful" = "successful",
    extra: Record<string, unknown> = {},
  ): ForgedWebhook {
    const at = new Date(Date.UTC(2026, 10, 1, 12, 0, status === "incomplete" ? 0 : 1));
    const body = JSON.stringify({
      ...begatewayTemplate,
      uid,
      tracking_id: `order-${uid}`,
      status,
      code: status === "incomplete" ? "P.9998" : "S.0000",
      created_at: "2026-11-01T12:00:00.000Z",
      updated_at: at.toISOString(),
      paid_at: status === "successful" ? at.toISOString() : null,
      ...extra,
    });
    const path = `/webhooks/begateway/${prefix}-begateway`;
    return {
      provider: "begateway",
      path,
      body,
      uid,
      status,
      headers: {
        "content-type": "application/json",
        "content-signature": sign("sha256", Buffer.from(body), begatewayKeys.privateKey).toString("base64"),
      },
    };
  }

  /** Antom: notifyPayment, signed over POST <path>\n<client-id>.<request-time>.<body>. */
  function antom(uid: string, extra: Record<string, unknown> = {}, signedAt = new Date()): ForgedWebhook {
    const body = JSON.stringify({ ...antomTemplate, paymentId: uid, paymentRequestId: `req-${uid}`, ...extra });
    const path = `/webhooks/antom/${prefix}-antom`;
    // Signed now: an older request-time would fall outside the replay window.
    const time = signedAt.toISOString().replace(/\.\d{3}Z$/, "+00:00");
    const signature = signatureHeader(signContent({ path, clientId: antomClientId, time, body }, antomKeys.privateKey));
    return {
      provider: "antom",
      path,
      body,
      uid,
      status: "successful",
      headers: { "content-type": "application/json", "client-id": antomClientId, "request-time": time, signature },
    };
  }

  /** Pockyt: the IPN form with its verifySign. */
  function pockyt(uid: string, extra: Record<string, string> = {}, signedAt = new Date()): ForgedWebhook {
    const params: Record<string, string> = {
      amount: "12.34",
      currency: "USD",
      reference: `ref-${uid}`,
      settleCurrency: "USD",
      status: "success",
      time: pockytClock(signedAt),
      transactionNo: uid,
      ...extra,
    };
    const body = new URLSearchParams({ ...params, verifySign: pockytSign(params, pockytToken) }).toString();
    return {
      provider: "pockyt",
      path: `/webhooks/pockyt/${prefix}-pockyt`,
      body,
      uid,
      status: "successful",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    };
  }

  /** Webhook i of a run: the three providers in turn, each about its own new transaction. */
  function nth(i: number): ForgedWebhook {
    const uid = `${prefix}-${i}`;
    return i % 3 === 0 ? begateway(uid) : i % 3 === 1 ? antom(uid) : pockyt(uid);
  }

  return { accounts, begateway, antom, pockyt, nth };
}

export type WebhookForge = ReturnType<typeof webhookForge>;
