import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ActionState } from "../../components/action-state.tsx";
import { ApprovalButtons } from "../../components/approval-buttons.tsx";
import { DateTime } from "../../components/date-time.tsx";
import { errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { useCan } from "../../components/principal.tsx";
import { useCodeTexts } from "../../i18n/code-texts.ts";
import { t } from "../../i18n/index.ts";
import { canRetry, decodedAnswer, kindLabel, stateWords } from "../../lib/action-words.ts";
import type { ActionRow } from "../../lib/api-types.ts";
import { useTrpc } from "../../trpc.ts";

export interface ActionItemProps {
  action: ActionRow;
  /** The action this one retried, if it is on the page. */
  retried: ActionRow | undefined;
  onRetry: (action: ActionRow) => void;
  onChanged: () => void;
}

/** One requested action: what, how much, who, the provider's decoded answer, and what can be done with it now. */
export function ActionItem({ action, retried, onRetry, onChanged }: ActionItemProps) {
  const trpc = useTrpc();
  const mayAct = useCan("act");
  const check = useMutation({ ...trpc.actions.check.mutationOptions(), onSuccess: onChanged });
  const answer = decodedAnswer(action.outcome);
  // The provider's decoded texts in the console's language, as the codes screen shows them.
  const { codeMessage } = useCodeTexts();
  const kind = kindLabel(action.kind);

  return (
    <li
      className="action-item"
      aria-label={t("transaction.action.item", { kind, state: stateWords(action.state).label })}
    >
      <div className="action-line">
        <span className="action-kind">{kind}</span>
        <ActionState state={action.state} />
        {action.amountMinor !== null && action.currency ? (
          <Money amountMinor={action.amountMinor} currency={action.currency} />
        ) : null}
        {answer?.code ? <OutcomeCode {...answer} /> : null}
        {action.childTransactionId ? (
          <Link to="/transactions/$id" params={{ id: action.childTransactionId }}>
            {t("transaction.action.child", { kind })}
          </Link>
        ) : null}
      </div>
      <p className="action-meta">
        {t("transaction.action.askedBy", { name: action.requestedByName })} · <DateTime value={action.createdAt} />
        {action.approvedByName && action.state !== "cancelled"
          ? ` · ${t("transaction.action.approvedBy", { name: action.approvedByName })}`
          : null}
        {action.retryOf
          ? ` · ${
              retried
                ? t("transaction.action.retryOf", {
                    state: stateWords(retried.state).label.toLowerCase(),
                    kind: kindLabel(retried.kind).toLowerCase(),
                  })
                : t("transaction.action.retryOfEarlier")
            }`
          : null}
      </p>
      {action.reason ? (
        <p className="action-answer">{t("transaction.action.reason", { reason: action.reason })}</p>
      ) : null}
      {answer?.message ? <p className="action-answer">{codeMessage(answer.message, answer.messageParts)}</p> : null}
      {action.error ? <p className="action-error">{action.error}</p> : null}
      {action.state === "pending_approval" ? <ApprovalButtons action={action} onDone={onChanged} /> : null}
      {mayAct && (action.state === "unknown" || action.state === "pending") ? (
        <p className="action-line">
          <button
            type="button"
            className="button button-sm"
            onClick={() => check.mutate({ id: action.id })}
            disabled={check.isPending}
          >
            {check.isPending ? t("transaction.action.asking") : t("transaction.action.ask")}
          </button>
          <span className="muted">{t("transaction.action.lost", { kind: kind.toLowerCase() })}</span>
        </p>
      ) : null}
      {check.isError ? (
        <p className="form-error" role="alert">
          {errorText(check.error)}
        </p>
      ) : null}
      {mayAct && canRetry(action) ? (
        <p className="action-line">
          <button type="button" className="button button-sm" onClick={() => onRetry(action)}>
            {t("transaction.action.retry")}
          </button>
        </p>
      ) : null}
    </li>
  );
}
