// Every identifier a support agent may be asked for, named as the provider's own support names it, each with a copy button.
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList, type Field } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

interface Names {
  uid: string;
  tracking: string;
  ref: string;
}

// The same columns carry each provider's own identifiers (see packages/providers/src/*/map.ts).
const NAMES: Readonly<Record<string, Names>> = {
  begateway: { uid: "UID", tracking: "Tracking ID", ref: "Ref ID" },
  antom: { uid: "paymentId", tracking: "paymentRequestId", ref: "Acquirer ref (ref_id)" },
  pockyt: { uid: "transactionNo", tracking: "Reference", ref: "Vendor ID (ref_id)" },
};
const GENERIC: Names = { uid: "Provider UID", tracking: "Tracking ID", ref: "Ref ID" };

/** "paymentId" for Antom, "transactionNo" for Pockyt, "UID" for beGateway. */
export function uidLabel(provider: string): string {
  return (NAMES[provider] ?? GENERIC).uid;
}

export function referenceFields(t: DetailTransaction): Field[] {
  const names = NAMES[t.provider] ?? GENERIC;
  return [
    { label: names.uid, value: t.providerUid, copy: t.providerUid },
    { label: names.tracking, value: t.trackingId, copy: t.trackingId },
    { label: "RRN", value: t.rrn, copy: t.rrn },
    { label: "Auth code", value: t.authCode, copy: t.authCode },
    { label: names.ref, value: t.refId, copy: t.refId },
    { label: "Network txn ID", value: t.networkTransactionId, copy: t.networkTransactionId },
    { label: "Parent UID", value: t.parentProviderUid, copy: t.parentProviderUid },
    { label: "Paylens ID", value: t.id, copy: t.id },
  ];
}

export function ReferencesPanel({ transaction: t }: { transaction: DetailTransaction }) {
  return (
    <Panel title="References" aside={<span className="muted">Quote these to the provider&apos;s support</span>}>
      <FieldList fields={referenceFields(t)} />
    </Panel>
  );
}
