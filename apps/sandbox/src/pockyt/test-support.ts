// Shared by the Pockyt sandbox tests: a merchant, a signing client (form or JSON) and an IPN listener.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { formBody } from "@paylens/providers/pockyt/params";
import { pockytSign } from "@paylens/providers/pockyt/sign";
import { type PockytSandbox, type PockytSandboxOptions, startPockytSandbox } from "./index.ts";

/** The docs' public sample merchant and token (pockyt.md §10), so the docs' signed examples work as they are. */
export const MERCHANT = { merchantNo: "200043", storeNo: "300014", apiToken: "5cbfb079f15b150122261c8537086d77a" };
export const OTHER = { merchantNo: "202333", storeNo: "301854", apiToken: "59600f2a9ad644c6a9570233560cc94e" };

/** Quiet, instant and deterministic unless a test says otherwise. */
export function startTestSandbox(extra: Partial<PockytSandboxOptions> = {}): Promise<PockytSandbox> {
  return startPockytSandbox({ merchants: [MERCHANT, OTHER], seed: 7, latencyScale: 0, lagScale: 0, timeScale: 0.0001, duplicateRate: 0, ...extra });
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
export function client(baseUrl: string, merchant = MERCHANT, options: { json?: boolean; headers?: Record<string, string> } = {}) {
  const send = async (path: string, body: string, contentType: string): Promise<Reply> => {
    const response = await fetch(`${baseUrl}${path}`, { method: "POST", headers: { "Content-Type": contentType, Accept: "application/json", ...options.headers }, body });
    return { status: response.status, json: JSON.parse(await response.text()) as Record<string, unknown> };
  };
  return {
    post(path: string, params: Record<string, string>, sign: (all: Record<string, string>) => string = (all) => pockytSign(all, merchant.apiToken)) {
      const all = { merchantNo: merchant.merchantNo, storeNo: merchant.storeNo, ...params };
      const signed = { ...all, verifySign: sign(all) };
      return options.json ? send(path, JSON.stringify(signed), "application/json") : send(path, formBody(signed), "application/x-www-form-urlencoded");
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

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  fields: Record<string, string>;
}

/** An IPN listener that records raw bodies and answers `answer()` (Pockyt stops only at exactly `success`). */
export async function startListener(answer: () => string = () => "success") {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: request.headers, body, fields: Object.fromEntries(new URLSearchParams(body)) });
      response.writeHead(200, { "Content-Type": "text/plain", Connection: "close" }).end(answer());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/pockyt/acc-1`;
  return {
    url,
    received,
    /** Resolves once `count` IPNs matching `filter` arrived (fails the test after `timeoutMs`). */
    async waitFor(count: number, filter: (r: Received) => boolean = () => true, timeoutMs = 5000): Promise<Received[]> {
      const started = Date.now();
      for (;;) {
        const matching = received.filter(filter);
        if (matching.length >= count) return matching;
        if (Date.now() - started > timeoutMs) throw new Error(`expected ${count} IPNs, got ${matching.length}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
