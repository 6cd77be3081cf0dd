// Deterministic analytics answers and alerts, and demo mode's incident switches, for component tests.
import type { IncidentControl, IncidentState } from "@paylens/api/context";
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

/** Demo mode's sandbox switches (apps/server demo/incidents.ts drives real sandboxes): here they only keep state. */
export function sandboxIncidents(): IncidentControl {
  let state: IncidentState = {
    issuer: null,
    webhooks: PROVIDERS.map((provider) => ({ provider, mode: "normal", delayMs: 0 })),
    api: PROVIDERS.map((provider) => ({ provider, latencyMultiplier: 1, failureRate: 0 })),
    issuers: ["Barclays", "Chase", "Revolut"],
  };
  return {
    state: () => state,
    set: (change) => {
      if (change.kind === "issuer")
        state = {
          ...state,
          issuer: change.issuer ? { name: change.issuer, approvalMultiplier: change.approvalMultiplier ?? 0.1 } : null,
        };
      if (change.kind === "webhooks")
        state = {
          ...state,
          webhooks: state.webhooks.map((w) =>
            w.provider === change.provider ? { ...w, mode: change.mode, delayMs: change.delayMs ?? 0 } : w,
          ),
        };
      if (change.kind === "api")
        state = {
          ...state,
          api: state.api.map((a) =>
            a.provider === change.provider
              ? { ...a, latencyMultiplier: change.latencyMultiplier ?? 1, failureRate: change.failureRate ?? 0 }
              : a,
          ),
        };
    },
  };
}
