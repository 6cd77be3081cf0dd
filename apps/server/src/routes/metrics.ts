// GET /metrics in Prometheus text format: alerts, ingest, the inbox's backlog, and lag / latency from the rollups.
import type { FastifyInstance } from "fastify";
import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { actionOutcomes } from "@paylens/db/queries/actions";
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
    if (!out.has(row.provider) && cumulative >= Math.ceil(0.95 * (totals.get(row.provider) ?? 0)))
      out.set(row.provider, row.upperMs);
  }
  return out;
}

/** One registry per server (tests start several in a process). */
export function createMetrics(db: Db, sloMs: number) {
  const registry = new Registry();
  const webhooksStored = new Counter({
    name: "paylens_webhooks_stored_total",
    help: "Webhooks stored in the inbox by this process",
    registers: [registry],
  });
  const webhooksAnswered = new Counter({
    name: "paylens_webhooks_answered_total",
    help: "Webhook requests answered by this process, by provider and HTTP status",
    labelNames: ["provider", "status"],
    registers: [registry],
  });
  const ackSeconds = new Histogram({
    name: "paylens_webhook_ack_seconds",
    help: "Time from a webhook's arrival to its answer (stored first) in this process",
    labelNames: ["provider"],
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const heldSeconds = new Histogram({
    name: "paylens_webhook_held_seconds",
    help: "Time a webhook waited, before it was read, for applying to catch up (only webhooks that waited)",
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2],
    registers: [registry],
  });
  const gauge = (name: string, help: string, labelNames: string[] = []) =>
    new Gauge({ name, help, labelNames, registers: [registry] });
  const lagBuckets = gauge(
    "paylens_webhook_lag_5m_bucket",
    "Webhooks of the last 5 minutes by lag, cumulative (histogram bins from the rollups)",
    ["provider", "le"],
  );
  const actionsGauge = gauge("paylens_actions_24h", "Operator actions of the last 24 hours by kind and state", [
    "kind",
    "state",
  ]);
  const activeAlerts = gauge("paylens_alerts_active", "Active alerts per rule", ["rule"]);
  const inboxDepth = gauge("paylens_webhook_inbox_pending", "Webhooks stored but not applied yet");
  const oldestPending = gauge("paylens_webhook_inbox_oldest_pending_seconds", "Age of the oldest unapplied webhook");
  const lagP95 = gauge(
    "paylens_webhook_lag_p95_seconds",
    "Webhook lag p95 over the last 5 minutes (histogram bin upper bound)",
    ["provider"],
  );
  const lateWebhooks = gauge("paylens_webhooks_late_5m", "Webhooks over the lag SLO in the last 5 minutes", [
    "provider",
  ]);
  const callP95 = gauge("paylens_provider_call_p95_seconds", "Provider call duration p95 over the last 5 minutes", [
    "provider",
    "operation",
  ]);
  const callFailed = gauge(
    "paylens_provider_call_failed_share_5m",
    "Share of provider calls that errored or timed out, last 5 minutes",
    ["provider", "operation"],
  );

  async function collect(): Promise<void> {
    const now = new Date();
    const window = { from: new Date(now.getTime() - 5 * 60_000), to: new Date(now.getTime() + 60_000) };
    const [ops, lag, latency, actions] = await Promise.all([
      operationalGauges(db),
      webhookLag(db, window, "1h", sloMs),
      providerLatency(db, window, "1h"),
      actionOutcomes(db, new Date(now.getTime() - 24 * 3_600_000)),
    ]);
    for (const g of [activeAlerts, lagP95, lateWebhooks, callP95, callFailed, lagBuckets, actionsGauge]) g.reset();
    for (const row of actions) actionsGauge.set({ kind: row.kind, state: row.state }, row.n);
    const cumulative = new Map<string, number>();
    for (const row of lag.histogram) {
      const sum = (cumulative.get(row.provider) ?? 0) + row.count;
      cumulative.set(row.provider, sum);
      lagBuckets.set({ provider: row.provider, le: String(row.upperMs / 1000) }, sum);
    }
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
    /** Every webhook answer: its provider, HTTP status and how long it took. */
    webhookAnswered: (provider: string, status: number, seconds: number) => {
      webhooksAnswered.inc({ provider, status: String(status) });
      ackSeconds.observe({ provider }, seconds);
    },
    webhookHeld: (seconds: number) => heldSeconds.observe(seconds),
    routes: (app: FastifyInstance) => {
      app.get("/metrics", async (_request, reply) => {
        await collect();
        return reply.header("content-type", registry.contentType).send(await registry.metrics());
      });
    },
  };
}
