// Driving Kestrel in tests as the real provider would: notifications signed with the account's secret, and its API
// faked in process (refunds answered approved, once per idempotency key; tickets queried by id).
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProviderKit } from "../../test-provider.ts";
import type { KestrelCredentials } from "./credentials.ts";
import { kestrelMeta } from "./meta.ts";
import { kestrelSignature } from "./webhook.ts";

const credentials: KestrelCredentials = { apiKey: "kestrel-test-key", webhookSecret: "kestrel-test-secret" };

const bodyOf = async (request: IncomingMessage): Promise<string> => {
  let text = "";
  for await (const chunk of request) text += String(chunk);
  return text;
};

export const kestrelTestKit: TestProviderKit = {
  credentials,

  notification(accountId, payment, signedAt = new Date()) {
    const rawBody = JSON.stringify({
      ticket: payment.uid,
      basket: payment.trackingId,
      kind: "payment",
      code: payment.code,
      amount: String(payment.amountMinor),
      currency: payment.currency,
      at: signedAt.toISOString(),
      email: "shopper@example.com",
    });
    const time = Math.floor(signedAt.getTime() / 1000);
    return {
      path: `/webhooks/${kestrelMeta.id}/${accountId}`,
      headers: {
        "content-type": "application/json",
        "kestrel-signature": kestrelSignature(credentials.webhookSecret, time, rawBody),
      },
      rawBody,
    };
  },

  async startApi() {
    const tickets = new Map<string, Record<string, unknown>>();
    const byKey = new Map<string, Record<string, unknown>>();
    const server = createServer(async (request, response) => {
      const answer = (status: number, body: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(body));
      };
      if (request.headers.authorization !== `Bearer ${credentials.apiKey}`) return answer(401, { code: "K05" });
      if (request.method === "POST" && request.url === "/refunds") {
        const input = JSON.parse(await bodyOf(request)) as { parentTicket: string; amount: string; currency: string };
        const key = String(request.headers["idempotency-key"] ?? "");
        const refund = byKey.get(key) ?? {
          ticket: `R-${tickets.size + 1}`,
          parentTicket: input.parentTicket,
          kind: "refund",
          code: "K00",
          amount: input.amount,
          currency: input.currency,
          at: new Date().toISOString(),
        };
        byKey.set(key, refund);
        tickets.set(String(refund.ticket), refund);
        return answer(200, refund);
      }
      const ticket = /^\/tickets\/([^/]+)$/.exec(request.url ?? "")?.[1];
      const found = request.method === "GET" && ticket ? tickets.get(decodeURIComponent(ticket)) : undefined;
      return found ? answer(200, found) : answer(404, { code: "K05" });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}`,
      close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
  },
};
