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

/** Accepts a PEM public key or the bare base64 DER (SPKI) that providers' back offices show. */
export function publicKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith("-----BEGIN")) return createPublicKey(trimmed);
  return createPublicKey({ key: Buffer.from(trimmed.replace(/\s+/g, ""), "base64"), format: "der", type: "spki" });
}
