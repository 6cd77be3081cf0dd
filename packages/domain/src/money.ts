// Money is always an integer count of minor units beside its ISO-4217 currency: never a float.

export interface Money {
  amountMinor: bigint;
  currency: string;
}

// Exponents that differ from the default of 2 (the ISO-4217 table, as providers' SDKs ship it).
const EXPONENTS: Record<string, number> = {
  BIF: 0,
  BYR: 0,
  CLF: 0,
  CLP: 0,
  CVE: 0,
  DJF: 0,
  GNF: 0,
  IDR: 0,
  IQD: 0,
  IRR: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KPW: 0,
  KRW: 0,
  LAK: 0,
  LBP: 0,
  MMK: 0,
  PYG: 0,
  RWF: 0,
  SLL: 0,
  STD: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  MOP: 1,
  BHD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
};

export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

/** The currencies whose exponent is not 2, grouped by exponent: SQL compares amounts per row's own currency with these. */
export function nonDefaultExponents(): { exponent: number; currencies: string[] }[] {
  const groups = new Map<number, string[]>();
  for (const [currency, exponent] of Object.entries(EXPONENTS))
    groups.set(exponent, [...(groups.get(exponent) ?? []), currency]);
  return [...groups]
    .map(([exponent, currencies]) => ({ exponent, currencies }))
    .sort((a, b) => a.exponent - b.exponent);
}

export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value);
}

/** "12.30" for 1230 EUR, "-0.05" for -5 USD, "100" for 100 JPY. Exact: string arithmetic on the integer. */
export function formatMinor(amountMinor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const negative = amountMinor < 0n;
  const digits = (negative ? -amountMinor : amountMinor).toString().padStart(exponent + 1, "0");
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = exponent > 0 ? `.${digits.slice(digits.length - exponent)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** Parses a decimal string in major units ("100", "100.5", "100.50") into minor units; null if it has too many decimals. */
export function parseMajor(text: string, currency: string): bigint | null {
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const exponent = currencyExponent(currency);
  const fraction = match[3] ?? "";
  if (fraction.length > exponent) return null;
  const minor = BigInt((match[2] ?? "0") + fraction.padEnd(exponent, "0"));
  return match[1] ? -minor : minor;
}

/** Converts a provider's integer-like amount (number or string of minor units) to bigint; null when it is not a whole number. */
export function toMinor(value: unknown): bigint | null {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value.trim())) return BigInt(value.trim());
  return null;
}
