import { ComingSoon } from "../../components/coming-soon.tsx";

export function WebhooksPage() {
  return (
    <ComingSoon
      title="Webhooks"
      summary="Webhooks will list every notification received from beGateway, Antom and Pockyt, and what Paylens did with it. The timeline of each transaction already shows the webhooks that changed it."
      capabilities={[
        "Every incoming webhook with its signature check: rejected ones are logged, never applied",
        "Duplicates and out-of-order deliveries, and the transaction each webhook changed",
        "Lag from the provider's event time to receipt, per provider",
        "The raw payload, with card data masked",
        "Status polling and back-fill activity for transactions still pending",
      ]}
    />
  );
}
