// The audit screen's filters live in the URL (shareable, back button); dates are local calendar days, both ends included.
import type { AuditInput } from "./api-types.ts";

export interface AuditSearch {
  actor?: string;
  action?: string;
  text?: string;
  /** YYYY-MM-DD, local time. */
  from?: string;
  to?: string;
  /** One transaction's entries (linked from its page). */
  transaction?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function text(value: unknown, max: number): string | undefined {
  return typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, max) : undefined;
}

function day(value: unknown): string | undefined {
  return typeof value === "string" && DAY.test(value) && !Number.isNaN(localDay(value).getTime()) ? value : undefined;
}

export function validateAuditSearch(raw: Record<string, unknown>): AuditSearch {
  const search: AuditSearch = {
    actor: text(raw["actor"], 320),
    action: text(raw["action"], 100),
    text: text(raw["text"], 200),
    from: day(raw["from"]),
    to: day(raw["to"]),
    transaction:
      typeof raw["transaction"] === "string" && UUID.test(raw["transaction"]) ? raw["transaction"] : undefined,
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as AuditSearch;
}

function localDay(value: string, plusDays = 0): Date {
  const [y, m, d] = value.split("-").map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, (d ?? 1) + plusDays);
}

/** The API's input: "to" is exclusive there, so the chosen last day runs to the next midnight. */
export function toAuditInput(search: AuditSearch, limit = 50): AuditInput {
  return {
    actor: search.actor,
    action: search.action,
    text: search.text,
    from: search.from ? localDay(search.from) : undefined,
    to: search.to ? localDay(search.to, 1) : undefined,
    transactionId: search.transaction,
    limit,
  };
}
