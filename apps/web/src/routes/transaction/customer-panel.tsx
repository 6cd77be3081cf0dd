import { t as tr } from "../../i18n/index.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

export function CustomerPanel({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <Panel title={tr("transaction.customer.title")}>
      <FieldList
        fields={[
          { label: tr("transaction.customer.email"), value: t.customerEmail, copy: t.customerEmail },
          { label: tr("transaction.customer.ip"), value: t.customerIp, mono: true },
          { label: tr("transaction.customer.country"), value: t.customerCountry },
        ]}
      />
    </Panel>
  );
}
