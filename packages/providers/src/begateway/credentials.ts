import { z } from "zod";

export const begatewayCredentials = z.object({
  shopId: z.union([z.string().min(1), z.number().int()]).transform(String),
  secretKey: z.string().min(1),
  /** The shop's RSA public key for Content-Signature: PEM, or bare base64 DER as the back office shows it. */
  webhookPublicKey: z.string().min(1).optional(),
});
export type BegatewayCredentials = z.infer<typeof begatewayCredentials>;
