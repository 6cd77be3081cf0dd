// Kestrel: a provider that exists only in tests, to prove a provider is one folder and one registry line.
import type { ProviderCodes, ProviderDefinition } from "../../provider-definition.ts";
import { decodeKestrel, listKestrelCodes } from "./codes.ts";

export const kestrelCodes: ProviderCodes = { list: listKestrelCodes, decode: decodeKestrel };

export const kestrelMeta = {
  id: "kestrel",
  displayName: "Kestrel",
  color: "#7a2e9c",
  ids: {
    uid: { label: "Ticket", searchKeys: ["ticket"] },
    tracking: { label: "Basket", searchKeys: ["basket"] },
    ref: { label: "Acquirer ref" },
  },
  verification: { avs: {}, cvc: {} },
  report: { name: "settlement file", fileFormat: "json" },
  // It raises no disputes.
  disputeFeed: "none",
  signsWebhookTime: true,
  demo: null,
} as const satisfies ProviderDefinition<"kestrel">;
