// Request validation the way the gateway words it: Rails-style field errors, HTTP 422, E.1025. Lenient on what SDKs send
// (PHP: every key, nulls, empty arrays, exp_year number + exp_month string; connector: "" for unknown address parts).
import type { Customer } from "./store.ts";

export type ErrorTree = { [field: string]: string[] | ErrorTree };

export interface ValidationError {
  code: string;
  message: string;
  errors: ErrorTree | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ValidationError };

export interface CardRequest {
  amount: number;
  currency: string;
  description: string;
  trackingId: string | null;
  notificationUrl: string | null;
  returnUrl: string | null;
  language: string;
  test: boolean;
  duplicateCheck: boolean;
  card: {
    number: string | null;
    token: string | null;
    cvc: string | null;
    holder: string | null;
    expMonth: number | null;
    expYear: number | null;
    skipThreeDs: boolean;
  };
  customer: Customer;
  browser: Record<string, unknown> | null;
  contract: string[] | null;
  merchantInitiated: boolean;
  expectedBankCode: string | null;
}

export interface ChildRequest {
  parentUid: string;
  amount: number;
  currency: string | null;
  reason: string | null;
  duplicateCheck: boolean;
  notificationUrl: string | null;
}

type Issue = { path: string[]; text: string };

function record(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Strings and numbers as text; null/""/arrays/objects as absent. */
function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function flag(value: unknown, fallback: boolean): boolean {
  if (value === true || value === "true" || value === 1 || value === "1") return true;
  if (value === false || value === "false" || value === 0 || value === "0") return false;
  return fallback;
}

function humanize(path: string[]): string {
  const words = path.join(" ").replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function toError(issues: Issue[]): ValidationError {
  const errors: ErrorTree = {};
  for (const issue of issues) {
    let node: ErrorTree = errors;
    issue.path.forEach((key, index) => {
      if (index === issue.path.length - 1) {
        const list = node[key];
        node[key] = Array.isArray(list) ? [...list, issue.text] : [issue.text];
        return;
      }
      const next = node[key];
      const child: ErrorTree = next && !Array.isArray(next) ? next : {};
      node[key] = child;
      node = child;
    });
  }
  const message = issues.map((issue) => `${humanize(issue.path)} ${issue.text}.`).join(" ");
  return { code: "E.1025", message, errors };
}

/** The body must be a JSON object with a top-level `request` object. */
export function unwrapRequest(body: unknown): Parsed<Record<string, unknown>> {
  const inner = record(record(body)?.request);
  if (inner) return { ok: true, value: inner };
  return {
    ok: false,
    error: { code: "E.1017", message: "Request section missing.", errors: { request: ["can't be blank"] } },
  };
}

function amountOf(value: unknown, issues: Issue[]): number {
  if (value === null || value === undefined || value === "") {
    issues.push({ path: ["amount"], text: "can't be blank" });
    return 0;
  }
  const n = typeof value === "string" && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isSafeInteger(n)) {
    issues.push({ path: ["amount"], text: "is not a number" });
    return 0;
  }
  if (n <= 0) issues.push({ path: ["amount"], text: "must be greater than 0" });
  return n;
}

function currencyOf(value: unknown, issues: Issue[], required: boolean): string | null {
  const raw = text(value);
  if (!raw) {
    if (required) issues.push({ path: ["currency"], text: "can't be blank" });
    return null;
  }
  const upper = raw.toUpperCase();
  if (!/^[A-Z]{3}$/.test(upper)) issues.push({ path: ["currency"], text: "is invalid" });
  return upper;
}

function limited(value: unknown, path: string[], issues: Issue[], max = 255): string | null {
  const raw = text(value);
  if (raw && raw.length > max) issues.push({ path, text: `is too long (maximum is ${max} characters)` });
  return raw;
}

function urlOf(value: unknown, path: string[], issues: Issue[]): string | null {
  const raw = text(value);
  if (!raw) return null;
  if (!/^https?:\/\/[^\s]+$/i.test(raw)) issues.push({ path, text: "is invalid" });
  return raw;
}

function cardOf(request: Record<string, unknown>, issues: Issue[]): CardRequest["card"] {
  const card = record(request.credit_card);
  const empty = {
    number: null,
    token: null,
    cvc: null,
    holder: null,
    expMonth: null,
    expYear: null,
    skipThreeDs: false,
  };
  if (!card) {
    issues.push({ path: ["credit_card"], text: "can't be blank" });
    return empty;
  }
  const token = text(card.token);
  const rawNumber = text(card.number)?.replace(/[\s-]/g, "") ?? null;
  if (!rawNumber && !token) issues.push({ path: ["credit_card", "number"], text: "can't be blank" });
  if (rawNumber && !/^\d{12,19}$/.test(rawNumber)) issues.push({ path: ["credit_card", "number"], text: "is invalid" });

  let expMonth: number | null = null;
  let expYear: number | null = null;
  const month = text(card.exp_month);
  const year = text(card.exp_year);
  if (rawNumber) {
    if (!month) issues.push({ path: ["credit_card", "exp_month"], text: "can't be blank" });
    if (!year) issues.push({ path: ["credit_card", "exp_year"], text: "can't be blank" });
  }
  if (month) {
    expMonth = /^\d{1,2}$/.test(month) ? Number(month) : NaN;
    if (!(expMonth >= 1 && expMonth <= 12)) issues.push({ path: ["credit_card", "exp_month"], text: "is invalid" });
  }
  if (year) {
    const n = /^\d{2}$|^\d{4}$/.test(year) ? Number(year) : NaN;
    expYear = n < 100 ? 2000 + n : n;
    if (!(expYear >= 2000 && expYear <= 2099)) issues.push({ path: ["credit_card", "exp_year"], text: "is invalid" });
  }
  const cvc = text(card.verification_value);
  if (cvc && !/^\d{3,4}$/.test(cvc)) issues.push({ path: ["credit_card", "verification_value"], text: "is invalid" });
  return {
    number: rawNumber,
    token,
    cvc,
    holder: limited(card.holder, ["credit_card", "holder"], issues),
    expMonth,
    expYear,
    skipThreeDs: flag(card.skip_three_d_secure_verification, false),
  };
}

function customerOf(request: Record<string, unknown>, issues: Issue[]): Customer {
  const customer = record(request.customer) ?? {};
  const billing = record(request.billing_address) ?? {};
  const email = text(customer.email);
  if (email && !/^[^@\s]+@[^@\s]+$/.test(email)) issues.push({ path: ["customer", "email"], text: "is invalid" });
  const country = text(billing.country)?.toUpperCase() ?? null;
  if (country && !/^[A-Z]{2}$/.test(country)) issues.push({ path: ["billing_address", "country"], text: "is invalid" });
  return {
    ip: text(customer.ip),
    email,
    device_id: text(customer.device_id),
    birth_date: text(customer.birth_date),
    first_name: text(billing.first_name),
    last_name: text(billing.last_name),
    address: text(billing.address),
    country,
    city: text(billing.city),
    zip: text(billing.zip),
    state: text(billing.state),
    phone: text(billing.phone),
  };
}

export function validateCardRequest(request: Record<string, unknown>): Parsed<CardRequest> {
  const issues: Issue[] = [];
  const amount = amountOf(request.amount, issues);
  const currency = currencyOf(request.currency, issues, true) ?? "";
  const description = limited(request.description, ["description"], issues);
  if (!description) issues.push({ path: ["description"], text: "can't be blank" });
  const trackingId = limited(request.tracking_id, ["tracking_id"], issues);
  const notificationUrl = urlOf(request.notification_url, ["notification_url"], issues);
  const returnUrl = urlOf(request.return_url, ["return_url"], issues);
  const card = cardOf(request, issues);
  const customer = customerOf(request, issues);
  const additional = record(request.additional_data) ?? {};
  const contract = Array.isArray(additional.contract)
    ? additional.contract.filter((c): c is string => typeof c === "string")
    : [];
  const cardOnFile = record(additional.card_on_file);
  if (issues.length > 0) return { ok: false, error: toError(issues) };
  return {
    ok: true,
    value: {
      amount,
      currency,
      description: description ?? "",
      trackingId,
      notificationUrl,
      returnUrl,
      language: text(request.language) ?? "en",
      test: flag(request.test, false),
      duplicateCheck: flag(request.duplicate_check, true),
      card,
      customer,
      browser: record(additional.browser),
      contract: contract.length > 0 ? contract : null,
      merchantInitiated: cardOnFile?.initiator === "merchant" || contract.includes("unscheduled"),
      expectedBankCode: text(additional.expected_bank_code),
    },
  };
}

export function validateChildRequest(request: Record<string, unknown>, needsReason: boolean): Parsed<ChildRequest> {
  const issues: Issue[] = [];
  const parentUid = text(request.parent_uid);
  if (!parentUid) issues.push({ path: ["parent_uid"], text: "can't be blank" });
  const amount = amountOf(request.amount, issues);
  const currency = currencyOf(request.currency, issues, false);
  const reason = limited(request.reason, ["reason"], issues);
  if (needsReason && !reason) issues.push({ path: ["reason"], text: "can't be blank" });
  const notificationUrl = urlOf(request.notification_url, ["notification_url"], issues);
  if (issues.length > 0 || !parentUid) return { ok: false, error: toError(issues) };
  return {
    ok: true,
    value: {
      parentUid,
      amount,
      currency,
      reason,
      duplicateCheck: flag(request.duplicate_check, true),
      notificationUrl,
    },
  };
}

/** A single-field error in the same shape, for rules checked after parsing (parent state, amounts). */
export function fieldError(path: string[], textValue: string): ValidationError {
  return toError([{ path, text: textValue }]);
}

/** A non-field error: `{"message":"transaction can't be refunded","errors":{"base":[…]}}` (D-err). */
export function baseError(message: string): ValidationError {
  return { code: "E.1025", message, errors: { base: [message] } };
}

/** A card whose expiry month has passed: status `error`, E.1025, message "Date is expired" (docs/providers/begateway.md §3.2). */
export function expiredCardError(): ValidationError {
  return { code: "E.1025", message: "Date is expired", errors: { credit_card: { date: ["is expired"] } } };
}
