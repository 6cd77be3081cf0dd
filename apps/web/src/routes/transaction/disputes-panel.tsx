import { t } from "../../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { providerDefinition } from "@paylens/providers/catalog";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { useCan } from "../../components/principal.tsx";
import type { RouterOutputs } from "../../trpc.ts";
import { categoryLabel, deadlineText, stageLabel, statusLabel } from "../disputes/dispute-words.ts";
import { Panel } from "./panel.tsx";
import { RecordDisputeForm } from "./record-dispute-form.tsx";

type Detail = RouterOutputs["transactions"]["byId"];
type Dispute = Detail["disputes"][number];

/** A payment that took money can be disputed (the API refuses the rest: actions/record-dispute.ts). */
const DISPUTABLE = new Set(["payment", "capture", "authorization"]);

/**
 * The payment's disputes, each linked to its detail on the Disputes screen. Where the provider sends no disputes
 * (its definition's disputeFeed), finance records them here by hand. Nothing when there is neither.
 */
export function DisputesPanel({ transaction, disputes }: { transaction: Detail["transaction"]; disputes: Dispute[] }) {
  const mayRecord = useCan("finance");
  const [recording, setRecording] = useState(false);
  const offered =
    mayRecord &&
    providerDefinition(transaction.provider)?.disputeFeed === "none" &&
    DISPUTABLE.has(transaction.type) &&
    transaction.status === "successful";
  if (disputes.length === 0 && !offered) return null;
  return (
    <Panel title={t("transaction.disputes.title")} className="disputes-panel">
      {disputes.length > 0 ? (
        <ul className="dispute-list">
          {disputes.map((d) => (
            <li key={d.id}>
              <Link to="/disputes" search={{ dispute: d.id }}>
                {stageLabel(d.stage)} · {statusLabel(d.status)}
              </Link>{" "}
              <Money amountMinor={d.amountMinor} currency={d.currency} /> · {categoryLabel(d.reasonCategory)}
              {d.reasonCode ? ` (${d.reasonCode})` : ""}
              <div className="muted">
                {t("transaction.disputes.opened")} <DateTime value={d.openedAt} /> · {deadlineText(d.dueAt, d.status)}
                {d.source
                  ? ` · ${t("transaction.disputes.recordedBy", { name: d.recordedByName ?? "—", source: d.source })}`
                  : ""}
              </div>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("transaction.disputes.none")}</p>
      )}
      {offered ? (
        recording ? (
          <RecordDisputeForm payment={transaction} onDone={() => setRecording(false)} />
        ) : (
          <button type="button" className="button button-sm" onClick={() => setRecording(true)}>
            {t("transaction.disputes.record")}
          </button>
        )
      ) : null}
    </Panel>
  );
}
