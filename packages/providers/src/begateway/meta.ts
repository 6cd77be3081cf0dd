// beGateway's facts that the browser reads too (docs/providers/begateway.md). No Node, no network.
import { decodeBegateway, listBegatewayCodes } from "@paylens/codes/begateway";
import type { ProviderCodes, ProviderDefinition } from "../provider-definition.ts";

export const begatewayCodes: ProviderCodes = { list: listBegatewayCodes, decode: (code) => decodeBegateway(code) };

export const begatewayMeta = {
  id: "begateway",
  displayName: "beGateway",
  color: "#3451d1",
  ids: {
    uid: { label: "UID", searchKeys: [] },
    tracking: { label: "Tracking ID", searchKeys: [] },
    ref: { label: "Ref ID" },
  },
  verification: {
    avs: { "0": ["AVS not supported", "neutral"], "1": ["AVS not checked", "neutral"] },
    cvc: { "0": ["CVC check not supported", "neutral"], "1": ["CVC not checked", "neutral"] },
  },
  report: { name: "reports API", fileFormat: "json" },
  disputeFeed: "notifications",
  signsWebhookTime: false,
  demo: {
    traffic: "cards: sales, authorizations, captures, voids, refunds; 3-D Secure per shop",
    sandboxPortOffset: 1,
    seed: {
      uidStyle: "dash-hex",
      trackingPrefix: "ord-",
      references: "bank",
      accounts: [
        {
          accountId: "seed-begateway-eu",
          accountName: "beGateway EU shop (seed)",
          threeDsShare: 0.6,
          methods: [{ method: "credit_card", currency: null, customerCountry: null, weight: 40 }],
        },
        {
          accountId: "seed-begateway-3ds",
          accountName: "beGateway 3-D Secure shop (seed)",
          threeDsShare: 0.95,
          methods: [{ method: "credit_card", currency: null, customerCountry: null, weight: 15 }],
        },
      ],
    },
  },
} as const satisfies ProviderDefinition<"begateway">;
