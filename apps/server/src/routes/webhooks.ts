// POST /webhooks/:provider/:accountId — verify, store in the inbox, and only then answer the provider.
import type { FastifyInstance, FastifyReply } from "fastify";
import { inboxWriter } from "@paylens/db/queries/inbox-writer";
import type { Db } from "@paylens/db/client";
import { PayloadError, type HttpReply } from "@paylens/providers/connector";
import { connectorFor } from "@paylens/providers/connectors";
import type { AccountBook } from "../accounts.ts";

export interface WebhookDeps {
  db: Db;
  accounts: AccountBook;
  onStored: () => void;
  bodyLimit: number;
  /** Inbox inserts in flight at once: PGlite runs one at a time, and one lane lets the waiting ones form a batch. */
  writerLanes: number;
}

const SECRET_HEADERS = new Set(["authorization", "cookie", "proxy-authorization"]);

function storedHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    out[name] = SECRET_HEADERS.has(name) ? `${text.split(" ")[0] ?? ""} ***` : text;
  }
  return out;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) out[name] = Array.isArray(value) ? value.join(", ") : value;
  return out;
}

function send(reply: FastifyReply, answer: HttpReply) {
  return reply.code(answer.statusCode).type(answer.contentType).send(answer.body);
}

export async function webhookRoutes(app: FastifyInstance, deps: WebhookDeps): Promise<void> {
  // Signatures are over the exact bytes: keep every body as the raw string, whatever its content type.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string", bodyLimit: deps.bodyLimit }, (_request, body, done) => done(null, body));

  const inbox = inboxWriter(deps.db, { lanes: deps.writerLanes });
  app.post<{ Params: { provider: string; accountId: string } }>("/webhooks/:provider/:accountId", async (request, reply) => {
    const { provider, accountId } = request.params;
    const connector = connectorFor(provider);
    const configured = deps.accounts.get(accountId);
    if (!connector || !configured || configured.account.provider !== provider) {
      return reply.code(404).send({ error: `no ${provider} account "${accountId}"` });
    }
    const rawBody = typeof request.body === "string" ? request.body : "";
    const headers = flatHeaders(request.headers);
    const base = {
      provider,
      accountId,
      requestId: request.id,
      remoteAddress: request.ip,
      headers: storedHeaders(request.headers),
      rawBody,
    };
    // PostgreSQL text cannot hold NUL: such a body is recorded (escaped) and refused, never a 500.
    if (rawBody.includes("\u0000")) {
      await inbox.store({ ...base, rawBody: rawBody.replaceAll("\u0000", "\\u0000"), signatureVerdict: "invalid:nul-bytes", dedupKey: null, providerUid: null, state: "rejected", error: "body contains NUL bytes" });
      return reply.code(400).send({ error: "body contains NUL bytes" });
    }
    const verdict = connector.verifyWebhook({ credentials: configured.credentials, headers, rawBody, path: request.url });
    if (!verdict.ok) {
      await inbox.store({ ...base, signatureVerdict: `invalid:${verdict.reason}`, dedupKey: null, providerUid: null, state: "rejected", error: verdict.reason });
      request.log.warn({ provider, accountId, reason: verdict.reason }, "webhook rejected");
      return send(reply, connector.webhookReplies.rejected);
    }
    let parsed;
    try {
      parsed = connector.parseWebhook(rawBody, headers);
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error;
      await inbox.store({ ...base, signatureVerdict: `valid:${verdict.method}`, dedupKey: null, providerUid: null, state: "rejected", error: `malformed: ${error.message}` });
      const malformed = connector.webhookReplies.malformed;
      // Name the problem where the provider's reply format allows it.
      const body = malformed.contentType === "application/json" ? JSON.stringify({ error: `malformed notification: ${error.message}` }) : malformed.body;
      return send(reply, { ...malformed, body });
    }
    await inbox.store({
      ...base,
      signatureVerdict: `valid:${verdict.method}`,
      dedupKey: parsed.dedupKey,
      providerUid: parsed.snapshot.providerUid,
      state: "pending",
    });
    deps.onStored();
    return send(reply, connector.webhookReplies.accepted);
  });
}
