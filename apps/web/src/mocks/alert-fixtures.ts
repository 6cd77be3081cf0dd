// An alert as the evaluator raises it, and demo mode's incident switches, for component tests.
import type { IncidentControl, IncidentState } from "@paylens/api/context";
import { PROVIDER_IDS as PROVIDERS } from "@paylens/providers/catalog";
import type * as A from "../lib/analytics-types.ts";

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
    acknowledgedAt: null,
    acknowledgedBy: null,
  };
}

/** Demo mode's sandbox switches (apps/server demo/incidents.ts drives real sandboxes): here they only keep state. */
export function sandboxIncidents(): IncidentControl {
  let state: IncidentState = {
    issuer: null,
    webhooks: PROVIDERS.map((provider) => ({ provider, mode: "normal", delayMs: 0 })),
    api: PROVIDERS.map((provider) => ({ provider, latencyMultiplier: 1, failureRate: 0 })),
    issuers: ["Barclays", "Chase", "Revolut"],
    backfill: null,
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
