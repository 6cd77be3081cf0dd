// The only module that reads process.env: every setting, its default, validated once at start-up.
import { LANGUAGES } from "@paylens/domain/languages";
import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

export const envSchema = z.object({
  PORT: positiveInt(3000),
  HOST: z.string().default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // PostgreSQL connections per server: webhook inserts, the inbox worker's lanes and the rest share them (docs/performance.md).
  PAYLENS_DB_POOL_SIZE: z.coerce.number().int().min(4).max(200).default(10),
  PAYLENS_DATA_DIR: z.string().default("./.paylens"),
  PAYLENS_ACCOUNTS_FILE: z.string().optional(),
  PAYLENS_PUBLIC_URL: z.string().url().optional(),
  PAYLENS_SANDBOX_PORT: positiveInt(4100),
  PAYLENS_DEMO_RATE: z.coerce.number().min(0).max(500).default(1),
  PAYLENS_DEMO_BACKFILL: positiveInt(6000),
  // Unset: the demo wiring's own span (sandbox traffic/backfill.ts BACKFILL_DAYS, 120).
  PAYLENS_DEMO_BACKFILL_DAYS: z.coerce.number().int().min(1).optional(),
  PAYLENS_DEMO_TIME_SCALE: z.coerce.number().positive().default(60),
  PAYLENS_POLL_FIRST_DELAY_MS: positiveInt(15_000),
  PAYLENS_WEBHOOK_SLO_MS: positiveInt(60_000),
  // Providers resend an unacknowledged notification for hours (docs/providers/): three days leaves room for an outage.
  PAYLENS_WEBHOOK_REPLAY_WINDOW_S: positiveInt(72 * 3600),
  PAYLENS_ALERT_WINDOW_MS: positiveInt(300_000),
  PAYLENS_ALERT_EVERY_MS: positiveInt(15_000),
  // A payment still without its final notification this long (or 20 × its provider's median lag, if longer) is overdue.
  PAYLENS_ALERT_MISSING_AFTER_MS: positiveInt(180_000),
  // ...but never later than this, however slow the provider usually is (a provider that is always late still alerts).
  PAYLENS_ALERT_MISSING_MAX_MS: positiveInt(3_600_000),
  // A scheduled report's CSV above this many bytes is not sent (mail servers refuse large attachments): the run fails.
  PAYLENS_REPORT_MAX_BYTES: positiveInt(10_000_000),
  PAYLENS_ALERT_WEBHOOK_URL: z
    .string()
    .url()
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Standard Webhooks keys are "whsec_" and base64 of at least 24 random bytes.
  PAYLENS_ALERT_WEBHOOK_SECRET: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, "a Standard Webhooks secret: whsec_ and base64 of 24 bytes or more")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // The language of alert messages to people (Slack, e-mail, a channel's test); the console follows each user's own.
  PAYLENS_ALERT_LANGUAGE: z.enum(LANGUAGES).default("en"),
  PAYLENS_WEB_DIST: z.string().optional(),
  PAYLENS_API_TOKEN: z.string().optional(),
  PAYLENS_DEBUG_ERRORS: z
    .enum(["0", "1"])
    .default("0")
    .transform((v) => v === "1"),
  // Retired: refund approval limits are per currency, set in Settings (packages/domain refund-approval.ts).
  PAYLENS_REFUND_APPROVAL_ABOVE: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof envSchema>;

// A webhook channel without its key would send unsigned alerts that receivers cannot trust.
const checkedEnvSchema = envSchema
  .refine((env) => !env.PAYLENS_ALERT_WEBHOOK_URL || env.PAYLENS_ALERT_WEBHOOK_SECRET, {
    message: "PAYLENS_ALERT_WEBHOOK_URL needs PAYLENS_ALERT_WEBHOOK_SECRET",
    path: ["PAYLENS_ALERT_WEBHOOK_SECRET"],
  })
  // Ignoring an old one-number limit would quietly loosen a deployment's approvals: refuse, and say what replaced it.
  .refine((env) => env.PAYLENS_REFUND_APPROVAL_ABOVE === undefined, {
    message: "no longer read: refund approval limits are set per currency in Settings (defaults about USD 500 each)",
    path: ["PAYLENS_REFUND_APPROVAL_ABOVE"],
  });

/** What is wrong with these settings, one line each; empty when they are good. */
export function envProblems(source: Record<string, string | undefined>): string[] {
  const parsed = checkedEnvSchema.safeParse(source);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

/** Parses the environment; on bad values prints every problem and exits, so nothing starts half-configured. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = checkedEnvSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = envProblems(source)
    .map((problem) => `  ${problem}`)
    .join("\n");
  process.stderr.write(`Paylens cannot start, bad settings:\n${problems}\n`);
  process.exit(1);
}
