// Which database refusals are the caller's fault, in words a caller can act on. PostgreSQL and PGlite give every
// error a SQLSTATE; the message itself carries SQL, constraint and column names, so it never leaves the server.

const BY_CODE: Record<string, string> = {
  "22001": "a value is too long",
  "22003": "a number is out of range",
  "22007": "a date or time is not in a valid format",
  "22008": "a date or time is out of range",
  "22021": "text contains an invalid character",
  "22P02": "a value is not in the expected format",
  "22P05": "text contains an invalid character",
  "23502": "a required value is missing",
  "23503": "it refers to something that does not exist",
  "23505": "that already exists",
  "23514": "a value is not allowed",
  "54000": "a value is too long",
  "54001": "the input is too complex",
};

/** A short message when the database refused the request's data (SQLSTATE classes 22 and 23, size limits); else null. */
export function clientFaultOf(error: unknown): string | null {
  let e: unknown = error;
  for (let hops = 0; e && typeof e === "object" && hops < 8; hops++, e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== "string") continue;
    const known = BY_CODE[code];
    if (known) return known;
    if (code.startsWith("22")) return "a value is malformed or out of range";
  }
  return null;
}
