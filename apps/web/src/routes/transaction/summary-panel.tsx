import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { humanize, providerName } from "../../lib/vocabulary.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
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
