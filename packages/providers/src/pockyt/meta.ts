// Pockyt's facts that the browser reads too (docs/providers/pockyt.md). No Node, no network.
import { decodePockyt, listPockytCodes } from "@paylens/codes/pockyt";
import type { ProviderCodes, ProviderDefinition } from "../provider-definition.ts";

export const pockytCodes: ProviderCodes = { list: listPockytCodes, decode: (code) => decodePockyt(code) };

export const pockytMeta = {
  id: "pockyt",
  displayName: "Pockyt",
  color: "#d97706",
  ids: {
    uid: { label: "transactionNo", searchKeys: ["transactionno"] },
    tracking: { label: "Reference", searchKeys: ["reference"] },
    ref: { label: "Vendor ID (ref_id)" },
  },
  verification: { avs: {}, cvc: {} },
  report: { name: "settle-list and trans-list", fileFormat: "json" },
  // No dispute API, IPN or report field (docs/providers/pockyt.md §12).
  disputeFeed: "none",
  signsWebhookTime: true,
  demo: {
    traffic: "wallets online and in store",
    sandboxPortOffset: 3,
    seed: {
      uidStyle: "digits",
      trackingPrefix: "pk-",
      references: "vendor",
      accounts: [
        {
          accountId: "seed-pockyt",
          accountName: "Pockyt wallets (seed)",
          threeDsShare: 0,
          methods: [
            { method: "alipay", currency: "CNY", customerCountry: "CN", weight: 6 },
            { method: "wechatpay", currency: "CNY", customerCountry: "CN", weight: 5 },
            { method: "paypal", currency: "USD", customerCountry: "US", weight: 4 },
            { method: "venmo", currency: "USD", customerCountry: "US", weight: 1 },
            { method: "unionpay", currency: "CNY", customerCountry: "CN", weight: 1 },
          ],
        },
      ],
    },
  },
} as const satisfies ProviderDefinition<"pockyt">;
