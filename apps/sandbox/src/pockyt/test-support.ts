// Shared by the Pockyt sandbox tests: a merchant, a signing client (form or JSON) and an IPN listener.
import { formBody } from "@paylens/providers/pockyt/params";
import { pockytSign } from "@paylens/providers/pockyt/sign";
import { type Received as Delivery, type Receiver, startWebhookReceiver } from "../test-support.ts";
import { type PockytSandbox, type PockytSandboxOptions, startPockytSandbox } from "./index.ts";

/**
 * The docs' public sample merchant and token (docs/providers/pockyt.md §10), so the docs' signed examples work as they
 * are.
 */
export const MERCHANT = { merchantNo: "200043", storeNo: "300014", apiToken: "5cbfb079f15b150122261c8537086d77a" };
export const OTHER = { merchantNo: "202333", storeNo: "301854", apiToken: "59600f2a9ad644c6a9570233560cc94e" };

/** Quiet, instant and deterministic unless a test says otherwise. */
export function startTestSandbox(extra: Partial<PockytSandboxOptions> = {}): Promise<PockytSandbox> {
  return startPockytSandbox({
    merchants: [MERCHANT, OTHER],
    seed: 7,
    latencyScale: 0,
    lagScale: 0,
    timeScale: 0.0001,
    duplicateRate: 0,
    ...extra,
  });
}

export interface Reply {
  status: number;
  json: Record<string, unknown>;
}

export function result(reply: Reply): Record<string, unknown> {
  const value = reply.json.result;
  if (value === null || typeof value !== "object") throw new Error(`no result in ${JSON.stringify(reply.json)}`);
  return value as Record<string, unknown>;
}

export function text(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== "string") throw new Error(`expected a string at ${key}, got ${JSON.stringify(value)}`);
  return value;
}

/** Signs like the SDKs (merchantNo, storeNo and verifySign added) and posts as a form (PHP, Python) or JSON (Java, Go). */
export function client(
  baseUrl: string,
  merchant = MERCHANT,
  options: { json?: boolean; headers?: Record<string, string> } = {},
) {
  const send = async (path: string, body: string, contentType: string): Promise<Reply> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "Content-Type": contentType, Accept: "application/json", ...options.headers },
      body,
    });
    return { status: response.status, json: JSON.parse(await response.text()) as Record<string, unknown> };
  };
  return {
    post(
      path: string,
      params: Record<string, string>,
      sign: (all: Record<string, string>) => string = (all) => pockytSign(all, merchant.apiToken),
    ) {
      const all = { merchantNo: merchant.merchantNo, storeNo: merchant.storeNo, ...params };
      const signed = { ...all, verifySign: sign(all) };
      return options.json
        ? send(path, JSON.stringify(signed), "application/json")
        : send(path, formBody(signed), "application/x-www-form-urlencoded");
    },
    raw: send,
  };
}

let counter = 0;

/** A valid secure-pay request; each call gets its own reference so uniqueness stays out of the way. */
export function checkout(overrides: Record<string, string> = {}): Record<string, string> & { reference: string } {
  counter += 1;
  const reference = `order-${counter}-${Date.now()}`;
  return {
    amount: "13.00",
    currency: "USD",
    settleCurrency: "USD",
    vendor: "alipay",
    terminal: "ONLINE",
    callbackUrl: "https://shop.test/return?status={status}&no={transactionNo}",
    description: "order 42",
    ...overrides,
    ...(overrides.reference === undefined ? { reference } : { reference: overrides.reference }),
  };
}

/** An IPN as the listener got it, with its form fields parsed. */
export interface Received extends Delivery {
  fields: Record<string, string>;
}

/** An IPN listener that records raw bodies and answers `answer()` (Pockyt stops only at exactly `success`). */
export function startListener(answer: () => string = () => "success"): Promise<Receiver<Received>> {
  return startWebhookReceiver({
    path: "/webhooks/pockyt/acc-1",
    noun: "IPNs",
    answer: () => ({ status: 200, contentType: "text/plain", body: answer() }),
    record: (delivery) => ({ ...delivery, fields: Object.fromEntries(new URLSearchParams(delivery.body)) }),
  });
}
