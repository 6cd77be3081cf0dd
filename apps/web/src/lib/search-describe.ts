// Search results in plain words: what a term means, what an identifier was matched as, and what was not found.
import { methodName } from "./format-card.ts";
import type { QueryToken } from "./query-text.ts";
import { idLabel, providerDefinitions, type IdColumn } from "@paylens/providers/catalog";
import { i18n } from "../i18n/index.ts";
import { humanize, providerName, statusLabel } from "./vocabulary.ts";

/** Each provider's own search keys, with its name for the id (`paymentid` → "paymentId"): from its definition. */
const PROVIDER_ID_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  providerDefinitions().flatMap((provider) =>
    [provider.ids.uid, provider.ids.tracking].flatMap((kind) => kind.searchKeys.map((key) => [key, kind.label])),
  ),
);

const ID_COLUMNS: ReadonlySet<string> = new Set<IdColumn>(["uid", "tracking", "ref"]);

/** The generic name of each way a search can match, in the console's language. */
function genericKindLabel(kind: string): string | null {
  switch (kind) {
    case "id":
    case "uid":
    case "tracking":
    case "rrn":
    case "auth":
    case "ref":
    case "network":
    case "email":
    case "bin":
      return i18n.t(`common.idKind.${kind}`);
    case "last4+amount":
      return i18n.t("common.idKind.last4Amount");
    default:
      return null;
  }
}

/**
 * "tracking" → "paymentRequestId" when the matched rows are Antom's: a provider's own id columns are named as its
 * definition names them (several providers: each name once); the other kinds by their generic name ("rrn" → "RRN").
 */
export function matchedByLabel(matchedBy: string, providers: readonly string[] = []): string {
  const kind = matchedBy.toLowerCase();
  const own = PROVIDER_ID_KEYS[kind];
  if (own) return own;
  if (ID_COLUMNS.has(kind) && providers.length > 0)
    return [...new Set(providers.map((provider) => idLabel(provider, kind as IdColumn)))].join(" / ");
  return genericKindLabel(kind) ?? matchedBy;
}

/** What a bare identifier most likely is, from its shape alone, for the not-found message. */
export function guessIdentifier(value: string): string | null {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return "email";
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return "id";
  if (/^\d{12}$/.test(value)) return "rrn";
  return null;
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  ...PROVIDER_ID_KEYS,
  provider: "Provider",
  status: "Status",
  reason: "Reason",
  code: "Code",
  bin: "BIN",
  last4: "Last 4",
  issuer: "Issuer",
  country: "Country",
  method: "Method",
  brand: "Brand",
  currency: "Currency",
  amount: "Amount",
  created: "Created",
  email: "E-mail",
  rrn: "RRN",
  account: "Account",
  uid: "UID",
  tracking: "Tracking ID",
  auth: "Auth code",
  type: "Type",
  test: "Test",
  dispute: "Dispute",
  order: "Order",
  date: "Created",
  bank: "Issuer",
};

const OP_TEXT: Readonly<Record<string, string>> = { ":": "", ">": "> ", ">=": "≥ ", "<": "< ", "<=": "≤ " };

function valueLabel(key: string, value: string): string {
  if (key === "provider") return providerName(value.toLowerCase());
  if (key === "status") return statusLabel(value.toLowerCase());
  if (key === "reason" || key === "type") return humanize(value);
  if (key === "method") return methodName(value);
  return value;
}

const GENERIC_ID_NAMES = new Set(["uid", "tracking id"]);
const plural = (label: string) => `${/^[A-Z][a-z]/.test(label) ? label.toLowerCase() : label}s`;

/** "X paymentIds and paymentRequestIds, …, ": each provider's own names for its ids, where not the generic ones. */
function providersOwnIds(): string {
  return providerDefinitions()
    .flatMap((provider) => {
      const own = [provider.ids.uid.label, provider.ids.tracking.label].filter(
        (label) => !GENERIC_ID_NAMES.has(label.toLowerCase()),
      );
      return own.length > 0 ? [`${provider.displayName} ${own.map(plural).join(" and ")}, `] : [];
    })
    .join("");
}

/** A chip's words: "Provider: A, B", "Not status: Failed", "Amount ≥ 100.00", "Identifier: 6000…". */
export function termLabel(token: QueryToken): { key: string; value: string } {
  if (token.key === null) return { key: token.negated ? "Not" : "Identifier", value: token.values.join(" ") };
  const name = KEY_LABELS[token.key] ?? token.key;
  const key = token.negated ? `Not ${name.toLowerCase()}` : name;
  const values = token.values.map((value) => valueLabel(token.key ?? "", value)).join(", ");
  return { key, value: `${OP_TEXT[token.op ?? ":"] ?? ""}${values || "…"}` };
}

export interface NotFound {
  title: string;
  hint: string;
}

/** The empty result of a search, said plainly: "No transaction with RRN 600000000777". */
export function notFoundMessage(tokens: readonly QueryToken[], matchedBy: string | null): NotFound {
  const bare = tokens.filter((token) => token.key === null && !token.negated);
  const last4 = tokens.find((token) => token.key === "last4" && !token.negated);
  const amount = tokens.find((token) => token.key === "amount" && !token.negated);
  if (matchedBy === "last4+amount" || (tokens.length === 2 && last4 && amount)) {
    return {
      title: `No transaction with a card ending ${last4?.values[0] ?? "…"} and amount ${amount?.values[0] ?? "…"}`,
      hint: "Check the amount as the customer was charged, in the payment's currency.",
    };
  }
  if (bare.length === 1 && tokens.length === 1) {
    const value = bare[0]?.values[0] ?? "";
    const kind = matchedBy ?? guessIdentifier(value);
    return {
      title: kind
        ? `No transaction with ${matchedByLabel(kind)} ${value}`
        : `No transaction with the identifier “${value}”`,
      hint: `Searched UIDs, tracking IDs, RRNs, auth codes, ${providersOwnIds()}and e-mails. Check for a typo, or ask the customer for another reference.`,
    };
  }
  return {
    title: "No transactions match this search",
    hint: "Remove a filter, widen the date range or check the spelling of the values.",
  };
}
