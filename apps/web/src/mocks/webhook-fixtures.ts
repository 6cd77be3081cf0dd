// A fixture webhook inbox: messages of every state from the three providers, with the headers and (already masked)
// bodies they arrived with. test-data.ts stores them in webhook_inbox.
import type { InboxState, ProviderAccount, WebhookRow } from "../lib/api-types.ts";

export const MOCK_ACCOUNTS: ProviderAccount[] = [
  { id: "begateway-361", provider: "begateway", name: "beGateway shop 361" },
  { id: "antom-main", provider: "antom", name: "Antom main" },
  { id: "pockyt-store", provider: "pockyt", name: "Pockyt store" },
];

const STATES: InboxState[] = [
  "applied",
  "applied",
  "applied",
  "duplicate",
  "applied",
  "applied",
  "rejected",
  "applied",
  "failed",
  "pending",
];
const ERRORS: Partial<Record<InboxState, string>> = {
  rejected: "signature",
  failed: 'relation "transactions" could not be locked: canceling statement due to lock timeout',
};

export interface MockWebhook extends WebhookRow {
  dedupKey: string | null;
}

/** Message `n` of the fixture inbox, received `n` × 7 s before `newest`; ids fall with age, as the inbox's do. */
export function makeWebhook(n: number, newest: Date, fields: Partial<MockWebhook> = {}): MockWebhook {
  const account = MOCK_ACCOUNTS[n % MOCK_ACCOUNTS.length] as ProviderAccount;
  const state = STATES[n % STATES.length] as InboxState;
  const uid =
    account.provider === "begateway"
      ? `${46154 + n}-aba1cf${(n * 7919).toString(16).padStart(4, "0")}`
      : `20261123${String(n).padStart(10, "0")}`;
  const linked = state === "applied" || state === "duplicate";
  return {
    id: BigInt(10_000 - n),
    provider: account.provider,
    accountId: account.id,
    receivedAt: new Date(newest.getTime() - n * 7_000),
    requestId: `6f1c2a9e-0000-4000-8000-${String(n).padStart(12, "0")}`,
    signatureVerdict:
      state === "rejected" ? "invalid:signature" : account.provider === "pockyt" ? "valid:verify-sign" : "valid:rsa",
    providerUid: state === "rejected" ? null : uid,
    dedupKey: state === "rejected" ? null : `${uid}|successful`,
    state,
    error: ERRORS[state] ?? null,
    attempts: state === "pending" || state === "rejected" ? 0 : state === "failed" ? 2 : 1,
    appliedAt: linked ? new Date(newest.getTime() - n * 7_000 + 40) : null,
    transactionId: linked ? `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}` : null,
    ...fields,
  };
}

/** The body as received (card data masked already), and its headers. */
export function receivedAs(row: MockWebhook): { headers: Record<string, string>; rawBody: string } {
  const headers: Record<string, string> = {
    "content-type": row.provider === "pockyt" ? "application/x-www-form-urlencoded" : "application/json",
    "user-agent": `${row.provider}-notifier/1.0`,
  };
  if (row.provider === "begateway") headers["authorization"] = "Basic ***";
  if (row.provider === "pockyt") {
    const status = row.state === "failed" ? "success" : "pending";
    const rawBody = `status=${status}&transactionNo=${row.providerUid ?? ""}&amount=49.99&currency=USD&verifySign=***`;
    return { headers, rawBody };
  }
  const card = { number: "420000******0000", verification_value: "***", brand: "visa" };
  const json =
    row.provider === "begateway"
      ? {
          transaction: { uid: row.providerUid, status: "successful", amount: 4999, currency: "EUR", credit_card: card },
        }
      : {
          notifyType: "PAYMENT_RESULT",
          paymentId: row.providerUid,
          result: { resultCode: "SUCCESS", resultStatus: "S" },
        };
  return { headers, rawBody: JSON.stringify(json) };
}

/** A fixture inbox of `count` messages, the newest received at `newest`. */
export function mockInbox(count: number, newest = new Date()): MockWebhook[] {
  return Array.from({ length: count }, (_, n) => makeWebhook(n, newest));
}
