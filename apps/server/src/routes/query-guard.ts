// The CSV exports' query strings get the tRPC inputs' rule (domain/input-text.ts): a NUL or a lone surrogate is a 400
// here, not a database error halfway through a download.
import type { FastifyReply, FastifyRequest } from "fastify";
import { inputProblem } from "@paylens/domain/input-text";

export async function refuseHostileQuery(request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const problem = inputProblem(request.query);
  if (problem) await reply.code(400).send({ error: problem });
}
