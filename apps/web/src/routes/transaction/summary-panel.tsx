import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { humanize, providerName } from "../../lib/vocabulary.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "./field-list.tsx";
import { Panel } from "./panel.tsx";

export function SummaryPanel({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <Panel title="Summary">
      <FieldList
        fields={[
          { label: "Amount", value: <Money amountMinor={t.amountMinor} currency={t.currency} /> },
          { label: "Status", value: <StatusBadge status={t.status} size="sm" /> },
          { label: "Type", value: humanize(t.type) },
          { label: "Provider", value: providerName(t.provider) },
          { label: "Account", value: t.accountId, mono: true },
          { label: "Created", value: t.createdAt ? <DateTime value={t.createdAt} withRelative /> : null },
          { label: "Paid", value: t.paidAt ? <DateTime value={t.paidAt} /> : null },
          { label: "Settled", value: t.settledAt ? <DateTime value={t.settledAt} /> : null },
          { label: "Closed", value: t.closedAt ? <DateTime value={t.closedAt} /> : null },
          { label: "Expired", value: t.expiredAt ? <DateTime value={t.expiredAt} /> : null },
          { label: "Last event", value: <DateTime value={t.lastEventAt} withRelative /> },
        ]}
      />
    </Panel>
  );
}

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
