// The webhooks screen's view lives in the URL (shareable, back button): ?state=failed&provider=<id>&q=…&message=123.
import { INBOX_STATES, type InboxState, type WebhookCountsInput, type WebhookListInput } from "../../lib/api-types.ts";
import { PROVIDERS, type ProviderId } from "../../lib/vocabulary.ts";

export interface WebhooksSearch {
  state?: InboxState;
  provider?: ProviderId;
  account?: string;
  /** A provider uid, dedup key or request id. */
  q?: string;
  /** The inbox id shown in the detail panel. */
  message?: string;
}

export const PAGE_SIZE = 50;
const INBOX_ID = /^[1-9]\d{0,18}$/;

function text(value: unknown, max: number): string | undefined {
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, max) : undefined;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function validateWebhooksSearch(raw: Record<string, unknown>): WebhooksSearch {
  const message = text(raw["message"], 19);
  const search: WebhooksSearch = {
    state: oneOf(raw["state"], INBOX_STATES),
    provider: oneOf(raw["provider"], PROVIDERS),
    account: text(raw["account"], 100),
    q: text(raw["q"], 300),
    message: message && INBOX_ID.test(message) ? message : undefined,
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as WebhooksSearch;
}

/** The filters every tab shares: the counts' input. */
export function toCountsInput(search: WebhooksSearch): WebhookCountsInput {
  return { provider: search.provider, accountId: search.account, q: search.q };
}

export function toListInput(search: WebhooksSearch): WebhookListInput {
  return { ...toCountsInput(search), state: search.state, limit: PAGE_SIZE };
}

/** True when any filter but the open message narrows the list. */
export function isFiltered(search: WebhooksSearch): boolean {
  return Boolean(search.state ?? search.provider ?? search.account ?? search.q);
}
