// Deterministic analytics, alerts and incidents answers for component tests and `vite --mode mock`.
import type * as A from "../lib/analytics-types.ts";

const STEP: Record<A.Bucket, number> = {
  "1m": 60_000,
  "5m": 300_000,
  "15m": 900_000,
  "1h": 3_600_000,
  "6h": 21_600_000,
  "1d": 86_400_000,
};
const PROVIDERS = ["begateway", "antom", "pockyt"];
const OPERATIONS = ["pay", "authorize", "capture", "refund", "query"];

function times(input: { from: Date; to: Date; bucket: A.Bucket }): Date[] {
  const step = STEP[input.bucket];
  const out: Date[] = [];
  for (let t = Math.ceil(input.from.getTime() / step) * step; t < input.to.getTime() && out.length < 500; t += step)
    out.push(new Date(t));
  return out;
}

/** A smooth wobble in [0, 1), the same for the same inputs. */
const wave = (n: number, seed: number) => (Math.sin(n * 0.37 + seed * 1.7) + Math.sin(n * 0.11 + seed) + 2) / 4;

function point(t: Date, n: number, seed: number, scale: number): A.ApprovalPoint {
  const attempts = Math.round((20 + 30 * wave(n, seed)) * scale);
  const declined = Math.round(attempts * (0.08 + 0.1 * wave(n, seed + 3)));
  const errors = Math.round(attempts * 0.02);
  const pending = Math.round(attempts * 0.01);
  const approved = attempts - declined - errors - pending;
  return {
    t,
    approved,
    declined,
    errors,
    pending,
    rate: approved + declined ? approved / (approved + declined) : null,
  };
}

export function approvalFixture(input: A.ApprovalInput): A.ApprovalOutput {
  const providers = input.provider?.length ? input.provider : PROVIDERS;
  const byProvider = providers.map((provider, seed) => ({
    provider,
    series: times(input).map((t, n) => point(t, n, seed, 1 - seed * 0.25)),
  }));
  const series = times(input).map((t, n) => {
    const sum = (key: "approved" | "declined" | "errors" | "pending") =>
      byProvider.reduce((total, entry) => total + (entry.series[n]?.[key] ?? 0), 0);
    const approved = sum("approved");
    const declined = sum("declined");
    return {
      t,
      approved,
      declined,
      errors: sum("errors"),
      pending: sum("pending"),
      rate: approved + declined ? approved / (approved + declined) : null,
    };
  });
  return {
    definition:
      "Approval rate = approved ÷ (approved + declined) over authorization and payment attempts; errors and still-pending attempts are counted apart.",
    series,
    byProvider,
  };
}

const SEGMENTS: Record<A.Dimension, string[]> = {
  bin: ["411111", "555555", "400005", "222300", "378282", "520082", "601100"],
  issuer: ["Chase", "Barclays", "Revolut", "Monzo", "BNP Paribas", "ICBC"],
  brand: ["visa", "mastercard", "amex", "unionpay"],
  method: ["credit_card", "alipay", "wechatpay", "paypal"],
  provider: PROVIDERS,
  country: ["US", "GB", "DE", "FR", "CN"],
};

export function breakdownFixture(input: A.BreakdownInput): A.BreakdownOutput {
  return {
    rows: SEGMENTS[input.dimension].map((segment, n) => {
      const attempts = n === 4 ? 6 : Math.round(2400 / (n + 1));
      const rate = n === 4 ? 1 : 0.95 - n * 0.06;
      const approved = Math.round(attempts * rate);
      const margin = 1.96 * Math.sqrt((rate * (1 - rate) + 0.25 / attempts) / attempts);
      const previousRate = rate + (n % 2 ? 0.03 : -0.012);
      return {
        segment,
        attempts,
        approved,
        declined: attempts - approved,
        rate,
        ciLow: Math.max(0, rate - margin),
        ciHigh: Math.min(1, rate + margin),
        previousRate,
        change: rate - previousRate,
        query: `${input.dimension}:${segment}`,
      };
    }),
  };
}

const REASONS = [
  "insufficient_funds",
  "do_not_honor",
  "suspected_fraud",
  "expired_card",
  "incorrect_cvc",
  "limit_exceeded",
  "authentication_failed",
  "invalid_card",
];

