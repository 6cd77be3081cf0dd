// The expiry is not a column: read it from the provider extras, else from the (masked) raw payload.

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function whole(value: unknown): number | null {
  const number = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === "number" && Number.isInteger(number) ? number : null;
}

function pick(source: Record<string, unknown> | null): { month: number; year: number } | null {
  if (!source) return null;
  const month = whole(source.expMonth ?? source.exp_month);
  const year = whole(source.expYear ?? source.exp_year);
  if (month === null || year === null || month < 1 || month > 12) return null;
  return { month, year: year < 100 ? 2000 + year : year };
}

/** "07/2027", or null when no source has a plausible month and year. */
export function cardExpiry(details: unknown, raw: unknown): string | null {
  const body = record(raw);
  const found =
    pick(record(details)) ??
    pick(record(body?.payment_method)) ??
    pick(record(body?.credit_card)) ??
    pick(record(body?.card));
  return found ? `${String(found.month).padStart(2, "0")}/${found.year}` : null;
}
