// Alert rules, evaluated on a timer: a segment's approval rate against its own baseline, a provider's webhook lag p95
// against the SLO, a provider's share of failed calls against its baseline, dispute response deadlines
// (dispute-deadlines.ts), the month's projected dispute rate against the scheme lines (dispute-rate-alerts.ts),
// payments without their final notification and accounts gone silent (silence-alerts.ts).
// An alert ends when its rule stops firing.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@paylens/db/client";
import {
  ALERT_DIMENSIONS,
  baselineSegmentCounts,
  callFailures,
  flaggedMessages,
  type FiringAlert,
  recentLagBins,
  recentSegmentCounts,
  type SegmentCounts,
  syncAlerts,
} from "@paylens/db/queries/alerts";
import { disputesDueBy } from "@paylens/db/queries/alerts-disputes";
import { disputeRate, type DisputeRateRow } from "@paylens/db/queries/analytics-disputes";
import { approvalRate, percentileOf, wilson } from "@paylens/db/queries/analytics-math";
import { DISPUTE_WARN_MS, disputeDeadlineAlerts } from "./dispute-deadlines.ts";
import { disputeRateAlerts } from "./dispute-rate-alerts.ts";
import { type Loop, startLoop } from "./loop.ts";
import { DEFAULT_SILENCE_CONFIG, type SilenceConfig, silenceAlerts } from "./silence-alerts.ts";
import { said } from "./alert-text.ts";

export interface AlertConfig {
  /** The recent window every rule looks at. */
  windowMs: number;
  /** The approval baseline: whole hours of the rollup this long before the window's hour, plus the raw rows from that hour to the window. */
  baselineMs: number;
  sloMs: number;
  /** Decided attempts a segment needs in the window, and in the baseline, before its rate is judged. */
  minAttempts: number;
  minBaselineAttempts: number;
  /** The smallest drop (absolute, 0.15 = 15 points) that raises an alert, on top of the interval test. */
  minDrop: number;
  minWebhooks: number;
  minCalls: number;
  /** Failed (error + timeout) share of calls that raises an alert, when also this much above the baseline share. */
  failureShare: number;
  failureRise: number;
  /** Missing notifications and silent accounts (silence-alerts.ts). */
  silence: SilenceConfig;
}

export const DEFAULT_ALERT_CONFIG: AlertConfig = {
  windowMs: 5 * 60_000,
  baselineMs: 24 * 3_600_000,
  sloMs: 60_000,
  minAttempts: 10,
  minBaselineAttempts: 50,
  minDrop: 0.15,
  minWebhooks: 5,
  minCalls: 10,
  failureShare: 0.2,
  failureRise: 0.1,
  silence: DEFAULT_SILENCE_CONFIG,
};

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const HOUR = 3_600_000;

/** Fires when the window's Wilson upper bound sits below the baseline's lower bound and the drop is large enough. */
export function approvalDrops(recent: SegmentCounts[], baseline: SegmentCounts[], config: AlertConfig): FiringAlert[] {
  const before = new Map(baseline.map((row) => [`${row.dimension}|${row.segment}`, row]));
  const out: FiringAlert[] = [];
  for (const now of recent) {
    const base = before.get(`${now.dimension}|${now.segment}`);
    const n = now.approved + now.declined;
    if (!base || n < config.minAttempts || base.approved + base.declined < config.minBaselineAttempts) continue;
    const rate = approvalRate(now.approved, now.declined);
    const baseRate = approvalRate(base.approved, base.declined);
    const ci = wilson(now.approved, n);
    const baseCi = wilson(base.approved, base.approved + base.declined);
    if (rate === null || baseRate === null || !ci || !baseCi) continue;
    if (ci.high >= baseCi.low || baseRate - rate < config.minDrop) continue;
    out.push({
      rule: "approval-drop",
      kind: "approval",
      segment: `${now.dimension}:${now.segment}`,
      figures: {
        rate: round(rate),
        baselineRate: round(baseRate),
        attempts: n,
        baselineAttempts: base.approved + base.declined,
        ciHigh: round(ci.high),
        baselineCiLow: round(baseCi.low),
      },
      ...said("approval-drop", {
        dimension: now.dimension,
        segment: now.segment,
        approvalRate: round(rate),
        windowMin: config.windowMs / 60_000,
        baselineRate: round(baseRate),
        count: n,
      }),
    });
  }
  return out;
}

/** The month's dispute rate scans a month of payments: the worker reads it this often, not on every pass. */
const DISPUTE_RATE_EVERY_MS = 10 * 60_000;

