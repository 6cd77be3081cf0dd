// Full card numbers (PANs) and security codes must never be stored, logged, exported or shown (PCI DSS requirement 3).
// This file is the one definition of what a card number and a security code look like; `card-body.ts` applies it to
// whole webhook bodies. Every entry (webhooks, provider answers, reports, API inputs, logs) redacts with these.

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

// What card schemes issue: prefix and length (Visa, Mastercard, Amex, Discover, JCB, Diners, UnionPay, Maestro). A
// timestamp (20261203211630) or a batch id passes Luhn one time in ten, but no scheme issues it.
const SCHEMES: ReadonlyArray<readonly [RegExp, number, number]> = [
  [/^4/, 13, 19],
  [/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/, 16, 16],
  [/^3[47]/, 15, 15],
  [/^(6011|65|64[4-9])/, 16, 19],
  [/^35(2[89]|[3-8]\d)/, 16, 19],
  [/^3(0[0-5]|[689])/, 14, 19],
  [/^62/, 16, 19],
  [/^(50|5[6-9]|6\d)/, 13, 19],
];

/** The fewest digits a card number has (schemes issue 13 to 19). */
const PAN_MIN_DIGITS = 13;

/** A full card number: 13–19 digits, a prefix and length a scheme issues, and a valid Luhn check digit. */
export function isPan(digits: string): boolean {
  if (digits.length < PAN_MIN_DIGITS || digits.length > 19) return false;
  return (
    SCHEMES.some(([prefix, min, max]) => digits.length >= min && digits.length <= max && prefix.test(digits)) &&
    luhnValid(digits)
  );
}

/** 420000******0000: the BIN (first 6) and the last 4, nothing else. */
export function maskDigits(digits: string): string {
  return `${digits.slice(0, 6)}${"*".repeat(digits.length - 10)}${digits.slice(-4)}`;
}

// Digits, with at most one space, dash or dot between them: 4111 1111 1111 1111, 5555-5555-5555-4444, 4111.1111…
const DIGIT_GROUPS = /(?<![0-9])[0-9]+(?:[ .-][0-9]+)*(?![0-9])/g;

/** Each card number in a run of digit groups, as [first group, last group]: it starts and ends on group edges. */
function pansIn(groups: string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (let start = 0; start < groups.length; start++) {
    let digits = "";
    for (let end = start; end < groups.length; end++) {
      digits += groups[end];
      if (digits.length > 19) break;
      if (isPan(digits)) {
        found.push([start, end]);
        start = end;
        break;
      }
    }
  }
  return found;
}

function maskRun(run: string): string {
  const groups = run.split(/[ .-]/);
  const seps = run.match(/[ .-]/g) ?? [];
  const pans = pansIn(groups);
  if (pans.length === 0) return run;
  let out = "";
  let next = 0;
  for (const [start, end] of pans) {
    for (let g = next; g < start; g++) out += (groups[g] as string) + (seps[g] ?? "");
    out += maskDigits(groups.slice(start, end + 1).join("")) + (seps[end] ?? "");
    next = end + 1;
  }
  for (let g = next; g < groups.length; g++) out += (groups[g] as string) + (seps[g] ?? "");
  return out;
}

// A UUID's hex holds digit runs that pass as a card number about once in a thousand ("38752620-6501-428f-…" reads as
// a Diners number): it is an identifier, never a card, so the parts between UUIDs are scanned, not the UUIDs.
const UUID = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** The text split around UUIDs: even places are text, odd places UUIDs. */
const aroundUuids = (text: string): string[] => text.split(UUID);

/** Masks every card number in a text, written plain or with spaces, dashes or dots between the digit groups. */
export function maskPans(text: string): string {
  return aroundUuids(text)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(DIGIT_GROUPS, maskRun)))
    .join("");
}

/** True when the text holds a full card number, however its groups are separated. */
export function containsPan(text: string): boolean {
  return aroundUuids(text).some(
    (part, i) =>
      i % 2 === 0 && [...part.matchAll(DIGIT_GROUPS)].some((match) => pansIn(match[0].split(/[ .-]/)).length > 0),
  );
}

/**
 * Field names whose value is a card security code, compared without case, `_`, `-` or spaces (cardCvv = card_cvv).
 * The value is dropped wherever the field is, however deep. One list: a new name is added here, with its test.
 */
export const SECURITY_CODE_FIELDS = [
  "cvv",
  "cvv2",
  "cvc",
  "cvc2",
  "cvn",
  "cvn2",
  "cvd",
  "cav2",
  "csc",
  "cardcvv",
  "cardcvv2",
  "cardcvc",
  "cardcvc2",
  "cardcsc",
  "cvvcode",
  "cvccode",
  "cvvnumber",
  "cvcnumber",
  "securitycode",
  "cardsecuritycode",
  "cardsecuritynumber",
  "verificationvalue",
  "cardverificationvalue",
  "cardverificationcode",
  "cardcode",
] as const;

const SECURITY_CODE_SET: ReadonlySet<string> = new Set(SECURITY_CODE_FIELDS);

// Field names repeat from body to body (every webhook of a provider has the same): each is compared once. Bounded, as
// hostile bodies can bring any number of new ones.
const SECURITY_CODE_ANSWERS = new Map<string, boolean>();
const REMEMBERED_NAMES = 4096;

export function isSecurityCodeField(name: string): boolean {
  let answer = SECURITY_CODE_ANSWERS.get(name);
  if (answer === undefined) {
    answer = SECURITY_CODE_SET.has(name.toLowerCase().replace(/[\s_-]+/g, ""));
    if (SECURITY_CODE_ANSWERS.size >= REMEMBERED_NAMES) SECURITY_CODE_ANSWERS.clear();
    SECURITY_CODE_ANSWERS.set(name, answer);
  }
  return answer;
}

