// The API's refusals in the console's language: by the reason the API names (domain/refusal-reasons.ts) with its figures
// in words (money through moneyText, statuses and kinds by the catalogue), else by the kind of error. The API's own
// messages are English: an English console shows them as they are where no reason is named.
import type { RefusalParams, RefusalReason } from "@paylens/domain/refusal-reasons";
import { activeLocale, i18n, type Catalogue } from "../i18n/index.ts";
import { kindLabel, stateWords } from "./action-words.ts";
import { moneyText } from "./format-money.ts";
import { humanize, providerName, roleLabel, statusLabel } from "./vocabulary.ts";

export interface RefusalData {
  code: string;
  requestId?: string | null;
  reason?: RefusalReason | null;
  params?: RefusalParams;
}

// Every reason the API names has its words in the catalogue: a new reason without them fails the typecheck here.
const everyReasonWorded: RefusalReason extends keyof Catalogue["errors"]["reason"] ? true : never = true;
void everyReasonWorded;

const CODES = new Set([
  "BAD_REQUEST",
  "UNAUTHORIZED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "PRECONDITION_FAILED",
  "TOO_MANY_REQUESTS",
  "INTERNAL_SERVER_ERROR",
] as const);
type Code = typeof CODES extends Set<infer C> ? C : never;

function money(minor: unknown, currency: unknown): string {
  if (typeof minor !== "bigint" || typeof currency !== "string") return String(minor ?? "");
  const text = moneyText(minor, currency, "headline", activeLocale());
  return text.code ? `${text.value} ${text.code}` : text.value;
}

/** The figures in words: "requestedMinor" → "requested" as money, statuses, kinds and roles as the console says them. */
function words(params: RefusalParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key.endsWith("Minor")) out[key.slice(0, -"Minor".length)] = money(value, params["currency"]);
    else out[key] = String(value ?? "");
  }
  const text = (key: string) => String(params[key] ?? "");
  if ("status" in params)
    out["status"] = i18n.exists(`disputeWords.status.${text("status")}`)
      ? i18n.t(`disputeWords.status.${text("status")}` as "disputeWords.closed")
      : statusLabel(text("status"));
  if ("type" in params) out["type"] = humanize(text("type")).toLowerCase();
  if ("action" in params) out["action"] = kindLabel(text("action")).toLowerCase();
  if ("state" in params) out["state"] = stateWords(text("state")).label.toLowerCase();
  if ("role" in params) out["role"] = roleLabel(text("role"));
  if ("provider" in params) out["provider"] = providerName(text("provider"));
  return out;
}

/** What a refusal says to the reader; `message` is the API's English. */
export function refusalText(data: RefusalData, message: string): string {
  if (data.reason)
    // Each reason's own placeholders are among the figures: typed as one of them, since the key is only known here.
    return i18n.t(
      `errors.reason.${data.reason}` as "errors.reason.role_forbidden",
      words(data.params ?? {}) as { role: string },
    );
  if (i18n.language === "en") return message;
  const code = CODES.has(data.code as Code) ? (data.code as Code) : null;
  return code ? i18n.t(`errors.code.${code}`, { requestId: data.requestId ?? "—" }) : i18n.t("errors.code.other");
}
