import { z } from "zod";
import { publicKey } from "../http-auth.ts";
import { privateKey } from "./sign.ts";

function parses(read: (text: string) => unknown): (text: string) => boolean {
  return (text) => {
    try {
      read(text);
      return true;
    } catch {
      return false;
    }
  };
}

export const antomCredentials = z.object({
  /** The Dashboard's client id; one starting with `SANDBOX_` calls the `/ams/sandbox/api/…` paths. */
  clientId: z.string().min(1),
  /** Signs every request: PEM, or bare base64 DER (PKCS#8 or PKCS#1) as the Dashboard's key tool gives it. */
  merchantPrivateKey: z.string().min(1).refine(parses(privateKey), "must be an RSA private key (PEM or base64 DER)"),
  /** Verifies every response and notification: PEM, or bare base64 X.509 as the Dashboard shows it. */
  antomPublicKey: z.string().min(1).refine(parses(publicKey), "must be an RSA public key (PEM or base64 X.509 DER)"),
});
export type AntomCredentials = z.infer<typeof antomCredentials>;
