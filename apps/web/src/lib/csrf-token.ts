// The session's CSRF token, kept beside the tRPC client: every mutation sends it, the cookie alone is not enough.
let current: string | null = null;

const CSRF_HEADER = "x-csrf-token";

/** Set from auth.me and auth.signIn answers; null after sign-out. */
export function setCsrfToken(token: string | null): void {
  current = token;
}

/** Headers for the tRPC links: the token when there is one, nothing otherwise. */
export function csrfHeaders(): Record<string, string> {
  return current ? { [CSRF_HEADER]: current } : {};
}
