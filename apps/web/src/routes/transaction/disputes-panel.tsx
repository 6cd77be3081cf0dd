import { t } from "../../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import type { RouterOutputs } from "../../trpc.ts";
import { categoryLabel, deadlineText, stageLabel, statusLabel } from "../disputes/dispute-words.ts";
import { Panel } from "./panel.tsx";

type Dispute = RouterOutputs["transactions"]["byId"]["disputes"][number];

/** The payment's disputes, each linked to its detail on the Disputes screen; nothing when it has none. */
export function DisputesPanel({ disputes }: { disputes: Dispute[] }) {
  if (disputes.length === 0) return null;
  return (
    <Panel title={t("transaction.disputes.title")} className="disputes-panel">
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
            </div>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