export async function evaluateAlerts(
  db: Db,
  config: AlertConfig,
  now = new Date(),
  monthRates: () => Promise<DisputeRateRow[]> = () => disputeRate(db, { from: now, to: now }, now),
): Promise<FiringAlert[]> {
  const since = new Date(now.getTime() - config.windowMs);
  const baselineTo = new Date(Math.floor(since.getTime() / HOUR) * HOUR);
  const baselineFrom = new Date(baselineTo.getTime() - config.baselineMs);
  const [recent, hourly, edge, lag, calls, callsBefore, flagged, due, month, silent] = await Promise.all([
    recentSegmentCounts(db, since),
    baselineSegmentCounts(db, baselineFrom, baselineTo),
    // The partial hour before the window, from the raw rows (at most an hour of them).
    recentSegmentCounts(db, baselineTo, since),
    recentLagBins(db, since),
    callFailures(db, since, new Date(now.getTime() + 60_000)),
    callFailures(db, baselineFrom, since),
    flaggedMessages(db, since),
    disputesDueBy(db, now, new Date(now.getTime() + DISPUTE_WARN_MS)),
    monthRates(),
    silenceAlerts(db, config.silence, config.windowMs, now),
  ]);
  const baseline = new Map<string, SegmentCounts>();
  for (const row of [...hourly, ...edge]) {
    const key = `${row.dimension}|${row.segment}`;
    const seen = baseline.get(key);
    baseline.set(
      key,
      seen ? { ...seen, approved: seen.approved + row.approved, declined: seen.declined + row.declined } : { ...row },
    );
  }
  const firing = approvalDrops(
    recent.filter((row) => ALERT_DIMENSIONS.includes(row.dimension)),
    [...baseline.values()],
    config,
  );
  for (const [provider, bins] of lag) {
    const count = [...bins.values()].reduce((a, b) => a + b, 0);
    const p95 = percentileOf(bins, 0.95);
    if (count < config.minWebhooks || p95 === null || p95 <= config.sloMs) continue;
    firing.push({
      rule: "webhook-lag",
      kind: "lag",
      segment: `provider:${provider}`,
      figures: { p95Ms: p95, sloMs: config.sloMs, webhooks: count },
      ...said("webhook-lag", { provider, p95S: p95 / 1000, sloS: config.sloMs / 1000, count }),
    });
  }
  for (const [provider, { calls: n, failed }] of calls) {
    const share = n > 0 ? failed / n : 0;
    const before = callsBefore.get(provider);
    const baseShare = before && before.calls > 0 ? before.failed / before.calls : 0;
    if (n < config.minCalls || share < config.failureShare || share - baseShare < config.failureRise) continue;
    firing.push({
      rule: "provider-errors",
      kind: "errors",
      segment: `provider:${provider}`,
      figures: { failedShare: round(share), baselineShare: round(baseShare), calls: n, failed },
      ...said("provider-errors", {
        provider,
        failedRate: round(share),
        windowMin: config.windowMs / 60_000,
        baselineRate: round(baseShare),
      }),
    });
  }
  // Any signed message that tried to change what cannot change is worth a person's look: one is enough.
  for (const { provider, accountId, count, reason } of flagged) {
    firing.push({
      rule: "suspicious-message",
      kind: "suspicious",
      segment: `account:${accountId}`,
      figures: { messages: count },
      ...said("suspicious-message", { provider, accountId, count, windowMin: config.windowMs / 60_000, reason }),
    });
  }
  firing.push(...disputeDeadlineAlerts(due, now), ...disputeRateAlerts(month), ...silent);
  return firing;
}

/** `onChange` runs after a pass that raised or ended alerts (the delivery worker wakes to send them). */
export function startAlertWorker(
  db: Db,
  log: FastifyBaseLogger,
  config: AlertConfig,
  everyMs: number,
  onChange: () => void = () => undefined,
): Loop {
  let rates: { at: number; rows: DisputeRateRow[] } | null = null;
  return startLoop("evaluate-alerts", log, everyMs, async () => {
    const now = new Date();
    const monthRates = async () => {
      const fresh =
        rates !== null &&
        now.getTime() - rates.at < DISPUTE_RATE_EVERY_MS &&
        new Date(rates.at).getUTCMonth() === now.getUTCMonth();
      if (!fresh || rates === null) {
        rates = { at: now.getTime(), rows: await disputeRate(db, { from: now, to: now }, now) };
      }
      return rates.rows;
    };
    const result = await syncAlerts(db, await evaluateAlerts(db, config, now, monthRates), now);
    if (result && (result.raised > 0 || result.ended > 0)) {
      log.info(result, "alerts changed");
      onChange();
    }
    return false;
  });
}
