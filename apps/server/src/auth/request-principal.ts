// Who is calling: an API token (Authorization: Bearer) or a browser session cookie. Cookie-authenticated changes
// must carry the session's CSRF token in X-CSRF-Token; a token needs none (a browser never sends it on its own).
import type { FastifyReply, FastifyRequest } from "fastify";
import type { SessionCookie } from "@paylens/api/context";
import type { Db } from "@paylens/db/client";
import { SESSION_IDLE_MS, sessionPrincipal, tokenPrincipal, type Principal } from "@paylens/db/queries/access";

export const SESSION_COOKIE = "paylens_session";
export const CSRF_HEADER = "x-csrf-token";

export interface RequestAuth {
  principal: Principal | null;
  csrfFailed: boolean;
  session: SessionCookie;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

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
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
  if (bearer) return { principal: await tokenPrincipal(db, bearer), csrfFailed: false, session };
  if (!current) return { principal: null, csrfFailed: false, session };
  const found = await sessionPrincipal(db, current);
  if (!found) return { principal: null, csrfFailed: false, session };
  const { csrfToken, email: _email, ...principal } = found;
  const csrfFailed = !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== csrfToken;
  return { principal, csrfFailed, session };
}

/** A state-changing request from another site's page: refused before anything reads it. */
export function crossOrigin(request: FastifyRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}
