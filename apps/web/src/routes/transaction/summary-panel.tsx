import { t as tr } from "../../i18n/index.ts";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { humanize, providerName } from "../../lib/vocabulary.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

export function SummaryPanel({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <Panel title={tr("transaction.summary.title")}>
      <FieldList
        fields={[
          {
            label: tr("transaction.summary.amount"),
            value: <Money amountMinor={t.amountMinor} currency={t.currency} />,
          },
          { label: tr("transaction.summary.status"), value: <StatusBadge status={t.status} size="sm" /> },
          { label: tr("transaction.summary.type"), value: humanize(t.type) },
          { label: tr("transaction.summary.provider"), value: providerName(t.provider) },
          { label: tr("transaction.summary.account"), value: t.accountId, mono: true },
          {
            label: tr("transaction.summary.created"),
            value: t.createdAt ? <DateTime value={t.createdAt} withRelative /> : null,
          },
          { label: tr("transaction.summary.paid"), value: t.paidAt ? <DateTime value={t.paidAt} /> : null },
          { label: tr("transaction.summary.settled"), value: t.settledAt ? <DateTime value={t.settledAt} /> : null },
          { label: tr("transaction.summary.closed"), value: t.closedAt ? <DateTime value={t.closedAt} /> : null },
          { label: tr("transaction.summary.expired"), value: t.expiredAt ? <DateTime value={t.expiredAt} /> : null },
          { label: tr("transaction.summary.lastEvent"), value: <DateTime value={t.lastEventAt} withRelative /> },
        ]}
      />
    </Panel>
  );
}
