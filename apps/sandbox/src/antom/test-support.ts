// Shared by the Antom sandbox tests: fresh keys, a signing client like the SDKs', and a notification receiver.
import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";
import { type Receiver, type Received, startWebhookReceiver } from "../test-support.ts";
import { type AntomSandbox, type AntomSandboxOptions, startAntomSandbox } from "./index.ts";
import { antomSignature, generateAntomKeys, signedText, verifyAntomSignature } from "./keys.ts";

export const keys = await generateAntomKeys();
export const CLIENT_ID = "SANDBOX_5X00000000000000";
export const PAY = "/ams/sandbox/api/v1/payments/pay";
export const ACK = '{"result":{"resultCode":"SUCCESS","resultStatus":"S","resultMessage":"success"}}';
const merchantKey: KeyObject = createPrivateKey(keys.merchant.privateKeyPem);
const antomPublic: KeyObject = createPublicKey(keys.antom.publicKeyPem);

/** Quiet, instant and deterministic unless a test says otherwise. */
export function startTestSandbox(extra: Partial<AntomSandboxOptions> = {}): Promise<AntomSandbox> {
  return startAntomSandbox({
    clients: [{ clientId: CLIENT_ID, merchantPublicKeyPem: keys.merchant.publicKeyPem }],
    antomPrivateKeyPem: keys.antom.privateKeyPem,
    seed: 42,
    latencyScale: 0,
    lagScale: 0,
    timeScale: 0.00001,
    duplicateRate: 0,
    ...extra,
  });
}

export interface Reply {
  status: number;
  text: string;
  json: Record<string, unknown>;
  headers: Headers;
  path: string;
}

/** True when the answer carries Antom's signature over `POST <path>\n<client-id>.<response-time>.<body>`. */
export function signedByAntom(reply: Reply): boolean {
  const time = reply.headers.get("response-time") ?? "";
  const client = reply.headers.get("client-id") ?? "";
  return verifyAntomSignature(
    signedText(reply.path, client, time, reply.text),
    reply.headers.get("signature") ?? undefined,
    antomPublic,
  );
}

export interface SendOptions {
  requestTime?: string;
  /** Signs this text instead of the body sent (a tampered request). */
  signText?: string;
  extraHeaders?: Record<string, string>;
  pretty?: boolean;
}

/** POSTs a body signed with the merchant key, the way the SDKs do. */
export async function send(baseUrl: string, path: string, body: unknown, options: SendOptions = {}): Promise<Reply> {
  const text = options.pretty ? JSON.stringify(body, null, 3) : JSON.stringify(body);
  const requestTime = options.requestTime ?? String(Date.now());
  const signature = antomSignature(options.signText ?? signedText(path, CLIENT_ID, requestTime, text), merchantKey);
  const response = await fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json; charset=UTF-8",
      "client-id": CLIENT_ID,
      "request-time": requestTime,
      signature,
      ...options.extraHeaders,
    },
    body: text,
  });
  const reply = await response.text();
  return {
    status: response.status,
    text: reply,
    json: JSON.parse(reply) as Record<string, unknown>,
    headers: response.headers,
    path,
  };
}

let counter = 0;

/** A minimal valid card pay; every call gets its own paymentRequestId (base 36, so never a Luhn-valid digit run). */
export function payBody(
  cardNo: string,
  overrides: Record<string, unknown> = {},
  meta: Record<string, unknown> = {},
): Record<string, unknown> {
  counter += 1;
  return {
    productCode: "CASHIER_PAYMENT",
    paymentRequestId: `pr-${Date.now().toString(36)}-${counter}`,
    order: {
      referenceOrderId: `o-${counter}`,
      orderDescription: "test",
      orderAmount: { currency: "USD", value: "2000" },
    },
    paymentAmount: { currency: "USD", value: "2000" },
    paymentMethod: {
      paymentMethodType: "CARD",
      paymentMethodMetaData: {
        cardNo,
        cvv: "123",
        expiryMonth: "12",
        expiryYear: "30",
        cardholderName: { firstName: "A", lastName: "B" },
        ...meta,
      },
    },
    paymentFactor: { isAuthorization: true },
    env: { terminalType: "WEB", clientIp: "1.2.3.4" },
    ...overrides,
  };
}

/** A notify endpoint that records raw bodies and answers with `answer()` (the fixed acknowledgement by default). */
export function startReceiver(
  answer: () => { status: number; body: string } = () => ({ status: 200, body: ACK }),
): Promise<Receiver<Received>> {
  return startWebhookReceiver({
    path: "/webhooks/antom/acc-1",
    noun: "notifications",
    answer: () => ({ ...answer(), contentType: "application/json" }),
    record: (received) => received,
  });
}

/** A notification's signature checked the way the SDKs' WebhookTool does, over the path it was posted to. */
export function notificationVerifies(r: Received): boolean {
  const text = signedText(r.path, String(r.headers["client-id"]), String(r.headers["request-time"]), r.body);
  return verifyAntomSignature(text, String(r.headers.signature), antomPublic);
}
