// Rules for what did not happen (issue 16). "missing-notifications": an account whose payments, started well beyond
// the provider's usual webhook lag ago, mostly still lack their final notification. "account-silent": an account that
// had steady traffic the day before and has had none for as long as would have brought several payments.
import type { Db } from "@paylens/db/client";
import type { FiringAlert } from "@paylens/db/queries/alerts";
import {
  type AccountTraffic,
  accountTraffic,
  type AwaitingCounts,
  awaitingNotifications,
  configuredProviders,
  usualWebhookLag,
} from "@paylens/db/queries/alerts-silence";
import { said } from "./alert-text.ts";

export interface SilenceConfig {
  /** A payment is overdue after this many times its provider's median webhook lag... */
  missingLagFactor: number;
  /** ...but never sooner than this (a 3-D Secure or wallet payment waits for its shopper first), never later than max. */
  missingMinWaitMs: number;
  missingMaxWaitMs: number;
  /** An account needs this many overdue payments, and this share of the span's payments overdue, to raise it. */
  missingMinPayments: number;
  missingMinShare: number;
  /** Silence counts once the baseline rate would have brought this many payments in it (Poisson: e^-10 ≈ 0.005 %)... */
  silentMinExpected: number;
  /** ...and it lasted at least this long (the rollups trail by a minute or so). */
  silentMinMs: number;
  /** How far back the last traffic is looked for; longer silences show as at least this long. */
  silentLookbackMs: number;
}

export const DEFAULT_SILENCE_CONFIG: SilenceConfig = {
  missingLagFactor: 20,
  missingMinWaitMs: 3 * 60_000,
  missingMaxWaitMs: 60 * 60_000,
  missingMinPayments: 5,
  missingMinShare: 0.5,
  silentMinExpected: 10,
  silentMinMs: 10 * 60_000,
  silentLookbackMs: 6 * 3_600_000,
};

/** Whole minutes, or tenths under ten minutes (a 90-second wait reads 1.5, not 2). */
const minutes = (ms: number) => (ms < 600_000 ? Math.round(ms / 6_000) / 10 : Math.round(ms / 60_000));

/** How long a provider's payment may wait for its final notification before it is overdue. */
export function overdueAfterMs(usualLagMs: number | undefined, config: SilenceConfig): number {
  const scaled = (usualLagMs ?? 0) * config.missingLagFactor;
  return Math.min(config.missingMaxWaitMs, Math.max(config.missingMinWaitMs, scaled));
}

/** `rows` cover payments started in the span that ended `waitMs` ago. */
export function missingNotificationAlerts(
  rows: AwaitingCounts[],
  waitMs: number,
  usualLagMs: number | undefined,
  config: SilenceConfig,
): FiringAlert[] {
  const out: FiringAlert[] = [];
  for (const row of rows) {
    const share = row.started > 0 ? row.waiting / row.started : 0;
    if (row.waiting < config.missingMinPayments || share < config.missingMinShare) continue;
    out.push({
      rule: "missing-notifications",
      kind: "missing",
      segment: `account:${row.accountId}`,
      figures: {
        provider: row.provider,
        waiting: row.waiting,
        started: row.started,
        share: Math.round(share * 10_000) / 10_000,
        overdueAfterMs: waitMs,
        usualLagMs: usualLagMs ?? 0,
        ...(row.oldestWaiting ? { oldestWaiting: row.oldestWaiting.toISOString() } : {}),
      },
      ...said("missing-notifications", {
        provider: row.provider,
        accountId: row.accountId,
        waiting: row.waiting,
        count: row.started,
        overdueMin: minutes(waitMs),
        usualLagS: Math.round((usualLagMs ?? 0) / 100) / 10,
      }),
    });
  }
  return out;
}

export function silentAccountAlerts(rows: AccountTraffic[], now: Date, config: SilenceConfig): FiringAlert[] {
  const out: FiringAlert[] = [];
  for (const row of rows) {
    const since = row.lastSeen ?? new Date(now.getTime() - config.silentLookbackMs);
    const silentMs = now.getTime() - since.getTime();
    const expected = (row.baselinePerHour * silentMs) / 3_600_000;
    if (silentMs < config.silentMinMs || expected < config.silentMinExpected) continue;
    out.push({
      rule: "account-silent",
      kind: "silent",
      segment: `account:${row.accountId}`,
      figures: {
        provider: row.provider,
        silentMs,
        baselinePerHour: Math.round(row.baselinePerHour * 10) / 10,
        expected: Math.round(expected),
        lastSeen: row.lastSeen?.toISOString() ?? "",
      },
      ...said(row.lastSeen ? "account-silent" : "account-silent-unseen", {
        provider: row.provider,
        accountId: row.accountId,
        silentMin: minutes(silentMs),
        expected: Math.round(expected),
        perHour: Math.round(row.baselinePerHour * 10) / 10,
      }),
    });
  }
  return out;
}

/** Reads the figures and applies both rules; `windowMs` is the span of started payments judged at once. */
export async function silenceAlerts(
  db: Db,
  config: SilenceConfig,
  windowMs: number,
  now: Date,
): Promise<FiringAlert[]> {
  const day = 24 * 3_600_000;
  const hourStart = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000);
  const [providers, lags, traffic] = await Promise.all([
    configuredProviders(db),
    // The hour rows include the running hour's minutes so far.
    usualWebhookLag(db, new Date(now.getTime() - day), now),
    accountTraffic(
      db,
      new Date(hourStart.getTime() - day),
      hourStart,
      new Date(now.getTime() - config.silentLookbackMs),
    ),
  ]);
  const missing = await Promise.all(
    providers.map(async (provider) => {
      const lag = lags.get(provider);
      const waitMs = overdueAfterMs(lag, config);
      const to = new Date(now.getTime() - waitMs);
      const rows = await awaitingNotifications(db, provider, new Date(to.getTime() - windowMs), to);
      return missingNotificationAlerts(rows, waitMs, lag, config);
    }),
  );
  return [...missing.flat(), ...silentAccountAlerts(traffic, now, config)];
}
