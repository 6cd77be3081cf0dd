// Antom's facts that the browser reads too (docs/providers/antom.md). No Node, no network.
import { decodeAntom, listAntomCodes } from "@paylens/codes/antom";
import type { ProviderCodes, ProviderDefinition } from "../provider-definition.ts";

export const antomCodes: ProviderCodes = { list: listAntomCodes, decode: (code) => decodeAntom({ resultCode: code }) };

export const antomMeta = {
  id: "antom",
  displayName: "Antom",
  color: "#0e9f6e",
  ids: {
    uid: { label: "paymentId", searchKeys: ["paymentid"] },
    tracking: { label: "paymentRequestId", searchKeys: ["paymentrequestid"] },
    ref: { label: "Acquirer ref (ref_id)" },
  },
  verification: { avs: {}, cvc: {} },
  report: { name: "settlement details file", fileFormat: "csv" },
  disputeFeed: "notifications",
  signsWebhookTime: true,
  demo: {
    traffic: "cards and wallets: sales, authorizations, captures, voids, refunds; 3-D Secure per payment",
    sandboxPortOffset: 2,
    seed: {
      uidStyle: "dated-digits",
      trackingPrefix: "pr-",
      references: "network",
      accounts: [
        {
          accountId: "seed-antom",
          accountName: "Antom global (seed)",
          threeDsShare: 0.5,
          methods: [
            { method: "credit_card", currency: null, customerCountry: null, weight: 15 },
            { method: "alipay_cn", currency: "CNY", customerCountry: "CN", weight: 3 },
            { method: "alipay_hk", currency: "HKD", customerCountry: "HK", weight: 2 },
            { method: "gcash", currency: "PHP", customerCountry: "PH", weight: 2 },
            { method: "kakaopay", currency: "KRW", customerCountry: "KR", weight: 2 },
          ],
        },
      ],
    },
  },
} as const satisfies ProviderDefinition<"antom">;
