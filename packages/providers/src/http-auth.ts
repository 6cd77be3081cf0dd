import { createPublicKey, timingSafeEqual, type KeyObject } from "node:crypto";

export function basicAuthHeader(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}

/** Constant-time comparison of an Authorization header with the expected Basic credentials. */
export function basicAuthMatches(header: string | undefined, user: string, password: string): boolean {
  if (!header) return false;
  const expected = Buffer.from(basicAuthHeader(user, password));
  const given = Buffer.from(header.trim());
  return given.length === expected.length && timingSafeEqual(given, expected);
}

// Parsing a key costs more than verifying a signature with it: every webhook is verified with one of a few keys.
const parsedKeys = new Map<string, KeyObject>();

/** Accepts a PEM public key or the bare base64 DER (SPKI) that providers' back offices show. */
export function publicKey(text: string): KeyObject {
  let key = parsedKeys.get(text);
  if (!key) {
    const trimmed = text.trim();
    key = trimmed.startsWith("-----BEGIN")
      ? createPublicKey(trimmed)
      : createPublicKey({ key: Buffer.from(trimmed.replace(/\s+/g, ""), "base64"), format: "der", type: "spki" });
    if (parsedKeys.size > 1000) parsedKeys.clear();
    parsedKeys.set(text, key);
  }
  return key;
}
