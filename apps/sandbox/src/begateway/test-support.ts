// Shared by the beGateway sandbox tests: a shop with fresh keys, a tiny HTTP client and a webhook receiver.
import { type Receiver, type Received, startWebhookReceiver } from "../test-support.ts";
import { type BegatewaySandbox, type BegatewaySandboxOptions, startBegatewaySandbox } from "./index.ts";
import { generateShopKeys } from "./keys.ts";

export const keys = await generateShopKeys();
export const SHOP = { shopId: "361", secretKey: "b8647b68898b084b836474ed8d61ffe117c9a01168d867f24953b776ddcb134d" };

/** Quiet, instant and deterministic unless a test says otherwise. */
export function startTestSandbox(extra: Partial<BegatewaySandboxOptions> = {}): Promise<BegatewaySandbox> {
  return startBegatewaySandbox({
    shops: [{ ...SHOP, privateKeyPem: keys.privateKeyPem }],
    seed: 42,
    latencyScale: 0,
    lagScale: 0,
    timeScale: 0.0001,
    duplicateRate: 0,
    outOfOrderRate: 0,
    ...extra,
  });
}

export function basic(shopId: string, secretKey: string): string {
  return `Basic ${Buffer.from(`${shopId}:${secretKey}`).toString("base64")}`;
}

export interface Reply {
  status: number;
  text: string;
  json: unknown;
}

export function client(baseUrl: string, options: { v3?: boolean; auth?: string | null } = {}) {
  const headers = (extra: Record<string, string>): Record<string, string> => ({
    Accept: "application/json",
    ...(options.auth === null ? {} : { Authorization: options.auth ?? basic(SHOP.shopId, SHOP.secretKey) }),
    ...(options.v3 ? { "x-api-version": "3" } : {}),
    ...extra,
  });
  const send = async (
    method: string,
    path: string,
    body?: string,
    extra: Record<string, string> = {},
  ): Promise<Reply> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: headers(body === undefined ? extra : { "Content-type": "application/json", ...extra }),
      ...(body === undefined ? {} : { body }),
    });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    return { status: response.status, text, json };
  };
  return {
    post: (path: string, request: unknown, extra?: Record<string, string>) =>
      send("POST", path, JSON.stringify({ request }), extra),
    postRaw: (path: string, body: string, extra?: Record<string, string>) => send("POST", path, body, extra),
    get: (path: string, extra?: Record<string, string>) => send("GET", path, undefined, extra),
  };
}

let counter = 0;

/** A minimal valid payment; every call gets its own tracking id so the duplicate filter stays out of the way. */
export function payment(number: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    amount: 1000 + counter,
    currency: "EUR",
    description: `order ${counter}`,
    tracking_id: `ord-${counter}`,
    test: true,
    credit_card: { number, verification_value: "123", holder: "John Doe", exp_month: "01", exp_year: 2030 },
    customer: { ip: "127.0.0.1", email: "john@example.com" },
    ...overrides,
  };
}

/** A webhook endpoint that records raw bodies and answers `ok` with `status()`. */
export function startReceiver(status: () => number = () => 200): Promise<Receiver<Received>> {
  return startWebhookReceiver({
    path: "/webhooks/begateway/acc-1",
    noun: "webhooks",
    answer: () => ({ status: status(), contentType: "text/plain", body: "ok" }),
    record: (received) => received,
  });
}
