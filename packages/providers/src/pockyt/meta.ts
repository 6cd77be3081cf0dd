// Pockyt's facts that the browser reads too (docs/providers/pockyt.md). No Node, no network.
import { decodePockytCode, listPockytCodes } from "@paylens/codes/pockyt";
import type { ProviderCodes, ProviderDefinition } from "../provider-definition.ts";

/**
 * Pockyt's production host (docs/providers/pockyt.md §1). Its answers and IPNs carry no test flag: a payment is test
 * money when the account talks to any other host (its sandboxes, an emulator).
 */
export const POCKYT_LIVE_HOSTS: readonly string[] = ["mapi.yuansfer.com"];

/** Whether an account at this base URL moves test money (docs/providers/pockyt.md §10). */
export function pockytTestAccount(baseUrl: string): boolean {
  let host: string;
  try {
    host = new URL(baseUrl).hostname.toLowerCase();
  } catch {
    return false;
  }
  return !POCKYT_LIVE_HOSTS.includes(host);
}

export const pockytCodes: ProviderCodes = { list: listPockytCodes, decode: decodePockytCode };

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
