// Antom's RSA256 signatures (docs/providers/antom.md §2): SHA256withRSA, PKCS#1 v1.5, over "POST
// <path>\n<client-id>.<time>.<body>"; the header carries the base64 value URL-encoded.
import { createPrivateKey, sign, verify, type KeyObject } from "node:crypto";

export const SIGNATURE_ALGORITHM = "RSA256";
export const KEY_VERSION = "1";

export interface SignedContent {
  /** The request path the signature covers (query string included), never the host. */
  path: string;
  clientId: string;
  /** request-time of a request or notification, response-time of a response: an opaque string. */
  time: string;
  body: string;
}

/** The exact text Antom signs: one space after POST, LF, then client id, time and body joined by dots. */
export function contentToSign(content: SignedContent): string {
  return `POST ${content.path}\n${content.clientId}.${content.time}.${content.body}`;
}

/**
 * The merchant private key as the Dashboard and the SDKs hand it out: PEM (PKCS#8 or PKCS#1), or bare base64 DER,
 * which Java reads as PKCS#8 and PHP/Python wrap as PKCS#1 — so both are tried.
 */
export function privateKey(text: string): KeyObject {
  const trimmed = text.trim();
  if (trimmed.startsWith("-----BEGIN")) return createPrivateKey(trimmed);
  const der = Buffer.from(trimmed.replace(/\s+/g, ""), "base64");
  try {
    return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  } catch {
    return createPrivateKey({ key: der, format: "der", type: "pkcs1" });
  }
}

/** Base64 SHA256withRSA of the content. */
export function signContent(content: SignedContent, key: KeyObject): string {
  return sign("sha256", Buffer.from(contentToSign(content), "utf8"), key).toString("base64");
}

/** `algorithm=RSA256,keyVersion=1,signature=<url-encoded base64>`, no spaces, as the SDKs send it. */
export function signatureHeader(signature: string): string {
  return `algorithm=${SIGNATURE_ALGORITHM},keyVersion=${KEY_VERSION},signature=${encodeURIComponent(signature)}`;
}

/**
 * The base64 signature in a header value: everything after `signature=`, URL-decoded when it is encoded
 * (the PHP SDK also accepts a raw base64 value, so a value without `%` is taken as it is).
 */
export function signatureFromHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  const at = header.indexOf("signature=");
  if (at < 0) return null;
  const value = header.slice(at + "signature=".length).trim();
  if (value === "") return null;
  if (!value.includes("%")) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** True only when the header's signature verifies over the content with the key; any parse problem is false. */
export function verifyContent(content: SignedContent, header: string | null | undefined, key: KeyObject): boolean {
  const signature = signatureFromHeader(header);
  if (!signature || !/^[A-Za-z0-9+/]+={0,2}$/.test(signature)) return false;
  try {
    return verify("sha256", Buffer.from(contentToSign(content), "utf8"), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

/** A header by name in any case, from a fetch Headers object or a plain record. */
export function headerValue(headers: Headers | Record<string, string | undefined> | null, name: string): string | null {
  if (!headers) return null;
  if (headers instanceof Headers) return headers.get(name);
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  return null;
}

/** The SDKs' sandbox switch: a `SANDBOX_` client id calls `/ams/sandbox/api/…` and signs that path. */
export function apiPath(clientId: string, path: string): string {
  return clientId.startsWith("SANDBOX_") ? path.replace(/^\/ams\/api\//, "/ams/sandbox/api/") : path;
}
