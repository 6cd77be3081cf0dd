import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

export function CustomerPanel({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <Panel title="Customer">
      <FieldList
        fields={[
          { label: "E-mail", value: t.customerEmail, copy: t.customerEmail },
          { label: "IP address", value: t.customerIp, mono: true },
          { label: "Country", value: t.customerCountry },
        ]}
      />
    </Panel>
  );
}
