import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Dialog } from "../../components/dialog.tsx";
import { errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { KIND_LABELS } from "../../lib/action-words.ts";
import type { ActionRow, ActionsOverview } from "../../lib/api-types.ts";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { minorToInput } from "../../lib/parse-money-input.ts";
import { humanize } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { checkAmount, leftAfter, needsApproval, planAction, type DialogKind } from "./action-plan.ts";
import { ActionResult } from "./action-result.tsx";
import type { DetailTransaction } from "./detail-types.ts";

const EXPLAIN: Record<DialogKind, string> = {
  capture: "Takes the authorized money. A partial capture leaves the rest capturable.",
  void: "Releases the whole authorization: nothing can be captured afterwards.",
  refund: "Sends money back to the customer. Several partial refunds may follow each other until nothing is left.",
  resync: "Asks the provider for the transaction's current status now, and applies the answer.",
  retry: "Sends the same request again as a new attempt, under a new key.",
};

export interface ActionDialogProps {
  kind: DialogKind;
  transaction: DetailTransaction;
  overview: ActionsOverview;
  retryOf: ActionRow | null;
  onClose: () => void;
  onSent: () => void;
}

export function ActionDialog({ kind, transaction, overview, retryOf, onClose, onSent }: ActionDialogProps) {
  const trpc = useTrpc();
  // Made once, when the dialog opens: a double click or a second try after a timeout is the same action, never two.
  const [key] = useState(newIdempotencyKey);
  const plan = planAction(kind, overview, retryOf, transaction.amountMinor);
  const currency = overview.currency;
  const [amountText, setAmountText] = useState(plan.startMinor !== null ? minorToInput(plan.startMinor, currency) : "");
  const [reason, setReason] = useState(retryOf?.reason ?? "");
  const [touched, setTouched] = useState(false);
  const request = useMutation({ ...trpc.actions.request.mutationOptions(), onSuccess: onSent });
  const ids = useId();

  const amount = checkAmount(plan, amountText, currency);
  const amountMinor = amount.ok ? amount.minor : null;
  const left = leftAfter(plan, amountMinor);
  const approval = needsApproval(kind, overview, amountMinor, retryOf);
  const reasonMissing = plan.reasonRequired && !reason.trim();
  const title = retryOf
    ? `Retry ${KIND_LABELS[retryOf.kind].toLowerCase()}`
    : kind === "retry"
      ? "Retry payment"
      : `${KIND_LABELS[kind]} ${humanize(transaction.type).toLowerCase()}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!amount.ok || reasonMissing || request.isPending) return;
    request.mutate({
      idempotencyKey: key,
      transactionId: transaction.id,
      kind,
      amountMinor: plan.amount === "editable" ? (amount.minor ?? undefined) : undefined,
      reason: reason.trim() || undefined,
      retryOf: retryOf?.id,
    });
  };

  if (request.data) {
    return (
      <Dialog title={title} onClose={onClose}>
        <ActionResult action={request.data} />
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="dialog-body-form" onSubmit={submit} noValidate>
        <p className="muted">{EXPLAIN[kind]}</p>
        {plan.amount === "editable" ? (
          <div className="form-field">
            <label htmlFor={`${ids}-amount`}>Amount to {kind}</label>
            <span className="amount-row">
              <input
                id={`${ids}-amount`}
                className="input"
                inputMode="decimal"
                value={amountText}
                onChange={(e) => setAmountText(e.target.value)}
                aria-invalid={touched && !amount.ok}
                aria-describedby={`${ids}-amount-error`}
              />
              <span className="mono">{currency}</span>
            </span>
            {!amount.ok && (touched || amountText !== "") ? (
              <span id={`${ids}-amount-error`} className="form-error">
                {amount.error}
              </span>
            ) : null}
          </div>
        ) : null}
        <dl className="amount-facts">
          <dt>Transaction</dt>
          <dd>
            <Money amountMinor={transaction.amountMinor} currency={transaction.currency} />
          </dd>
          {plan.amount === "fixed" && plan.startMinor !== null ? (
            <>
              <dt>{kind === "void" ? "Released" : "Amount"}</dt>
              <dd>
                <Money amountMinor={plan.startMinor} currency={currency} />
              </dd>
            </>
          ) : null}
          {plan.maxMinor !== null ? (
            <>
              <dt>Left to {kind} now</dt>
              <dd>
                <Money amountMinor={plan.maxMinor} currency={currency} />
              </dd>
              <dt>Left after this</dt>
              <dd data-testid="left-after">{left !== null ? <Money amountMinor={left} currency={currency} /> : "—"}</dd>
            </>
          ) : null}
        </dl>
        {kind !== "resync" ? (
          <div className="form-field">
            <label htmlFor={`${ids}-reason`}>Reason{plan.reasonRequired ? "" : " (optional)"}</label>
            <textarea
              id={`${ids}-reason`}
              className="input"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              aria-invalid={touched && reasonMissing}
              disabled={Boolean(retryOf)}
            />
            {touched && reasonMissing ? (
              <span className="form-error">
                A refund needs a reason: it goes into the audit log and to the approver.
              </span>
            ) : null}
          </div>
        ) : null}
        {approval && overview.approvalAboveMinor !== null ? (
          <p className="notice" role="note">
            Above <Money amountMinor={overview.approvalAboveMinor} currency={currency} />: this refund waits for a
            second person with approval rights before it is sent.
          </p>
        ) : null}
        {request.isError ? (
          <p className="form-error" role="alert">
            {errorText(request.error)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={request.isPending}>
            {request.isPending ? "Sending…" : request.isError ? "Try again" : approval ? "Ask for approval" : title}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
