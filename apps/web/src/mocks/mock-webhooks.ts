// An in-memory webhook inbox like packages/db/queries/webhooks: filters, exact identifier search, keyset pages by id,
// per-state counts and one message's masked detail; ops put failed messages back in the queue.
import type { HttpHandler } from "msw";
import {
  INBOX_STATES,
  type InboxState,
  type ProviderAccount,
  type WebhookDetail,
  type WebhookListInput,
  type WebhookPage,
  type WebhookRow,
} from "../lib/api-types.ts";
import type { Session } from "./mock-access.ts";
import { TrpcMockError, trpcMutation, trpcQuery } from "./trpc-handlers.ts";

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

function body(row: MockWebhook): WebhookDetail["body"] {
  if (row.provider === "pockyt")
    return {
      format: "form",
      text: `status=${row.state === "failed" ? "success" : "pending"}\ntransactionNo=${row.providerUid ?? ""}\namount=49.99\ncurrency=USD\nverifySign=***`,
    };
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
  return { format: "json", text: JSON.stringify(json, null, 2) };
}

export function detailOf(row: MockWebhook): WebhookDetail {
  const headers: Record<string, string> = {
    "content-type": row.provider === "pockyt" ? "application/x-www-form-urlencoded" : "application/json",
    "user-agent": `${row.provider}-notifier/1.0`,
  };
  if (row.provider === "begateway") headers["authorization"] = "Basic ***";
  const shown = body(row);
  return {
    id: row.id,
    provider: row.provider,
    accountId: row.accountId,
    receivedAt: row.receivedAt,
    requestId: row.requestId,
    remoteAddress: "203.0.113.40",
    signatureVerdict: row.signatureVerdict,
    rawSha256: null,
    dedupKey: row.dedupKey,
    providerUid: row.providerUid,
    state: row.state,
    error: row.error,
    attempts: row.attempts,
    appliedAt: row.appliedAt,
    transactionId: row.transactionId,
    headers,
    body: shown,
    bodyBytes: shown.text.length,
    transactionProviderUid: row.transactionId ? row.providerUid : null,
  };
}

type Filter = Omit<WebhookListInput, "limit" | "cursor">;

function matches(row: MockWebhook, input: Filter): boolean {
  return (
    (!input.provider || row.provider === input.provider) &&
    (!input.accountId || row.accountId === input.accountId) &&
    (!input.state || row.state === input.state) &&
    (!input.from || row.receivedAt >= input.from) &&
    (!input.to || row.receivedAt < input.to) &&
    (!input.q || [row.providerUid, row.dedupKey, row.requestId].includes(input.q))
  );
}

/** One page of `rows` (newest first) as webhooks.list answers it: no dedup key, no body. */
export function webhookListPage(rows: MockWebhook[], input: WebhookListInput): WebhookPage {
  const found = rows.filter((row) => matches(row, input) && (!input.cursor || row.id < BigInt(input.cursor)));
  const limit = input.limit ?? 50;
  const items = found.slice(0, limit).map(({ dedupKey: _key, ...row }) => row);
  return { items, nextCursor: found.length > limit ? String(items.at(-1)?.id ?? "") : null };
}

/** Handlers over `rows` (newest first); `rows` is changed in place by reprocessing. */
export function webhookHandlers(rows: MockWebhook[], session: Session): HttpHandler[] {
  return [
    trpcQuery("webhooks.list", (input) => webhookListPage(rows, input)),
    trpcQuery("webhooks.counts", (input) =>
      INBOX_STATES.map((state) => ({
        state,
        count: rows.filter((row) => matches(row, { ...input, state })).length,
        capped: false,
      })),
    ),
    trpcQuery("webhooks.byId", (input) => {
      const row = rows.find((r) => r.id.toString() === input.id);
      return row ? detailOf(row) : new TrpcMockError("NOT_FOUND", `No webhook ${input.id}`);
    }),
    trpcMutation("actions.reprocessWebhook", (input) => {
      if (!session.me?.permissions.includes("act"))
        return new TrpcMockError(
          "FORBIDDEN",
          `The ${session.me?.role ?? "signed-out"} role may not do this (needs "act")`,
        );
      const row = rows.find((r) => r.id === input.inboxId && r.state === "failed");
      if (!row) return new TrpcMockError("BAD_REQUEST", `Webhook ${input.inboxId} is not a failed message`);
      Object.assign(row, { state: "pending", error: null });
      return { inboxId: input.inboxId, state: "pending" as const };
    }),
    trpcQuery("finance.accounts", () => MOCK_ACCOUNTS),
  ];
}

/** A fixture inbox of `count` messages, the newest received at `newest`. */
export function mockInbox(count: number, newest = new Date()): MockWebhook[] {
  return Array.from({ length: count }, (_, n) => makeWebhook(n, newest));
}
