// An audit entry's before/after JSON as readable rows: one per field, money in its currency, nothing as a raw blob.
import { t } from "../i18n/index.ts";
import { auditFieldWords } from "./audit-words.ts";
import { formatMoney } from "./format-money.ts";

export interface ChangeRow {
  field: string;
  before: string | null;
  after: string | null;
}

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null;

/** "needsApproval" → "Needs approval", "amountMinor" → "Amount": the catalogue's words, else the key in words. */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/Minor$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return auditFieldWords(key, words.charAt(0).toUpperCase() + words.slice(1));
}

function show(key: string, value: unknown, currency: string | null): string | null {
  if (value === null || value === undefined) return null;
  if (
    key.endsWith("Minor") &&
    currency &&
    (typeof value === "string" || typeof value === "number") &&
    /^-?\d+$/.test(String(value))
  ) {
    return formatMoney(BigInt(String(value)), currency, { display: "code" });
  }
  if (typeof value === "boolean") return value ? t("audit.yes") : t("audit.no");
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

/** Rows for every field either side has a value for, in the order they first appear; the currency goes into the amounts. */
export function auditChanges(before: unknown, after: unknown): ChangeRow[] {
  const b = asObject(before) ?? {};
  const a = asObject(after) ?? {};
  const currency =
    typeof a["currency"] === "string" ? a["currency"] : typeof b["currency"] === "string" ? b["currency"] : null;
  const hasAmount = Object.keys({ ...b, ...a }).some((key) => key.endsWith("Minor"));
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((key) => !(key === "currency" && hasAmount));
  return keys
    .map((key) => ({ field: fieldLabel(key), before: show(key, b[key], currency), after: show(key, a[key], currency) }))
    .filter((row) => row.before !== null || row.after !== null);
}
