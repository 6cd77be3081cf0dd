// Finance inputs shared by the router and the CSV routes: days in a named time zone, and the account filters.
import { z } from "zod";
import { DAY_PATTERN, DEFAULT_TIME_ZONE, isTimeZone, nextDay, startOfDay } from "@paylens/domain/time-zone";

export const MAX_PERIOD_DAYS = 366;

export const day = z.string().regex(DAY_PATTERN, "a day is YYYY-MM-DD");
export const timeZone = z
  .string()
  .default(DEFAULT_TIME_ZONE)
  .refine(isTimeZone, { message: "not an IANA time zone (e.g. UTC, Europe/Warsaw)" });
const optionalText = z.string().trim().min(1).max(100).optional();

export const dimensionInput = z.object({
  provider: optionalText,
  accountId: optionalText,
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "a currency is three capital letters")
    .optional(),
});

export const periodInput = dimensionInput
  .extend({ from: day, to: day, timeZone })
  .refine((p) => p.from <= p.to && (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000 < MAX_PERIOD_DAYS, {
    message: `from must not be after to, and a period is at most ${MAX_PERIOD_DAYS} days`,
    path: ["to"],
  });

export type PeriodInput = z.infer<typeof periodInput>;

/** [from, to) instants of the days from..to inclusive, cut in the zone. */
export function periodBounds(p: Pick<PeriodInput, "from" | "to" | "timeZone">): { from: Date; to: Date } {
  return { from: startOfDay(p.from, p.timeZone), to: startOfDay(nextDay(p.to), p.timeZone) };
}

export const dayInput = dimensionInput.extend({ day, timeZone });
