// Demo mode's incident switches: an issuer declining most cards, one provider's webhooks delayed or stopped, one
// provider's API slow or failing. The API (incidents.set) and `pnpm paylens incident` both land here.
import type {
  BackfillProgress,
  IncidentChange,
  IncidentControl,
  IncidentState,
  WebhookMode,
} from "@paylens/api/context";
import { BIN_CATALOGUE, issuerIncident, setIssuerIncident } from "@paylens/sandbox/cards";
import type { DemoProvider } from "./demo-provider.ts";

/** Without a delay the sandboxes' own default applies; this is what "delayed" means here: 3 minutes. */
export const DEFAULT_WEBHOOK_DELAY_MS = 180_000;

/** `history` reports the first start's back-fill, which the console shows beside the switches. */
export function demoIncidents(
  providers: DemoProvider[],
  history: () => BackfillProgress | null = () => null,
): IncidentControl {
  const byId = new Map(providers.map((p) => [p.accounts[0]?.account.provider ?? p.name.toLowerCase(), p]));
  const webhooks = new Map<string, { mode: WebhookMode; delayMs: number }>(
    [...byId.keys()].map((id) => [id, { mode: "normal", delayMs: 0 }]),
  );
  const issuers = [...new Set(BIN_CATALOGUE.map((bin) => bin.issuer))].sort();

  const provider = (id: string): DemoProvider => {
    const found = byId.get(id);
    if (!found) throw new Error(`unknown provider "${id}": one of ${[...byId.keys()].join(", ")}`);
    return found;
  };

  return {
    state(): IncidentState {
      const issuer = issuerIncident();
      return {
        issuer: issuer
          ? {
              name: issuers.find((name) => name.toUpperCase() === issuer.issuer) ?? issuer.issuer,
              approvalMultiplier: issuer.multiplier,
            }
          : null,
        webhooks: [...webhooks.entries()].map(([id, w]) => ({ provider: id, mode: w.mode, delayMs: w.delayMs })),
        api: [...byId.entries()].map(([id, p]) => ({ provider: id, ...p.sandbox.apiIncident() })),
        issuers,
        backfill: history(),
      };
    },
    set(change: IncidentChange): void {
      if (change.kind === "issuer") {
        if (change.issuer !== null && !issuers.some((name) => name.toUpperCase() === change.issuer?.toUpperCase())) {
          throw new Error(`unknown issuer "${change.issuer}"`);
        }
        setIssuerIncident(change.issuer, change.approvalMultiplier ?? 0.1);
      } else if (change.kind === "webhooks") {
        const delayMs = change.mode === "delayed" ? (change.delayMs ?? DEFAULT_WEBHOOK_DELAY_MS) : 0;
        provider(change.provider).sandbox.setWebhookMode(change.mode, delayMs);
        webhooks.set(change.provider, { mode: change.mode, delayMs });
      } else {
        provider(change.provider).sandbox.setApiIncident(change.latencyMultiplier ?? 1, change.failureRate ?? 0);
      }
    },
  };
}
