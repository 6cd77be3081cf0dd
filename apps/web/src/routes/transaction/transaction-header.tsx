import { t as tr } from "../../i18n/index.ts";
import { CopyButton } from "../../components/copy-button.tsx";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { humanize, providerName } from "../../lib/vocabulary.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { uidLabel } from "./references-panel.tsx";

export function TransactionHeader({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <div className="txn-header">
      <div className="txn-headline">
        <Money amountMinor={t.amountMinor} currency={t.currency} large />
        <StatusBadge status={t.status} />
        {t.test ? <span className="tag tag-test">{tr("transaction.test")}</span> : null}
      </div>
      <p className="txn-subline">
        <span>{humanize(t.type)}</span>
        <span aria-hidden="true">·</span>
        <span>{providerName(t.provider)}</span>
        <span aria-hidden="true">·</span>
        <DateTime value={t.createdAt} withRelative />
        <span aria-hidden="true">·</span>
        <span className="mono">{t.providerUid}</span>
        <CopyButton value={t.providerUid} label={uidLabel(t.provider)} />
      </p>
      {t.description ? (
        <p className="txn-description" translate="no">
          {t.description}
        </p>
      ) : null}
    </div>
  );
}
