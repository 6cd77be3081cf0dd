// Kestrel signs a notification with `kestrel-signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { ParsedWebhook, WebhookInput, WebhookVerdict } from "../../connector.ts";
import { PayloadError } from "../../connector.ts";
import type { KestrelCredentials } from "./credentials.ts";
import { mapKestrelTicket } from "./map.ts";

export function kestrelSignature(secret: string, time: number, rawBody: string): string {
  const v1 = createHmac("sha256", secret).update(`${time}.${rawBody}`).digest("hex");
  return `t=${time},v1=${v1}`;
}

function signedTime(header: string | undefined): number | null {
  const match = /^t=(\d{1,12}),v1=[0-9a-f]{64}$/.exec(header ?? "");
  return match ? Number(match[1]) : null;
}

export function verifyKestrelWebhook(input: WebhookInput<KestrelCredentials>): WebhookVerdict {
  const header = input.headers["kestrel-signature"];
  const time = signedTime(header);
  if (time === null || !header) return { ok: false, reason: "no kestrel-signature" };
  const expected = Buffer.from(kestrelSignature(input.credentials.webhookSecret, time, input.rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? { ok: true, method: "hmac" }
    : { ok: false, reason: "kestrel-signature does not match the body" };
}

export function parseKestrelWebhook(rawBody: string, headers: Record<string, string | undefined>): ParsedWebhook {
  let body: unknown;
  try {
    body = JSON.parse(rawBody);
  } catch {
    throw new PayloadError("body is not valid JSON");
  }
  const snapshot = mapKestrelTicket(body);
  const time = signedTime(headers["kestrel-signature"]);
  return {
    snapshot,
    dedupKey: [snapshot.providerUid, snapshot.outcome.code, snapshot.updatedAt?.toISOString() ?? ""].join("|"),
    signedAt: time === null ? null : new Date(time * 1000),
  };
}
