import { cardExpiry } from "../../lib/card-expiry.ts";
import { methodName } from "../../lib/format-card.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

export function PaymentMethodPanel({ transaction: t }: { transaction: DetailTransaction }) {
  const number = t.cardBin || t.cardLast4 ? `${t.cardBin ?? "••••"}…${t.cardLast4 ?? "••••"}` : null;
  return (
    <Panel title="Payment method">
      <FieldList
        fields={[
          { label: "Method", value: t.methodType ? methodName(t.methodType) : null },
          { label: "Brand", value: t.cardBrand?.toUpperCase() },
          { label: "Card", value: number, mono: true },
          { label: "Holder", value: t.cardHolder },
          { label: "Expiry", value: cardExpiry(t.details, t.raw), mono: true },
          { label: "Issuer", value: t.issuerName },
          { label: "Issuer country", value: t.issuerCountry },
        ]}
      />
    </Panel>
  );
}