/** What a dropped security code is replaced with where the structure needs a value. */
export const REDACTED = "***";

// "cvc2 737", "CVV: 123", "security code=1234", and the same inside embedded JSON (\"cvv\":\"123\").
const CODE_IN_TEXT =
  /\b(cvv2?|cvc2?|cvn2?|csc|cav2|security[ _-]?code|card[ _-]?code)\b([^0-9A-Za-z]{0,6})([0-9]{3,4})(?![0-9])/gi;

/** The fewest digits in a row a security code after its name has (CODE_IN_TEXT). */
const CODE_MIN_DIGITS = 3;

const isDigitAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * What card data a text could hold, from one pass over it without a regular expression: "pan" when a run of digit
 * groups (as DIGIT_GROUPS reads them) has a card number's digits, "code" when only a security code after its name
 * could be there (CODE_MIN_DIGITS digits in a row), "none" otherwise. Most field names and values are "none" (the
 * webhook path), and dates and amounts at most "code".
 */
function cardDataShape(text: string): "none" | "code" | "pan" {
  let inRow = 0;
  let longestInRow = 0;
  let inRun = 0;
  for (let i = 0; i < text.length; i++) {
    if (isDigitAt(text, i)) {
      if (++inRun >= PAN_MIN_DIGITS) return "pan";
      longestInRow = Math.max(longestInRow, ++inRow);
      continue;
    }
    inRow = 0;
    const c = text.charCodeAt(i);
    // One space, dot or dash between digits continues the run of groups.
    if (inRun > 0 && (c === 32 || c === 46 || c === 45) && isDigitAt(text, i + 1)) continue;
    inRun = 0;
  }
  return longestInRow >= CODE_MIN_DIGITS ? "code" : "none";
}

/** A text with its card numbers masked and the digits after cvv / cvc / csc words removed. */
export function redactText(text: string): string {
  const shape = cardDataShape(text);
  if (shape === "none") return text;
  // Without a run of a card number's digits maskPans would change nothing: only the security-code words are looked for.
  const masked = shape === "pan" ? maskPans(text) : text;
  return masked.replace(CODE_IN_TEXT, (_all, word: string, between: string) => `${word}${between}${REDACTED}`);
}

/** True when a text still holds a card number or a security code written after its name. */
export function containsCardData(text: string): boolean {
  CODE_IN_TEXT.lastIndex = 0;
  return containsPan(text) || CODE_IN_TEXT.test(text);
}

/**
 * Card data out of any JSON-like value, at any depth: strings (keys too) redacted, security-code fields dropped.
 * `keep` names fields holding a provider's own identifiers, kept as sent when `isIdentifierToken`.
 */
export function redactCardData<T>(value: T, keep: ReadonlySet<string> = NO_FIELDS): T {
  return redactValue(value, keep, 0) as T;
}

/**
 * One token of letters, digits, "-" and "_", as providers write their ids ("46154-aba1cf5e57", 18 digits): a run of
 * its digits, across the dash too, can pass for a card number, and masking it breaks the id.
 */
export function isIdentifierToken(text: string): boolean {
  return /^[0-9A-Za-z_-]+$/.test(text);
}

const NO_FIELDS: ReadonlySet<string> = new Set();
// Deeper than any provider's payload; past it a value is replaced, not walked (a hostile body cannot overflow the stack).
const MAX_DEPTH = 64;

// A value with nothing to redact is given back as it is (a parsed body, most of the time): only the objects and arrays
// on the way to a change are copied, which spares the webhook path an allocation per field.
function redactValue(value: unknown, keep: ReadonlySet<string>, depth: number): unknown {
  if (typeof value === "string") return redactText(value);
  if (typeof value === "number" || typeof value === "bigint") {
    const digits = String(value);
    return isPan(digits) ? maskDigits(digits) : value;
  }
  if (!value || typeof value !== "object" || value instanceof Date) return value;
  if (depth >= MAX_DEPTH) return REDACTED;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const redacted = redactValue(item, keep, depth + 1);
      if (out === null && redacted !== item) out = value.slice(0, i);
      out?.push(redacted);
    }
    return out ?? value;
  }
  const prototype: unknown = Object.getPrototypeOf(value);
  const plain = prototype === Object.prototype || prototype === null;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  // Anything but a plain object is rebuilt as one, as before.
  let out: Record<string, unknown> | null = plain ? null : {};
  const copyUpTo = (end: number) => {
    const copy: Record<string, unknown> = {};
    for (let k = 0; k < end; k++) copy[keys[k] as string] = record[keys[k] as string];
    return copy;
  };
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] as string;
    const item = record[key];
    if (isSecurityCodeField(key)) {
      out ??= copyUpTo(k);
      continue;
    }
    const name = redactText(key);
    const redacted =
      keep.has(key) && typeof item === "string" && isIdentifierToken(item) ? item : redactValue(item, keep, depth + 1);
    if (out === null && (name !== key || redacted !== item)) out = copyUpTo(k);
    if (out) out[name] = redacted;
  }
  return out ?? value;
}

// Providers name brands their own way ("master", "MASTERCARD", "American Express"): one name each, so filters and charts agree.
const BRAND_ALIASES: Record<string, string> = {
  master: "mastercard",
  mc: "mastercard",
  americanexpress: "amex",
  american_express: "amex",
  dinersclub: "diners",
  diners_club: "diners",
  union_pay: "unionpay",
  cup: "unionpay",
};

export function normalizeBrand(brand: string | null | undefined): string | null {
  if (!brand) return null;
  const key = brand
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  return BRAND_ALIASES[key] ?? BRAND_ALIASES[key.replace(/_/g, "")] ?? key;
}
