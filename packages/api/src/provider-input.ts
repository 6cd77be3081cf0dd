// A provider id as an input: any provider the catalogue has registered (read at each call, so a provider registered
// by a test is one too), typed as the shipped ids for the web app.
import { z } from "zod";
import { isProviderId, type ProviderId } from "@paylens/providers/catalog";

export const providerInput = z.custom<ProviderId>(
  (value) => typeof value === "string" && isProviderId(value),
  "unknown provider",
);
