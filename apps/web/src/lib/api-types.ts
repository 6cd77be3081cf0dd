// Names for the shapes the API speaks, all derived from AppRouter so a change there is a type error here.
import type { RouterInputs, RouterOutputs } from "../trpc.ts";
import { SEARCH_SORTS } from "@paylens/domain/search-keys";

export type SearchInput = RouterInputs["transactions"]["search"];
export type SearchOutput = RouterOutputs["transactions"]["search"];
export type SearchTerm = SearchOutput["terms"][number];
export type TransactionRow = SearchOutput["items"][number];
export type MatchedBy = NonNullable<SearchOutput["matchedBy"]>;
export type TotalsOutput = RouterOutputs["transactions"]["totals"];
export type CodesInput = RouterInputs["codes"]["list"];
export type CodeRow = RouterOutputs["codes"]["list"][number];
export type SaveViewInput = RouterInputs["views"]["save"];
export type SavedView = RouterOutputs["views"]["list"][number];

export type SortKey = NonNullable<SearchInput["sort"]>;
export type SortDir = NonNullable<SearchInput["dir"]>;
/** A table layout choice the API stores as text. */
export type Density = "comfortable" | "compact";

/** What the table can be sorted by: the domain's list, which the API's input schema is built from. */
export const SORT_KEYS: readonly SortKey[] = SEARCH_SORTS;

export type Principal = NonNullable<RouterOutputs["auth"]["me"]>;
export type Permission = Principal["permissions"][number];
export type Role = Principal["role"];
export type ActionsOverview = RouterOutputs["actions"]["forTransaction"];
export type ActionRow = ActionsOverview["actions"][number];
export type ActionKind = ActionRow["kind"];
export type ActionState = ActionRow["state"];
export type ActionRequestInput = RouterInputs["actions"]["request"];
export type Note = RouterOutputs["notes"]["list"][number];
export type AuditInput = RouterInputs["audit"]["list"];
export type AuditPage = RouterOutputs["audit"]["list"];
export type AuditItem = AuditPage["items"][number];
export type UserRow = RouterOutputs["users"]["list"][number];
export type ApiToken = RouterOutputs["users"]["tokens"][number];
export type CreatedToken = RouterOutputs["users"]["createToken"];

// Keyed by the API's unions, so a new role is a type error until it is listed.
const ROLE_SET: Record<Role, true> = { support: true, ops: true, finance: true, admin: true };
export const ROLES = Object.keys(ROLE_SET) as Role[];

export type WebhookListInput = RouterInputs["webhooks"]["list"];
export type WebhookCountsInput = RouterInputs["webhooks"]["counts"];
export type WebhookPage = RouterOutputs["webhooks"]["list"];
export type WebhookRow = WebhookPage["items"][number];
export type WebhookCount = RouterOutputs["webhooks"]["counts"][number];
export type WebhookDetail = RouterOutputs["webhooks"]["byId"];
export type InboxState = NonNullable<WebhookListInput["state"]>;
export type ProviderAccount = RouterOutputs["finance"]["accounts"][number];

// Keyed by the API's union, so a new inbox state is a type error until it is listed; tab order, what needs a person first.
const INBOX_STATE_SET: Record<InboxState, true> = {
  failed: true,
  flagged: true,
  too_old: true,
  rejected: true,
  pending: true,
  applied: true,
  duplicate: true,
};
export const INBOX_STATES = Object.keys(INBOX_STATE_SET) as InboxState[];
