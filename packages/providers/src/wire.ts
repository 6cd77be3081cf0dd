// Field schemas for provider payloads, as lenient as the providers are: nulls, numbers as strings and the other way
// round. An optional field that is missing or of another kind reads as null; each mapping refuses what it needs.
import { z } from "zod";
import { PayloadError } from "./connector.ts";

// The field readers are plain functions (`z.transform`): a field schema of unions, `.nullish()` and `.catch()`
// costs several zod steps (and, when caught, an issue object) per field of every webhook, and a notification has dozens
// of fields, most of them absent (docs/performance.md). Each never fails: what it cannot read is null.

/** A non-empty string, or a number written out; anything else reads as null. */
export function readText(value: unknown): string | null {
  if (typeof value === "string") return value || null;
  return typeof value === "number" && Number.isFinite(value) ? String(value) : null;
}

/** A whole number (a safe integer), also when written as up to 15 digits; anything else reads as null. */
export function readWhole(value: unknown): number | null {
  if (typeof value === "number") return Number.isSafeInteger(value) ? value : null;
  return typeof value === "string" && /^-?\d{1,15}$/.test(value) ? Number(value) : null;
}

/** An integer of minor units, or a string of digits; a decimal or anything else reads as null. */
export function readMinorUnits(value: unknown): bigint | null {
  if (typeof value === "number") return Number.isSafeInteger(value) ? BigInt(value) : null;
  if (typeof value !== "string") return null;
  const digits = value.trim();
  return /^-?\d+$/.test(digits) ? BigInt(digits) : null;
}

/** A time as ISO 8601 text or epoch milliseconds; unparseable reads as null. */
export function readInstant(value: unknown): Date | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
}

export const text = z.transform(readText);
export const whole = z.transform(readWhole);
export const minorUnits = z.transform(readMinorUnits);
export const instant = z.transform(readInstant);

const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** A JSON object kept as sent (for raw storage and the card-data guard). */
export const jsonObject = z.record(z.string(), z.unknown());

/** A body that must be a JSON object. */
export const jsonBody = z.record(z.string(), z.unknown(), { error: "body is not a JSON object" });

/** A JSON object as sent, or null for anything else. */
export const objectOrNull = jsonObject.nullish().transform(orNull).catch(null);

/** A nested object read by `shape`, or null when the field is missing or not an object. */
export function section<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.object(shape).nullish().transform(orNull).catch(null);
}

/** The items of a list that `item` reads; a missing list is empty and items of another kind are left out. */
export function listOf<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .nullish()
    .catch([])
    .transform((items) =>
      (items ?? []).flatMap((value) => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data as z.output<T>] : [];
      }),
    );
}

// A notification is read twice in a row: as a dispute, then (when it is none) as a transaction (`parseNotification`).
// The last text's parse is kept, so a body is parsed once; the mappers only read what they are given.
let lastJson: { text: string; value: unknown } | null = null;

/** JSON.parse, with a PayloadError for what is not JSON; the same text twice in a row is parsed once. */
export function readJson(text: string): unknown {
  if (lastJson?.text === text) return lastJson.value;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new PayloadError("body is not valid JSON");
  }
  lastJson = { text, value };
  return value;
}

/** Reads `value` with `schema`, or throws a PayloadError naming the first problem. */
export function readPayload<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new PayloadError(parsed.error.issues[0]?.message ?? "body is not readable");
  return parsed.data;
}
