import { ComingSoon } from "../../components/coming-soon.tsx";

export function AnalyticsPage() {
  return (
    <ComingSoon
      title="Analytics"
      summary="Analytics will show how payments perform across providers, so ops can spot an incident while it starts: a bank or BIN that begins to decline, or webhooks that stop arriving."
      capabilities={[
        "Approval rate over time and by BIN, issuing bank, payment method, provider and country, with volume",
        "Breakdown of decline reasons (insufficient funds, do not honor, risk decline, …)",
        "Webhook lag distribution (p50 / p95 / p99) per provider, with late and missing webhooks",
        "Provider API latency p95 per operation",
        "Alerts when a segment's approval rate drops or webhook lag grows",
      ]}
    />
  );
}
