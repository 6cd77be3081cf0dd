import { t } from "../../i18n/index.ts";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ErrorState } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { useCan, usePrincipal } from "../../components/principal.tsx";
import { isOpen } from "../../lib/action-words.ts";
import type { ActionRow, ActionsOverview } from "../../lib/api-types.ts";
import { roleLabel } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { ActionDialog } from "./action-dialog.tsx";
import { ActionItem } from "./action-item.tsx";
import type { DialogKind } from "./action-plan.ts";
import type { DetailTransaction } from "./detail-types.ts";
import { Panel } from "./panel.tsx";
import { useRefreshTransaction } from "./use-refresh-transaction.ts";

/** Which buttons this transaction offers now, from what the API says is left. */
function offers(overview: ActionsOverview): DialogKind[] {
  const kinds: DialogKind[] = [];
  if (overview.capturableMinor > 0n) kinds.push("capture");
  if (overview.voidable) kinds.push("void");
  if (overview.refundableMinor > 0n) kinds.push("refund");
  // The API says whether the provider saved a card to retry with; a wallet payment needs the shopper again.
  if (overview.paymentRetryRefusal === null) kinds.push("retry");
  kinds.push("resync");
  return kinds;
}

const BUTTON: Record<DialogKind, "capture" | "void" | "refund" | "retry" | "resync"> = {
  capture: "capture",
  void: "void",
  refund: "refund",
  retry: "retry",
  resync: "resync",
};

export function ActionsPanel({ transaction }: { transaction: DetailTransaction }) {
  const trpc = useTrpc();
  const me = usePrincipal();
  const mayAct = useCan("act");
  const refresh = useRefreshTransaction();
  const [dialog, setDialog] = useState<{ kind: DialogKind; retryOf: ActionRow | null } | null>(null);
  const query = useQuery({
    ...trpc.actions.forTransaction.queryOptions({ transactionId: transaction.id }),
    // While an answer or an approver is awaited the list keeps itself current.
    refetchInterval: (current) => (current.state.data?.actions.some((a) => isOpen(a.state)) ? 3_000 : false),
  });
  // An action that finishes later (webhook, settle worker) adds a child transaction and audit entries: fetch them too.
  const states = query.data?.actions.map((a) => a.state).join() ?? "";
  const [seenStates, setSeenStates] = useState(states);
  useEffect(() => {
    if (states === seenStates) return;
    setSeenStates(states);
    if (seenStates !== "") refresh();
  }, [states, seenStates, refresh]);

  if (query.isPending)
    return (
      <Panel title={t("transaction.actions.title")}>
        <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("transaction.actions.loading")} />
      </Panel>
    );
  if (query.isError)
    return (
      <Panel title={t("transaction.actions.title")}>
        <ErrorState
          title={t("transaction.actions.loadFailed")}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      </Panel>
    );
  const overview = query.data;
  const byId = new Map(overview.actions.map((a) => [a.id, a]));

  return (
    <Panel
      title={t("transaction.actions.title")}
      aside={
        mayAct ? null : <span className="muted">{t("transaction.actions.readOnly", { role: roleLabel(me.role) })}</span>
      }
    >
      {mayAct ? (
        <div className="actions-toolbar">
          {offers(overview).map((kind) => (
            <button
              key={kind}
              type="button"
              className={
                kind === "refund" || kind === "capture" ? "button button-sm button-primary" : "button button-sm"
              }
              onClick={() => setDialog({ kind, retryOf: null })}
            >
              {t(`transaction.actions.${BUTTON[kind]}`)}
            </button>
          ))}
        </div>
      ) : null}
      <dl className="actions-figures">
        <div>
          <dt>{t("transaction.actions.refundable")}</dt>
          <dd data-testid="refundable">
            <Money amountMinor={overview.refundableMinor} currency={overview.currency} />
          </dd>
        </div>
        {overview.capturableMinor > 0n ? (
          <div>
            <dt>{t("transaction.actions.capturable")}</dt>
            <dd>
              <Money amountMinor={overview.capturableMinor} currency={overview.currency} />
            </dd>
          </div>
        ) : null}
        {overview.refundableMinor > 0n ? (
          <div>
            <dt>
              {t(
                overview.approvalLimitSource === "unlisted"
                  ? "transaction.actions.approvalAlways"
                  : "transaction.actions.approvalAbove",
              )}
            </dt>
            <dd>
              {overview.approvalLimitSource === "unlisted" ? (
                t("transaction.actions.approvalAlwaysValue")
              ) : (
                <Money amountMinor={overview.approvalAboveMinor} currency={overview.currency} />
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      {overview.actions.length ? (
        <ul className="action-list" aria-label={t("transaction.actions.requested")}>
          {overview.actions.map((action) => (
            <ActionItem
              key={action.id}
              action={action}
              retried={action.retryOf ? byId.get(action.retryOf) : undefined}
              onRetry={(a) => setDialog({ kind: "retry", retryOf: a })}
              onChanged={refresh}
            />
          ))}
        </ul>
      ) : (
        <p className="muted action-empty">{t("transaction.actions.none")}</p>
      )}
      {dialog ? (
        <ActionDialog
          kind={dialog.kind}
          transaction={transaction}
          overview={overview}
          retryOf={dialog.retryOf}
          onClose={() => setDialog(null)}
          onSent={refresh}
        />
      ) : null}
    </Panel>
  );
}
