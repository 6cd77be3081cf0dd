// Display names for the enumerations the API speaks. Records keyed by the API's own unions, so a new value is a type error
// here. Providers (ids, names, colours, id kinds) come from the providers' catalogue, never from a copy.
import { NORMALIZED_REASONS } from "@paylens/codes/reasons";
import { isRole } from "@paylens/domain/roles";
import { idLabel, PROVIDER_IDS, providerDefinitions, type IdColumn, type ProviderId } from "@paylens/providers/catalog";
import { activeLocale, i18n } from "../i18n/index.ts";
import type { RouterInputs } from "../trpc.ts";

type ListInput = RouterInputs["transactions"]["list"];
export type TransactionStatus = NonNullable<ListInput["status"]>[number];
export type { ProviderId };
export { providerName } from "@paylens/providers/catalog";

export const PROVIDERS: readonly ProviderId[] = PROVIDER_IDS;

/** "A, B, and C": every provider's name, for sentences. */
export function providerNamesInWords(): string {
  return new Intl.ListFormat(activeLocale(), { type: "conjunction" }).format(
    providerDefinitions().map((p) => p.displayName),
  );
}

// Keyed by the API's union, so a new status is a type error here; the words are the catalogue's.
const STATUS_KEYS: Record<TransactionStatus, true> = {
  pending: true,
  incomplete: true,
  successful: true,
  failed: true,
  expired: true,
  error: true,
};

export const TRANSACTION_STATUSES = Object.keys(STATUS_KEYS) as TransactionStatus[];

export function statusLabel(status: string): string {
  return status in STATUS_KEYS ? i18n.t(`common.status.${status as TransactionStatus}`) : humanize(status);
}

/** A role's name in the console's language. */
export function roleLabel(role: string): string {
  return isRole(role) ? i18n.t(`common.role.${role}`) : humanize(role);
}

/** "insufficient_funds" → "Insufficient funds": the catalogue's words where it has them (types, decline reasons). */
export function humanize(slug: string): string {
  const key = `vocab.${slug.toLowerCase()}`;
  if (i18n.exists(key)) return i18n.t(key as "vocab.payment");
  const text = slug.replace(/[_-]+/g, " ").trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `label` as the catalogue's `area` words it, keyed by its slug ("3-D Secure" → "3_d_secure"); else as sent. */
function catalogued(area: string, label: string): string {
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  const key = `${area}.${slug}`;
  return i18n.exists(key) ? i18n.t(key as "common.copy") : label;
}

/** A provider service ("Card processing", "3-D Secure") as the console's language names it; unknown ones as sent. */
export function serviceLabel(service: string): string {
  return catalogued("codes.services", service);
}

/** A provider's name for one of its ids in the console's language; an API field name ("paymentId") stays as it is. */
export function idWords(label: string): string {
  return catalogued("common.idName", label);
}

/** What a provider calls the id in a column ("paymentId", "Tracking ID"), in the console's language. */
export function idName(provider: string, column: IdColumn): string {
  return idWords(idLabel(provider, column));
}

const LETTERS = new Set(["S", "F", "P", "E"] as const);

/** The outcome letter (S, F, P, E: every provider's codes decode into one) in words. */
export function outcomeLetterMeaning(letter: string | null | undefined): string | null {
  if (!letter) return null;
  const key = letter.toUpperCase() as "S";
  return LETTERS.has(key) ? i18n.t(`common.letter.${key}`) : null;
}

/** Normalized decline reasons (@paylens/codes' vocabulary), offered by the reason filter. */
export const DECLINE_REASONS = NORMALIZED_REASONS;

// Common values offered by the filter controls; any other value can still be typed.
export const COMMON_METHODS = [
  "credit_card",
  "alipay",
  "alipay_cn",
  "alipay_hk",
  "wechatpay",
  "unionpay",
  "paypal",
  "venmo",
  "gcash",
] as const;
// Ingest keeps one name per brand (domain/card.ts normalizeBrand); "master" stays for rows stored before it did.
export const COMMON_BRANDS = ["visa", "mastercard", "master", "amex", "discover", "jcb", "unionpay"] as const;
export const COMMON_CURRENCIES = ["EUR", "USD", "GBP", "PLN", "JPY", "CNY", "AUD"] as const;
export const COMMON_COUNTRIES = ["US", "GB", "DE", "FR", "LT", "PL", "JP", "CN", "AU", "BR"] as const;
