import { z } from "zod";

export const kestrelCredentials = z.object({
  /** Bearer key for API calls. */
  apiKey: z.string().min(1),
  /** HMAC key of the `kestrel-signature` header on notifications. */
  webhookSecret: z.string().min(8),
});
export type KestrelCredentials = z.infer<typeof kestrelCredentials>;
