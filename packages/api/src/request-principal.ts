// Who is calling, from what any HTTP layer reads off a request: an API token (Authorization: Bearer) or a browser
// session cookie. Cookie-authenticated changes must carry the session's CSRF token; a token needs none (a browser
// never sends it on its own).
import type { Db } from "@paylens/db/client";
import { sessionPrincipal, tokenPrincipal, type Principal } from "@paylens/db/queries/access";

export const SESSION_COOKIE = "paylens_session";
export const CSRF_HEADER = "x-csrf-token";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface RequestCredentials {
  method: string;
  /** The Authorization header, if any. */
  authorization: string | undefined;
  /** The session cookie's token, if any. */
  sessionToken: string | null;
  /** The X-CSRF-Token header, if any. */
  csrfToken: string | undefined;
}

export async function principalOf(
  db: Db,
  request: RequestCredentials,
): Promise<{ principal: Principal | null; csrfFailed: boolean }> {
  const bearer = /^Bearer\s+(\S+)$/i.exec(request.authorization ?? "")?.[1];
  if (bearer) return { principal: await tokenPrincipal(db, bearer), csrfFailed: false };
  if (!request.sessionToken) return { principal: null, csrfFailed: false };
  const found = await sessionPrincipal(db, request.sessionToken);
  if (!found) return { principal: null, csrfFailed: false };
  const { csrfToken, email: _email, ...principal } = found;
  return { principal, csrfFailed: !SAFE_METHODS.has(request.method) && request.csrfToken !== csrfToken };
}

/** A state-changing request whose Origin is another site: refused before anything reads it. */
export function isCrossOrigin(method: string, origin: string | undefined, host: string | undefined): boolean {
  if (SAFE_METHODS.has(method) || !origin) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
