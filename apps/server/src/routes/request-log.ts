// One debug line per answered request (method, URL, status, time) instead of Fastify's two info lines: a demo's
// webhooks and the console's polling would otherwise flood the terminal. LOG_LEVEL=debug shows them; a request that
// failed while its answer was being sent is still an error.
import { LogController, type FastifyReply, type FastifyRequest } from "fastify";

export class RequestLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    const fields = {
      method: request.method,
      url: request.url,
      statusCode: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    };
    if (error) reply.log.error({ ...fields, err: error }, "request errored");
    else reply.log.debug(fields, "request");
  }
}
