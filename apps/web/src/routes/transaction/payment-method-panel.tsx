import { t as tr } from "../../i18n/index.ts";
import { cardExpiry } from "../../lib/card-expiry.ts";
import { methodName } from "../../lib/format-card.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

export function PaymentMethodPanel({ transaction: t }: { transaction: DetailTransaction }) {
  const number = t.cardBin || t.cardLast4 ? `${t.cardBin ?? "••••"}…${t.cardLast4 ?? "••••"}` : null;
  return (
    <Panel title={tr("transaction.method.title")}>
      <FieldList
        fields={[
          { label: tr("transaction.method.method"), value: t.methodType ? methodName(t.methodType) : null },
          { label: tr("transaction.method.brand"), value: t.cardBrand?.toUpperCase() },
          { label: tr("transaction.method.card"), value: number, mono: true },
          { label: tr("transaction.method.holder"), value: t.cardHolder },
          { label: tr("transaction.method.expiry"), value: cardExpiry(t.details, t.raw), mono: true },
          { label: tr("transaction.method.issuer"), value: t.issuerName },
          { label: tr("transaction.method.issuerCountry"), value: t.issuerCountry },
        ]}
      />
    </Panel>
  );
}
