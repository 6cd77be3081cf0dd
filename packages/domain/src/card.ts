// Full card numbers must never be stored, logged or sent to the browser. These helpers find and mask them.

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

const DIGIT_RUN = /(?<!\d)\d{13,19}(?!\d)/g;

/** Keeps the first 6 and last 4 digits of every Luhn-valid 13–19 digit run, e.g. 420000******0000. */
export function maskPans(text: string): string {
  return text.replace(DIGIT_RUN, (run) =>
    luhnValid(run) ? `${run.slice(0, 6)}${"*".repeat(run.length - 10)}${run.slice(-4)}` : run,
  );
}

/** True when the text holds something that looks like a full card number. */
export function containsPan(text: string): boolean {
  for (const match of text.matchAll(DIGIT_RUN)) if (luhnValid(match[0])) return true;
  return false;
}

/** Field names whose value is a card security code: never shown, whatever it holds. */
export const CVV_FIELD = /^(cvv|cvc|cvv2|verification_value|security_code)$/i;

/** Masks card numbers and drops CVV-like fields anywhere in a JSON-like value. */
export function maskCardData<T>(value: T): T {
  if (typeof value === "string") return maskPans(value) as T;
  if (Array.isArray(value)) return value.map((item) => maskCardData(item)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = CVV_FIELD.test(key) ? "***" : maskCardData(item);
    }
    return out as T;
  }
  return value;
}

// Providers name brands their own way (beGateway "master", Antom "MASTERCARD"): one name each, so filters and charts agree.
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
  const key = brand.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return BRAND_ALIASES[key] ?? BRAND_ALIASES[key.replace(/_/g, "")] ?? key;
}
