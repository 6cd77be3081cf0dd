// Why the API refused a request, as a stable key beside its English message: the console says each in its reader's
// language (apps/web i18n errors.reason), scripts read the message. The action rules' refusals keep their own kinds.
import type { ActionRefusal } from "./action-rules.ts";

export type RefusalReason =
  | ActionRefusal["kind"]
  | "sign_in_first"
  | "csrf"
  | "role_forbidden"
  | "cookies_needed"
  | "too_many_sign_ins"
  | "wrong_password"
  | "own_request"
  | "not_waiting"
  | "idempotency_conflict"
  | "dispute_decided"
  | "dispute_from_provider"
  | "evidence_not_open"
  | "user_exists"
  | "self_change"
  | "channel_from_env"
  | "cannot_send"
  | "limit_too_large"
  | "demo_only"
  | "hostile_input";

/** The figures a refusal's words need: names as in the message, money in minor units with its currency. */
export type RefusalParams = Readonly<Record<string, string | number | bigint | null>>;
