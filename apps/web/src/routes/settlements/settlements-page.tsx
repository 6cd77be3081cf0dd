import { ComingSoon } from "../../components/coming-soon.tsx";

export function SettlementsPage() {
  return (
    <ComingSoon
      title="Settlements"
      summary="Settlements will give finance what was captured, refunded and settled, and what does not reconcile between our ledger and the providers' reports."
      capabilities={[
        "Captured, refunded and settled totals per provider, currency and day",
        "A double-entry ledger behind every amount",
        "Three-way reconciliation (our ledger, provider webhooks, provider reports) with the differences listed",
        "CSV export",
      ]}
    />
  );
}
