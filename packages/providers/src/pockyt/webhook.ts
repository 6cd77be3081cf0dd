// Pockyt IPNs: a form POST (JSON accepted too) signed with verifySign over every field sent, with the account's
// API token — the same check as the PHP SDK's verifySign / verifyIPN, the Go SDK's VerifySignNotify and the Python helper.
import type { ParsedWebhook, WebhookInput, WebhookVerdict } from "../connector.ts";
import { PayloadError } from "../connector.ts";
import type { PockytCredentials } from "./credentials.ts";
import { mapPockytTransaction, pockytTime } from "./map.ts";
import { readPockytParams } from "./params.ts";
import { pockytSignMatches } from "./sign.ts";

export function verifyPockytWebhook(input: WebhookInput<PockytCredentials>): WebhookVerdict {
  const params = readPockytParams(input.rawBody, input.headers["content-type"]);
  if (!params) return { ok: false, reason: "body is neither a form nor a JSON object" };
  if (!params.verifySign) return { ok: false, reason: "no verifySign" };
  return pockytSignMatches(params, input.credentials.apiToken)
    ? { ok: true, method: "verifySign" }
    : { ok: false, reason: "verifySign does not match the fields and the API token" };
}

export function parsePockytWebhook(rawBody: string, headers: Record<string, string | undefined> = {}): ParsedWebhook {
  const params = readPockytParams(rawBody, headers["content-type"]);
  if (!params) throw new PayloadError("body is neither a form nor a JSON object");
  // The PHP SDK's verifyIPN refuses a notification without these two.
  for (const field of ["status", "reference"] as const) {
    if (!params[field]) throw new PayloadError(`IPN without ${field}`);
  }
  const { verifySign: _signature, ...fields } = params;
  const snapshot = mapPockytTransaction(fields, { service: null });
  // The same state of the same transaction, however often it is resent, has one key.
  const dedupKey = [snapshot.providerUid, (params.status ?? "").trim().toLowerCase(), params.time ?? ""].join("|");
  // `time` is among the fields verifySign covers, in Pockyt's UTC+8 clock.
  return { snapshot, dedupKey, signedAt: pockytTime(params.time) };
}
