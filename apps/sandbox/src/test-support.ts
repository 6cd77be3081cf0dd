// Shared by the sandbox tests: a webhook receiver on a free port, and walkers for parsed JSON answers.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: IncomingHttpHeaders;
  /** The request target the sandbox posted to (its signature may cover it). */
  path: string;
  body: string;
}

export interface ReceiverAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface Receiver<R> {
  url: string;
  received: R[];
  /** Resolves once `count` deliveries matching `filter` arrived (fails the test after `timeoutMs`). */
  waitFor(count: number, filter?: (r: R) => boolean, timeoutMs?: number): Promise<R[]>;
  close(): Promise<void>;
}

export interface ReceiverSetup<R> {
  /** The path the demo server would receive them on. */
  path: string;
  /** What the provider calls them, for the timeout message: webhooks, notifications, IPNs. */
  noun: string;
  answer(): ReceiverAnswer;
  /** What a test sees of a delivery (a provider may add its parsed fields). */
  record(received: Received): R;
}

/** A webhook endpoint that records every delivery before it answers with `answer()`. */
export async function startWebhookReceiver<R>(setup: ReceiverSetup<R>): Promise<Receiver<R>> {
  const received: R[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push(
        setup.record({
          headers: request.headers,
          path: request.url ?? "",
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
      const { status, contentType, body } = setup.answer();
      response.writeHead(status, { "Content-Type": contentType, Connection: "close" }).end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${setup.path}`,
    received,
    async waitFor(count, filter = () => true, timeoutMs = 5000) {
      const started = Date.now();
      for (;;) {
        const matching = received.filter(filter);
        if (matching.length >= count) return matching;
        if (Date.now() - started > timeoutMs)
          throw new Error(`expected ${count} ${setup.noun}, got ${matching.length}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Walks a parsed JSON value: field(body, "payment_method", "bin"). */
export function field(value: unknown, ...path: Array<string | number>): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Like field() but insists on a string (ids, urls). */
export function str(value: unknown, ...path: Array<string | number>): string {
  const found = field(value, ...path);
  if (typeof found !== "string")
    throw new Error(`expected a string at ${path.join(".")}, got ${JSON.stringify(found)}`);
  return found;
}

/** Closes what a test started, one after the other (the sandbox first, then the receivers it was posting to). */
export async function closeAll(...started: Array<{ close(): Promise<void> }>): Promise<void> {
  for (const item of started) await item.close();
}
