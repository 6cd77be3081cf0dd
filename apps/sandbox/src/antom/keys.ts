// Antom's RSA256 on the provider side (docs/providers/antom.md §2), written apart from the connector's so each side
// checks the other: SHA256withRSA over "POST <path>\n<client-id>.<time>.<body>", base64, URL-encoded in the signature
// header.
import { createPublicKey, generateKeyPair, sign, verify, type KeyObject } from "node:crypto";
import { promisify } from "node:util";

export interface RsaKeyPair {
  privateKeyPem: string;
  publicKeyPem: string;
  /** Bare base64 DER, as the Antom Dashboard shows keys: PKCS#8 for the private key, X.509 for the public one. */
  privateKeyBase64: string;
  publicKeyBase64: string;
}

export interface AntomKeys {
  /** The merchant signs requests with its private key; the sandbox verifies them with the public one. */
  merchant: RsaKeyPair;
  /** The sandbox signs answers and notifications with Antom's private key; merchants verify with the public one. */
  antom: RsaKeyPair;
}

// On the thread pool: a 2048-bit key costs a quarter of a second, which the server's start-up should not wait for.
async function keyPair(): Promise<RsaKeyPair> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    privateKeyBase64: privateKey.export({ type: "pkcs8", format: "der" }).toString("base64"),
    publicKeyBase64: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
  };
}

export async function generateAntomKeys(): Promise<AntomKeys> {
  const [merchant, antom] = await Promise.all([keyPair(), keyPair()]);
  return { merchant, antom };
}

export function signedText(path: string, clientId: string, time: string, body: string): string {
  return `POST ${path}\n${clientId}.${time}.${body}`;
}

/** The header value the SDKs send: no spaces, signature URL-encoded. */
export function antomSignature(text: string, privateKey: KeyObject | string): string {
  const value = sign("sha256", Buffer.from(text, "utf8"), privateKey).toString("base64");
  return `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(value)}`;
}

/** Everything after `signature=`, URL-decoded when encoded; false on anything unreadable. */
export function verifyAntomSignature(text: string, header: string | undefined, publicKey: KeyObject): boolean {
  if (!header) return false;
  const at = header.indexOf("signature=");
  if (at < 0) return false;
  let value = header.slice(at + "signature=".length).trim();
  try {
    if (value.includes("%")) value = decodeURIComponent(value);
    return verify("sha256", Buffer.from(text, "utf8"), publicKey, Buffer.from(value, "base64"));
  } catch {
    return false;
  }
}

export function publicKeyOf(pem: string): KeyObject {
  return createPublicKey(pem);
}
