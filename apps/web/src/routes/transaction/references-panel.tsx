// Every identifier a support agent may be asked for, named as the provider's own support names it, each with a copy button.
import { t as tr } from "../../i18n/index.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList, type Field } from "../../components/field-list.tsx";
import { idName } from "../../lib/vocabulary.ts";
import { Panel } from "./panel.tsx";

/** What the provider calls its transaction id ("paymentId", "UID"): its definition's id kinds. */
export function uidLabel(provider: string): string {
  return idName(provider, "uid");
}

// The same columns carry each provider's own identifiers, named as its definition names them.
export function referenceFields(t: DetailTransaction): Field[] {
  const name = (column: "uid" | "tracking" | "ref") => idName(t.provider, column);
  return [
    { label: name("uid"), value: t.providerUid, copy: t.providerUid },
    { label: name("tracking"), value: t.trackingId, copy: t.trackingId },
    { label: "RRN", value: t.rrn, copy: t.rrn },
    { label: tr("transaction.refs.auth"), value: t.authCode, copy: t.authCode },
    { label: name("ref"), value: t.refId, copy: t.refId },
    { label: tr("transaction.refs.network"), value: t.networkTransactionId, copy: t.networkTransactionId },
    { label: tr("transaction.refs.parent"), value: t.parentProviderUid, copy: t.parentProviderUid },
    { label: tr("transaction.refs.paylens"), value: t.id, copy: t.id },
  ];
}

export function ReferencesPanel({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <Panel title={tr("transaction.refs.title")} aside={<span className="muted">{tr("transaction.refs.aside")}</span>}>
      <FieldList fields={referenceFields(t)} />
    </Panel>
  );
}
