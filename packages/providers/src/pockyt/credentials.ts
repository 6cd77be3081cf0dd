import { z } from "zod";

const id = z.union([z.string().trim().min(1), z.number().int()]).transform(String);

export const pockytCredentials = z.object({
  /** 6 digits starting with 2 (200043). */
  merchantNo: id,
  /** 6 digits starting with 3 (300014). */
  storeNo: id,
  /** Signs requests and IPNs; test and live tokens differ. The Java SDK trims it before hashing. */
  apiToken: z.string().trim().min(1),
});
export type PockytCredentials = z.infer<typeof pockytCredentials>;
