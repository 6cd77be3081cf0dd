import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ActionState } from "../../components/action-state.tsx";
import { ApprovalButtons } from "../../components/approval-buttons.tsx";
import { DateTime } from "../../components/date-time.tsx";
import { errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { useCan } from "../../components/principal.tsx";
import { canRetry, decodedAnswer, KIND_LABELS } from "../../lib/action-words.ts";
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

  return (
    <li className="action-item" aria-label={`${KIND_LABELS[action.kind]} ${action.state}`}>
      <div className="action-line">
        <span className="action-kind">{KIND_LABELS[action.kind]}</span>
        <ActionState state={action.state} />
        {action.amountMinor !== null && action.currency ? (
          <Money amountMinor={action.amountMinor} currency={action.currency} />
        ) : null}
        {answer?.code ? (
          <OutcomeCode
            code={answer.code}
            letter={answer.letter}
            message={answer.message}
            friendlyMessage={answer.friendlyMessage}
            reason={answer.reason}
          />
        ) : null}
        {action.childTransactionId ? (
          <Link to="/transactions/$id" params={{ id: action.childTransactionId }}>
            {KIND_LABELS[action.kind]} transaction →
          </Link>
        ) : null}
      </div>
      <p className="action-meta">
        Asked by {action.requestedByName} · <DateTime value={action.createdAt} />
        {action.approvedByName && action.state !== "cancelled" ? <> · approved by {action.approvedByName}</> : null}
        {action.retryOf ? (
          <>
            {" "}
            · retry of{" "}
            {retried ? `the ${retried.state} ${KIND_LABELS[retried.kind].toLowerCase()}` : "an earlier action"}
          </>
        ) : null}
      </p>
      {action.reason ? <p className="action-answer">Reason: {action.reason}</p> : null}
      {answer?.message ? <p className="action-answer">{answer.message}</p> : null}
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
            {check.isPending ? "Asking…" : "Ask the provider"}
          </button>
          <span className="muted">
            The answer was lost: this asks what happened, it never sends the {KIND_LABELS[action.kind].toLowerCase()}{" "}
            again.
          </span>
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
            Retry…
          </button>
        </p>
      ) : null}
    </li>
  );
}
