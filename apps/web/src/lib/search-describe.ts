// Search results in plain words: what a term means, what an identifier was matched as, and what was not found.
import { methodName } from "./format-card.ts";
import type { QueryToken } from "./query-text.ts";
import { idLabel, providerDefinitions, type IdColumn } from "@paylens/providers/catalog";
import { SEARCH_KEY_ALIASES, SEARCH_KEYS } from "@paylens/domain/search-keys";
import { i18n } from "../i18n/index.ts";
import { humanize, idWords, providerName, statusLabel } from "./vocabulary.ts";

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
 * "tracking" → "paymentRequestId" when the matched rows are one provider's whose definition calls it so: a provider's own id columns are named as its
 * definition names them (several providers: each name once); the other kinds by their generic name ("rrn" → "RRN").
 */
export function matchedByLabel(matchedBy: string, providers: readonly string[] = []): string {
  const kind = matchedBy.toLowerCase();
  const own = PROVIDER_ID_KEYS[kind];
  if (own) return idWords(own);
  if (ID_COLUMNS.has(kind) && providers.length > 0)
    return [...new Set(providers.map((provider) => idWords(idLabel(provider, kind as IdColumn))))].join(" / ");
  return genericKindLabel(kind) ?? matchedBy;
}

/** What a bare identifier most likely is, from its shape alone, for the not-found message. */
export function guessIdentifier(value: string): string | null {
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return "email";
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return "id";
  if (/^\d{12}$/.test(value)) return "rrn";
  return null;
}

// The search keys with words in the catalogue (transactions.chip): the search language's own (domain/search-keys.ts)
// and "order", which a transaction's related searches name; the other names people type share their key's words.
const CHIP_KEYS = [...SEARCH_KEYS, "order"] as const;
type ChipKey = (typeof CHIP_KEYS)[number];

/** A search key in words: the catalogue's, a provider's own name for its id, else the key as typed. */
function keyLabel(key: string): string {
  const known = (CHIP_KEYS as readonly string[]).includes(key) ? (key as ChipKey) : (SEARCH_KEY_ALIASES[key] ?? null);
  if (known) return i18n.t(`transactions.chip.${known}`);
  const own = PROVIDER_ID_KEYS[key];
  return own ? idWords(own) : key;
}

const OP_TEXT: Readonly<Record<string, string>> = { ":": "", ">": "> ", ">=": "≥ ", "<": "< ", "<=": "≤ " };

function valueLabel(key: string, value: string): string {
  if (key === "provider") return providerName(value.toLowerCase());
  if (key === "status") return statusLabel(value.toLowerCase());
  if (key === "reason" || key === "type") return humanize(value);
  if (key === "method") return methodName(value);
  return value;
}

const GENERIC_ID_NAMES = new Set(["uid", "tracking id"]);

/** "<provider> <uid label>, <tracking label>; …": each provider's own names for its ids, from its definition. */
function providersOwnIds(): string {
  return providerDefinitions()
    .flatMap((provider) => {
      const own = [provider.ids.uid.label, provider.ids.tracking.label].filter(
        (label) => !GENERIC_ID_NAMES.has(label.toLowerCase()),
      );
      return own.length > 0 ? [`${provider.displayName} ${own.map(idWords).join(", ")}`] : [];
    })
    .join("; ");
}

/** A chip's words: "Provider: A, B", "Status is not: Failed", "Amount ≥ 100.00", "Identifier: 6000…". */
export function termLabel(token: QueryToken): { key: string; value: string } {
  if (token.key === null)
    return {
      key: i18n.t(token.negated ? "transactions.chip.not" : "transactions.chip.identifier"),
      value: token.values.join(" "),
    };
  const name = keyLabel(token.key);
  const key = token.negated ? i18n.t("transactions.chip.notKey", { key: name }) : name;
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
      title: i18n.t("transactions.notFound.cardAmount", {
        last4: last4?.values[0] ?? "…",
        amount: amount?.values[0] ?? "…",
      }),
      hint: i18n.t("transactions.notFound.cardAmountHint"),
    };
  }
  if (bare.length === 1 && tokens.length === 1) {
    const value = bare[0]?.values[0] ?? "";
    const kind = matchedBy ?? guessIdentifier(value);
    return {
      title: kind
        ? i18n.t("transactions.notFound.byKind", { kind: matchedByLabel(kind), value })
        : i18n.t("transactions.notFound.byIdentifier", { value }),
      hint: i18n.t("transactions.notFound.identifierHint", { own: providersOwnIds() }),
    };
  }
  return { title: i18n.t("transactions.notFound.filters"), hint: i18n.t("transactions.notFound.filtersHint") };
}
