// beGateway's facts that the browser reads too (docs/providers/begateway.md). No Node, no network.
import { decodeBegateway, listBegatewayCodes } from "@paylens/codes/begateway";
import type { ProviderDefinition } from "../provider-definition.ts";

export const begatewayMeta = {
  id: "begateway",
  displayName: "beGateway",
  color: "#3451d1",
  ids: {
    uid: { label: "UID", searchKeys: [] },
    tracking: { label: "Tracking ID", searchKeys: [] },
    ref: { label: "Ref ID" },
  },
  codes: { list: listBegatewayCodes, decode: (code) => decodeBegateway(code) },
  verification: {
    avs: { "0": ["AVS not supported", "neutral"], "1": ["AVS not checked", "neutral"] },
    cvc: { "0": ["CVC check not supported", "neutral"], "1": ["CVC not checked", "neutral"] },
  },
  report: { name: "reports API", fileFormat: "json" },
  signsWebhookTime: false,
  demo: {
    traffic: "cards: sales, authorizations, captures, voids, refunds; 3-D Secure per shop",
    sandboxPortOffset: 1,
  },
} as const satisfies ProviderDefinition<"begateway">;
