// The fastify answers for everything outside tRPC (CSV exports, /healthz, webhooks' body errors, unknown paths): a 4xx
// names the problem in a short `error`, a 5xx says only that it was ours and which request; the full error is logged.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { clientFaultOf } from "@paylens/db/client-fault";

// A 4xx message longer than this, or one that looks like code, SQL or a path, is replaced by the status's own words.
const MAX_MESSAGE = 200;
const INTERNALS =
  /\n|\s{4}at |\.[cm]?[jt]s:\d|\/(work|home|src|node_modules|usr|tmp)\/|\b(select|insert|update|delete)\b.*\b(from|into|set|where)\b|syntax error at|violates/i;

function statusOf(error: FastifyError): number {
  const status = error.statusCode ?? 500;
  return Number.isInteger(status) && status >= 400 && status <= 599 ? status : 500;
}

/** The short words for a 4xx: fastify's own message when it is plain ("Request body is too large"), else generic. */
function refusalText(error: FastifyError, status: number): string {
  const message = typeof error.message === "string" ? error.message : "";
  if (message && message.length <= MAX_MESSAGE && !INTERNALS.test(message)) return message;
  return status === 413 ? "request body is too large" : status === 415 ? "unsupported content type" : "bad request";
}

export function serverFaultText(requestId: string): string {
  return `Something went wrong on our side (request ${requestId})`;
}

export function errorAnswers(app: FastifyInstance, options: { debug: boolean }): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const clientFault = clientFaultOf(error);
    const status = clientFault ? 400 : statusOf(error);
    if (status >= 500) {
      request.log.error({ err: error }, "request failed");
      const detail = options.debug ? { detail: error.message, stack: error.stack } : {};
      return reply.code(status).send({ error: serverFaultText(request.id), requestId: request.id, ...detail });
    }
    request.log.info({ err: error, statusCode: status }, "request refused");
    return reply.code(status).send({ error: clientFault ?? refusalText(error, status) });
  });
}

/** Unknown paths when no web app is served (the SPA's own handler covers them otherwise). */
export function notFoundAnswer(app: FastifyInstance): void {
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: "not found" }));
}
