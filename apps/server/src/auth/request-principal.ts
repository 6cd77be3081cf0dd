// Who is calling (api/request-principal.ts decides), read off a fastify request; the session cookie is set and cleared here.
import type { FastifyReply, FastifyRequest } from "fastify";
import type { SessionCookie } from "@paylens/api/context";
import { CSRF_HEADER, isCrossOrigin, principalOf, SESSION_COOKIE } from "@paylens/api/request-principal";
import type { Db } from "@paylens/db/client";
import { SESSION_IDLE_MS, type Principal } from "@paylens/db/queries/access";

export { CSRF_HEADER, SESSION_COOKIE };

export interface RequestAuth {
  principal: Principal | null;
  csrfFailed: boolean;
  session: SessionCookie;
}

export async function authenticate(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  secureCookies: boolean,
): Promise<RequestAuth> {
  const current = request.cookies[SESSION_COOKIE] ?? null;
  const session: SessionCookie = {
    current,
    set: (token) =>
      reply.setCookie(SESSION_COOKIE, token, {
        path: "/",
        httpOnly: true,
        sameSite: "strict",
        secure: secureCookies,
        maxAge: SESSION_IDLE_MS / 1000,
      }),
    clear: () => reply.clearCookie(SESSION_COOKIE, { path: "/" }),
  };
  const csrf = request.headers[CSRF_HEADER];
  const { principal, csrfFailed } = await principalOf(db, {
    method: request.method,
    authorization: request.headers.authorization,
    sessionToken: current,
    csrfToken: Array.isArray(csrf) ? csrf[0] : csrf,
  });
  return { principal, csrfFailed, session };
}

/** A state-changing request from another site's page: refused before anything reads it. */
export function crossOrigin(request: FastifyRequest): boolean {
  return isCrossOrigin(request.method, request.headers.origin, request.headers.host);
}
