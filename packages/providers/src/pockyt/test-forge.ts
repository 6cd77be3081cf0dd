// Test support: Pockyt IPNs as many as a load or fault test needs: the form with its verifySign.
import { forgedAccount, type ForgedWebhook } from "../forged-webhook.ts";
import { pockytMeta } from "./meta.ts";
import { pockytSign } from "./sign.ts";

/** A moment in Pockyt's IPN clock (UTC+8, yyyyMMddHHmmss). */
const pockytClock = (at: Date) => new Date(at.getTime() + 8 * 3_600_000).toISOString().replace(/\D/g, "").slice(0, 14);

export function pockytForge(prefix: string) {
  const apiToken = "5cbfb079f15b150122261c8537086d77a";
  const account = forgedAccount(prefix, pockytMeta.id, pockytMeta.displayName, {
    merchantNo: "200043",
    storeNo: "300014",
    apiToken,
  });

  function webhook(uid: string, extra: Record<string, string> = {}, signedAt = new Date()): ForgedWebhook {
    const params: Record<string, string> = {
      amount: "12.34",
      currency: "USD",
      reference: `ref-${uid}`,
      settleCurrency: "USD",
      status: "success",
      time: pockytClock(signedAt),
      transactionNo: uid,
      ...extra,
    };
    const body = new URLSearchParams({ ...params, verifySign: pockytSign(params, apiToken) }).toString();
    return {
      provider: pockytMeta.id,
      path: `/webhooks/${pockytMeta.id}/${account.account.id}`,
      body,
      uid,
      status: "successful",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    };
  }

  return { account, webhook };
}
