// Shop webhook keys: the PSP signs with the private key; merchants get the public key as bare base64 DER
// (docs/providers/begateway.md §5).
import { generateKeyPair, sign } from "node:crypto";
import { promisify } from "node:util";

export interface ShopKeys {
  privateKeyPem: string;
  publicKeyPem: string;
  publicKeyBase64Der: string;
}

/** On the thread pool: the server's start-up does not wait for the quarter second a key costs. */
export async function generateShopKeys(): Promise<ShopKeys> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)("rsa", { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }).toString(),
    publicKeyBase64Der: publicKey.export({ type: "spki", format: "der" }).toString("base64"),
  };
}

/** Content-Signature: base64 RSA-SHA256 (PKCS#1 v1.5) over the exact bytes sent. */
export function signBody(body: string, privateKeyPem: string): string {
  return sign("sha256", Buffer.from(body, "utf8"), privateKeyPem).toString("base64");
}
