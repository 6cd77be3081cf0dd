// GET /metrics in Prometheus text format: alerts, ingest, the inbox's backlog, and lag / latency from the rollups.
import type { FastifyInstance } from "fastify";
import { Counter, Gauge, Registry } from "prom-client";
import type { Db } from "@paylens/db/client";
import { operationalGauges } from "@paylens/db/queries/alerts";
import { providerLatency, webhookLag } from "@paylens/db/queries/analytics-webhooks";

/** p95 per provider from histogram rows (bin upper bounds, ascending per provider as webhookLag returns them). */
function histogramP95(rows: { provider: string; upperMs: number; count: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.provider, (totals.get(row.provider) ?? 0) + row.count);
  const seen = new Map<string, number>();
  const out = new Map<string, number>();
  for (const row of rows) {
    const cumulative = (seen.get(row.provider) ?? 0) + row.count;
    seen.set(row.provider, cumulative);
    if (!out.has(row.provider) && cumulative >= Math.ceil(0.95 * (totals.get(row.provider) ?? 0))) out.set(row.provider, row.upperMs);
  }
  return out;
}

/** One registry per server (tests start several in a process). */
export function createMetrics(db: Db, sloMs: number) {
  const registry = new Registry();
  const webhooksStored = new Counter({ name: "paylens_webhooks_stored_total", help: "Webhooks stored in the inbox by this process", registers: [registry] });
  const gauge = (name: string, help: string, labelNames: string[] = []) => new Gauge({ name, help, labelNames, registers: [registry] });
  const activeAlerts = gauge("paylens_alerts_active", "Active alerts per rule", ["rule"]);
  const inboxDepth = gauge("paylens_webhook_inbox_pending", "Webhooks stored but not applied yet");
  const oldestPending = gauge("paylens_webhook_inbox_oldest_pending_seconds", "Age of the oldest unapplied webhook");
  const lagP95 = gauge("paylens_webhook_lag_p95_seconds", "Webhook lag p95 over the last 5 minutes (histogram bin upper bound)", ["provider"]);
  const lateWebhooks = gauge("paylens_webhooks_late_5m", "Webhooks over the lag SLO in the last 5 minutes", ["provider"]);
  const callP95 = gauge("paylens_provider_call_p95_seconds", "Provider call duration p95 over the last 5 minutes", ["provider", "operation"]);
  const callFailed = gauge("paylens_provider_call_failed_share_5m", "Share of provider calls that errored or timed out, last 5 minutes", ["provider", "operation"]);

  async function collect(): Promise<void> {
    const now = new Date();
    const window = { from: new Date(now.getTime() - 5 * 60_000), to: new Date(now.getTime() + 60_000) };
    const [ops, lag, latency] = await Promise.all([operationalGauges(db), webhookLag(db, window, "1h", sloMs), providerLatency(db, window, "1h")]);
    for (const g of [activeAlerts, lagP95, lateWebhooks, callP95, callFailed]) g.reset();
    activeAlerts.set({ rule: "approval-drop" }, 0);
    activeAlerts.set({ rule: "webhook-lag" }, 0);
    activeAlerts.set({ rule: "provider-errors" }, 0);
    for (const [rule, n] of ops.activeByRule) activeAlerts.set({ rule }, n);
    inboxDepth.set(ops.inboxDepth);
    oldestPending.set(ops.oldestPendingSeconds);
    for (const [provider, p95] of histogramP95(lag.histogram)) lagP95.set({ provider }, p95 / 1000);
    for (const row of lag.late) lateWebhooks.set({ provider: row.provider }, row.count);
    for (const row of latency.summary) {
      if (row.p95 !== null) callP95.set({ provider: row.provider, operation: row.operation }, row.p95 / 1000);
      callFailed.set({ provider: row.provider, operation: row.operation }, row.errorShare + row.timeoutShare);
    }
  }

  return {
    webhookStored: () => webhooksStored.inc(),
    routes: (app: FastifyInstance) => {
      app.get("/metrics", async (_request, reply) => {
        await collect();
        return reply.header("content-type", registry.contentType).send(await registry.metrics());
      });
    },
  };
}
