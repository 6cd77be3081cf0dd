// Every identifier a support agent may be asked for, each with a copy button.
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "./field-list.tsx";
import { Panel } from "./panel.tsx";

export function ReferencesPanel({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <Panel title="References">
      <FieldList
        fields={[
          { label: "UID", value: t.providerUid, copy: t.providerUid },
          { label: "Tracking ID", value: t.trackingId, copy: t.trackingId },
          { label: "RRN", value: t.rrn, copy: t.rrn },
          { label: "Auth code", value: t.authCode, copy: t.authCode },
          { label: "Ref ID", value: t.refId, copy: t.refId },
          { label: "Network txn ID", value: t.networkTransactionId, copy: t.networkTransactionId },
          { label: "Parent UID", value: t.parentProviderUid, copy: t.parentProviderUid },
          { label: "Paylens ID", value: t.id, copy: t.id },
        ]}
      />
    </Panel>
  );
}
