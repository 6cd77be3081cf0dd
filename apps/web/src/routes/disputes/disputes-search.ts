// The disputes screen's view lives in the URL: ?status=needs_response&provider=<id>&category=fraud&due=7&dispute=<id>.
import { DISPUTE_STATUSES, REASON_CATEGORIES, type DisputeStatus, type ReasonCategory } from "@paylens/domain/dispute";
import type { RouterInputs } from "../../trpc.ts";
import { PROVIDERS, type ProviderId } from "../../lib/vocabulary.ts";

export interface DisputesSearch {
  status?: DisputeStatus;
  provider?: ProviderId;
  category?: ReasonCategory;
  /** Open disputes due within this many days. */
  due?: number;
  /** The dispute shown in the detail panel. */
  dispute?: string;
}

export const DUE_CHOICES = [1, 3, 7, 14, 30] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === "string" && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function validateDisputesSearch(raw: Record<string, unknown>): DisputesSearch {
  const due = Number(raw["due"]);
  const search: DisputesSearch = {
    status: oneOf(raw["status"], DISPUTE_STATUSES),
    provider: oneOf(raw["provider"], PROVIDERS),
    category: oneOf(raw["category"], REASON_CATEGORIES),
    due: (DUE_CHOICES as readonly number[]).includes(due) ? due : undefined,
    dispute: typeof raw["dispute"] === "string" && UUID.test(raw["dispute"]) ? raw["dispute"] : undefined,
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as DisputesSearch;
}

export function toListInput(search: DisputesSearch): RouterInputs["disputes"]["list"] {
  return {
    ...(search.provider ? { provider: [search.provider] } : {}),
    ...(search.status ? { status: [search.status] } : {}),
    ...(search.category ? { reasonCategory: [search.category] } : {}),
    ...(search.due !== undefined ? { dueWithinDays: search.due } : {}),
    limit: 100,
  };
}
