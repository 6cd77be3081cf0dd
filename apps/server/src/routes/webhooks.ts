// POST /webhooks/:provider/:accountId — verify on the bytes as sent, redact card data, store in the inbox, and only
// then answer the provider. What is stored (and applied, now or when reprocessed) is the redacted body: a full card
// number or a security code never reaches the database; the original's SHA-256 is kept for forensics.
import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import { redactBody } from "@paylens/domain/card-body";
import { redactText } from "@paylens/domain/card";
import { jsonDepth } from "@paylens/domain/json-tokens";
import { outsideReplayWindow } from "@paylens/domain/snapshot-checks";
import { inboxWriter } from "@paylens/db/queries/inbox";
import type { Db } from "@paylens/db/client";
import { parseNotification, PayloadError, type HttpReply } from "@paylens/providers/connector";
import { connectorFor } from "@paylens/providers/connectors";
import type { AccountBook } from "../accounts.ts";
import type { IngestPressure } from "../workers/ingest-pressure.ts";
import type { RecentlyParsed } from "../workers/recently-parsed.ts";

export interface WebhookDeps {
  db: Db;
  accounts: AccountBook;
  onStored: () => void;
  /** Counts webhooks in flight for the inbox worker to give way to, and holds them while applying is behind. */
  ingest?: IngestPressure;
  /** How long a webhook was held while applying caught up (only those that were). */
  onHeld?: (seconds: number) => void;
  /** Where a stored notification's parse is left for this process's inbox worker. */
  recentlyParsed?: RecentlyParsed;
  /** Every answer, whatever it was (stored, rejected, refused): the provider label comes from the registry. */
  onAnswered: (provider: string, statusCode: number, seconds: number) => void;
  /** Signed times further than this from arrival: stored as too_old, answered as accepted, never applied. */
  replayWindowMs: number;
  bodyLimit: number;
  /** Inbox inserts in flight at once: PGlite runs one at a time, and one lane lets the waiting ones form a batch. */
  writerLanes: number;
}

const MAX_JSON_DEPTH = 64;

const SECRET_HEADERS = new Set(["authorization", "cookie", "proxy-authorization"]);

function storedHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    out[name] = SECRET_HEADERS.has(name) ? `${text.split(" ")[0] ?? ""} ***` : redactText(text);
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
  const ingest = deps.ingest;
  if (ingest) {
    // Before the body is read: a held webhook costs nothing until applying has caught up.
    app.addHook("onRequest", async () => {
      ingest.inFlight++;
      const held = ingest.admit();
      if (!held) return;
      const started = performance.now();
      await held;
      deps.onHeld?.((performance.now() - started) / 1000);
    });
  }
  // Every webhook answer counted and timed, whatever it was (stored, rejected, refused).
  app.addHook("onResponse", async (request, reply) => {
    if (ingest) ingest.inFlight--;
    // A label from the registry only: a raw URL part would let anyone mint label values (or put a card number in one).
    const named = (request.params as { provider?: string }).provider;
    const provider = named && connectorFor(named) ? named : "unknown";
    deps.onAnswered(provider, reply.statusCode, reply.elapsedTime / 1000);
  });

  // Signatures are over the exact bytes: keep every body as received, whatever its content type; decoded here, so that
  // bytes that are not UTF-8 are refused instead of silently replaced (the signature would then cover other text).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: deps.bodyLimit }, (_request, body, done) =>
    done(null, body),
  );
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const decode = (body: unknown): string | null => {
    if (!Buffer.isBuffer(body)) return "";
    try {
      return utf8.decode(body);
    } catch {
      return null;
    }
  };

  const inbox = inboxWriter(deps.db, { lanes: deps.writerLanes });
  app.post<{ Params: { provider: string; accountId: string } }>(
    "/webhooks/:provider/:accountId",
    async (request, reply) => {
      const { provider, accountId } = request.params;
      const connector = connectorFor(provider);
      const configured = deps.accounts.get(accountId);
      if (!connector || !configured || configured.account.provider !== provider) {
        return reply.code(404).send({ error: redactText(`no ${provider} account "${accountId}"`).slice(0, 200) });
      }
      const decoded = decode(request.body);
      const original = decoded ?? String(request.body);
      const headers = flatHeaders(request.headers);
      const keep = { contentType: headers["content-type"] ?? null, keep: connector.identifierFields };
      const base = {
        provider,
        accountId,
        requestId: request.id,
        remoteAddress: request.ip,
        headers: storedHeaders(request.headers),
        // PostgreSQL text cannot hold NUL: escaped to be recorded, and the body refused below.
        rawBody: redactBody(original, keep).replaceAll("\u0000", "\\u0000"),
        rawSha256: createHash("sha256")
          .update(Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0))
          .digest("hex"),
      };
      const refuse = async (verdict: string, error: string) => {
        await inbox.store({
          ...base,
          signatureVerdict: verdict,
          dedupKey: null,
          providerUid: null,
          state: "rejected",
          error,
        });
        return reply.code(400).send({ error });
      };
      if (decoded === null) return refuse("invalid:not-utf8", "body is not valid UTF-8");
      if (original.includes("\u0000")) return refuse("invalid:nul-bytes", "body contains NUL bytes");
      // No provider nests deeper; a parser would overflow its stack on a hostile body thousands of levels deep.
      if (jsonDepth(original) > MAX_JSON_DEPTH) return refuse("invalid:too-deep", "body nested too deeply");
      const verdict = connector.verifyWebhook({
        credentials: configured.credentials,
        headers,
        rawBody: original,
        path: request.url,
      });
      if (!verdict.ok) {
        await inbox.store({
          ...base,
          signatureVerdict: `invalid:${verdict.reason}`,
          dedupKey: null,
          providerUid: null,
          state: "rejected",
          error: verdict.reason,
        });
        request.log.warn({ provider, accountId, reason: verdict.reason }, "webhook rejected");
        return send(reply, connector.webhookReplies.rejected);
      }
      let parsed;
      try {
        // The stored (redacted) body and headers, exactly as the inbox worker will read them again.
        parsed = parseNotification(connector, base.rawBody, base.headers);
      } catch (error) {
        if (!(error instanceof PayloadError)) throw error;
        await inbox.store({
          ...base,
          signatureVerdict: `valid:${verdict.method}`,
          dedupKey: null,
          providerUid: null,
          state: "rejected",
          error: `malformed: ${error.message}`,
        });
        const malformed = connector.webhookReplies.malformed;
        // Name the problem where the provider's reply format allows it.
        const body =
          malformed.contentType === "application/json"
            ? JSON.stringify({ error: `malformed notification: ${error.message}` })
            : malformed.body;
        return send(reply, { ...malformed, body });
      }
      // Outside the replay window: kept and shown, never applied; acknowledged as usual, so the provider stops resending.
      const tooOld = outsideReplayWindow(parsed.signedAt, new Date(), deps.replayWindowMs);
      await inbox.store({
        ...base,
        signatureVerdict: `valid:${verdict.method}`,
        dedupKey: parsed.dedupKey,
        providerUid: parsed.kind === "dispute" ? parsed.dispute.providerDisputeId : parsed.snapshot.providerUid,
        state: tooOld ? "too_old" : "pending",
        error: tooOld,
      });
      if (!tooOld) deps.recentlyParsed?.keep(provider, base.rawBody, parsed);
      deps.onStored();
      return send(reply, connector.webhookReplies.accepted);
    },
  );
}
