// Field schemas for provider payloads, as lenient as the providers are: nulls, numbers as strings and the other way
// round. An optional field that is missing or of another kind reads as null; each mapping refuses what it needs.
import { z } from "zod";
import { PayloadError } from "./connector.ts";

// A missing field is let through as null before `.catch`: a caught failure builds a zod issue (an error object with a
// stack of paths), which was a tenth of the webhook path's CPU when most optional fields are absent (docs/performance.md).
const orNull = <T>(value: T | null | undefined): T | null => value ?? null;

/** A non-empty string, or a number written out; anything else reads as null. */
export const text = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => (typeof value === "number" ? String(value) : value || null))
  .catch(null);

/** A whole number (a safe integer), also when written as up to 15 digits; anything else reads as null. */
export const whole = z
  .union([
    z.int(),
    z
      .string()
      .regex(/^-?\d{1,15}$/)
      .transform(Number),
  ])
  .nullish()
  .transform(orNull)
  .catch(null);

/** An integer of minor units, or a string of digits; a decimal or anything else reads as null. */
export const minorUnits = z
  .union([
    z.int().transform(BigInt),
    z
      .string()
      .trim()
      .regex(/^-?\d+$/)
      .transform(BigInt),
  ])
  .nullish()
  .transform(orNull)
  .catch(null);

/** A time as ISO 8601 text or epoch milliseconds; unparseable reads as null. */
export const instant = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((value) => {
    if (value === null || value === undefined) return null;
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? null : at;
  })
  .catch(null);

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

/** Reads `value` with `schema`, or throws a PayloadError naming the first problem. */
export function readPayload<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new PayloadError(parsed.error.issues[0]?.message ?? "body is not readable");
  return parsed.data;
}