export function declinesFixture(input: A.DeclinesInput): A.DeclinesOutput {
  const counts = REASONS.map((reason, n) => ({ reason, count: Math.round(400 / (n + 1)) }));
  const total = counts.reduce((sum, entry) => sum + entry.count, 0);
  return {
    reasons: counts.map((entry) => ({ ...entry, share: entry.count / total })),
    codes: [
      { provider: "begateway", code: "F.0114", message: "Insufficient funds", count: 180 },
      { provider: "antom", code: "USER_BALANCE_NOT_ENOUGH", message: "The user balance is not enough", count: 120 },
      { provider: "begateway", code: "F.0105", message: "Do not honor", count: 96 },
      { provider: "pockyt", code: "card_declined", message: "Card was declined by the issuer", count: 60 },
      { provider: "antom", code: "RISK_REJECT", message: "Rejected by risk control", count: 41 },
    ],
    series: times(input).flatMap((t, n) =>
      REASONS.map((reason, r) => ({ t, reason, count: Math.round((12 / (r + 1)) * (0.5 + wave(n, r))) })),
    ),
  };
}

export function webhookLagFixture(input: A.WebhookLagInput): A.WebhookLagOutput {
  const providers = input.provider?.length ? input.provider : PROVIDERS;
  return {
    sloMs: 60_000,
    series: times(input).flatMap((t, n) =>
      providers.map((provider, p) => {
        const base = 400 * (p + 1) * (0.6 + wave(n, p));
        return { t, provider, p50: base, p95: base * 6, p99: base * (p === 2 && n > 10 ? 120 : 20), count: 30 };
      }),
    ),
    histogram: providers.flatMap((provider, p) =>
      [250, 1000, 5000, 30_000, 60_000, 300_000].map((upperMs, b) => ({
        provider,
        upperMs,
        count: Math.round(900 / (b + 1) ** (2 - p * 0.3)),
      })),
    ),
    late: providers.map((provider, p) => ({ provider, count: p * 7 })),
    missing: providers.map((provider, p) => ({ provider, count: p === 2 ? 12 : 0 })),
    duplicates: providers.map((provider, p) => ({ provider, count: 3 - p })),
    rejected: providers.map((provider, p) => ({ provider, count: p === 1 ? 2 : 0 })),
  };
}

export function latencyFixture(input: A.LatencyInput): A.LatencyOutput {
  const providers = input.provider?.length ? input.provider : PROVIDERS;
  const figures = (p: number, o: number, n: number) => {
    const base = (180 + 140 * p + 60 * o) * (0.7 + 0.6 * wave(n, p + o));
    return {
      p50: base,
      p95: base * 2.6,
      p99: base * 5,
      count: 40 - o * 6,
      errorShare: p === 1 && o === 0 ? 0.064 : 0.004 * o,
      timeoutShare: p === 2 ? 0.021 : 0.001,
    };
  };
  return {
    series: times(input).flatMap((t, n) =>
      providers.flatMap((provider, p) =>
        OPERATIONS.map((operation, o) => ({ t, provider, operation, ...figures(p, o, n) })),
      ),
    ),
    summary: providers.flatMap((provider, p) =>
      OPERATIONS.map((operation, o) => ({ provider, operation, ...figures(p, o, 3), count: (40 - o * 6) * 120 })),
    ),
  };
}

export function makeAlert(id: string, minutesAgo: number, endedMinutesAgo: number | null = null): A.Alert {
  const now = Date.now();
  return {
    id,
    rule: "approval_drop",
    kind: "approval",
    segment: "issuer:Barclays",
    startedAt: new Date(now - minutesAgo * 60_000),
    endedAt: endedMinutesAgo === null ? null : new Date(now - endedMinutesAgo * 60_000),
    figures: { rate: 0.182, baseline: 0.914, attempts: 212 },
    message: "Approval rate at Barclays fell to 18.2% (baseline 91.4%)",
  };
}

export function incidentsFixture(demo = true): A.IncidentsState {
  return {
    demo,
    issuer: null,
    webhooks: PROVIDERS.map((provider) => ({ provider, mode: "normal", delayMs: 0 })),
    api: PROVIDERS.map((provider) => ({ provider, latencyMultiplier: 1, failureRate: 0 })),
    issuers: ["Barclays", "Chase", "Revolut"],
  };
}
