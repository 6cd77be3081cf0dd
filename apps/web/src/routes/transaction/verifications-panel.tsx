import { t as tr } from "../../i18n/index.ts";
import {
  decodeAvs,
  decodeCvc,
  decodeEci,
  decodeThreeDsResult,
  decodeThreeDsStatus,
  type Decoded,
} from "../../lib/decode-verification.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { FieldList } from "../../components/field-list.tsx";
import { Panel } from "./panel.tsx";

/** The raw letter and its meaning, coloured by what it means for the payment; null when nothing was reported. */
function shown(decoded: Decoded | null) {
  if (!decoded) return null;
  return (
    <span className="verification">
      <span className={`result-code tone-bg-${decoded.tone}`}>{decoded.code}</span>
      <span className={`tone-${decoded.tone}`}>{decoded.label}</span>
    </span>
  );
}

/** A status word ("failed") reads better as its meaning with the raw word beside it. */
function shownWord(decoded: Decoded | null) {
  if (!decoded) return null;
  return (
    <span>
      <span className={`tone-${decoded.tone}`}>{decoded.label}</span> <span className="mono muted">{decoded.code}</span>
    </span>
  );
}

function text(details: Record<string, unknown>, key: string): string | null {
  const value = details[key];
  return typeof value === "string" && value.trim() ? value : typeof value === "number" ? String(value) : null;
}

/** Risk, routing and the issuer's own words, where the provider sends them (a gateway's routing, an acquirer's raw refusal). */
function riskFields(details: Record<string, unknown>) {
  const code = text(details, "refusalCodeRaw");
  const reason = text(details, "refusalReasonRaw");
  return [
    { label: tr("transaction.verify.smartRouting"), value: text(details, "smartRouting") },
    { label: tr("transaction.verify.threeDsNote"), value: text(details, "threeDsMessage") },
    { label: tr("transaction.verify.threeDsFailure"), value: text(details, "threeDsFailReason") },
    {
      label: tr("transaction.verify.issuerRefusal"),
      value: code || reason ? [code, reason].filter(Boolean).join(" · ") : null,
      mono: Boolean(code && !reason),
    },
    { label: tr("transaction.verify.merchantAdvice"), value: text(details, "merchantAdviceCode"), mono: true },
  ].filter((field) => field.value !== null);
}

export function VerificationsPanel({ transaction: t }: { transaction: DetailTransaction }) {
  const risk = riskFields(t.details);
  const hasThreeDs = Boolean(t.threeDsStatus || t.threeDsEci || t.threeDsVersion || t.threeDsResult);
  const hasAvsCvc = Boolean(t.avsResult || t.cvcResult);
  return (
    <Panel title={tr("transaction.verify.title")}>
      <h3 className="subheading">3-D Secure</h3>
      {hasThreeDs ? (
        <FieldList
          fields={[
            { label: tr("transaction.verify.status"), value: shownWord(decodeThreeDsStatus(t.threeDsStatus)) },
            { label: tr("transaction.verify.result"), value: shown(decodeThreeDsResult(t.threeDsResult)) },
            { label: "ECI", value: shown(decodeEci(t.threeDsEci)) },
            { label: tr("transaction.verify.version"), value: t.threeDsVersion, mono: true },
          ]}
        />
      ) : (
        <p className="muted">{tr("transaction.verify.noThreeDs")}</p>
      )}
      <h3 className="subheading">{tr("transaction.verify.avsCvc")}</h3>
      {hasAvsCvc ? (
        <FieldList
          fields={[
            { label: "AVS", value: shown(decodeAvs(t.avsResult, t.provider)) },
            { label: "CVC", value: shown(decodeCvc(t.cvcResult, t.provider)) },
          ]}
        />
      ) : (
        <p className="muted">{tr("transaction.verify.noAvsCvc")}</p>
      )}
      {risk.length ? (
        <>
          <h3 className="subheading">{tr("transaction.verify.risk")}</h3>
          <FieldList fields={risk} />
        </>
      ) : null}
    </Panel>
  );
}
