import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { currencyExponent } from "@paylens/domain/money";
import { Dialog } from "../../components/dialog.tsx";
import { errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { t } from "../../i18n/index.ts";
import { formatMoney } from "../../lib/format-money.ts";
import type { ActionRow, ActionsOverview } from "../../lib/api-types.ts";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { minorToInput, type AmountProblem } from "../../lib/parse-money-input.ts";
import { useTrpc } from "../../trpc.ts";
import { checkAmount, leftAfter, needsApproval, planAction, type AmountIssue, type DialogKind } from "./action-plan.ts";
import { ActionResult } from "./action-result.tsx";
import type { DetailTransaction } from "./detail-types.ts";

/** The dialog's title, whole in each language (a kind and a type do not combine word by word in Russian or Polish). */
function titleOf(kind: DialogKind, transaction: DetailTransaction, retryOf: ActionRow | null): string {
  if (retryOf) {
    const titles = {
      capture: "retryCapture",
      void: "retryVoid",
      refund: "retryRefund",
      resync: "retryResync",
      retry: "retryPayment",
    } as const;
    return t(`transaction.dialog.titles.${titles[retryOf.kind]}`);
  }
  if (kind === "retry") return t("transaction.dialog.titles.retryPayment");
  if (kind === "refund")
    return t(`transaction.dialog.titles.${transaction.type === "capture" ? "refundCapture" : "refundPayment"}`);
  return t(`transaction.dialog.titles.${kind}`);
}

const inWords = (minor: bigint, currency: string) =>
  formatMoney(minor, currency, { display: "code" }).replace(/\u00a0/g, " ");

/** Why the amount cannot be sent, in the reader's language. */
function issueText(issue: AmountIssue, kind: "capture" | "refund", currency: string): string {
  if (issue.kind === "over")
    return issue.leftMinor === 0n
      ? t(`transaction.dialog.issues.${kind === "refund" ? "nothingRefund" : "nothingCapture"}`)
      : t(`transaction.dialog.issues.${kind === "refund" ? "overRefund" : "overCapture"}`, {
          left: inWords(issue.leftMinor, currency),
        });
  return amountProblemText(issue.kind, currency);
}

/** Why a typed amount was not read (parseMoneyInput), in the reader's language. */
export function amountProblemText(problem: AmountProblem, currency: string): string {
  if (problem === "decimals") {
    const count = currencyExponent(currency);
    return count === 0
      ? t("transaction.dialog.issues.wholeOnly", { currency })
      : t("transaction.dialog.issues.decimals", { currency, count });
  }
  return t(`transaction.dialog.issues.${problem}`);
}

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
  const request = useMutation({ ...trpc.actions.request.mutationOptions(), onSuccess: onSent });
  // Set in the click itself, so a double click finds the button off before the mutation's own state arrives.
  const [busy, setBusy] = useState(false);
  const ids = useId();

  const amount = checkAmount(plan, amountText, currency);
  const amountMinor = amount.ok ? amount.minor : null;
  const left = leftAfter(plan, amountMinor);
  const approval = needsApproval(kind, overview, amountMinor, retryOf);
  const reasonMissing = plan.reasonRequired && !reason.trim();
  const editable = plan.amount === "editable" && (kind === "refund" || kind === "capture") ? kind : null;
  const amountIssue = !amount.ok && editable ? issueText(amount.issue, editable, currency) : null;
  // Everything that keeps the button off, said next to it: the reader never has to press it to find out.
  const blockers = [amountIssue, reasonMissing ? t("transaction.dialog.issues.reason") : null].filter(Boolean);
  const title = titleOf(kind, transaction, retryOf);
  const everyRefund = overview.approvalLimitSource === "unlisted";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!amount.ok || reasonMissing || busy) return;
    setBusy(true);
    request.mutate(
      {
        idempotencyKey: key,
        transactionId: transaction.id,
        kind,
        amountMinor: plan.amount === "editable" ? (amount.minor ?? undefined) : undefined,
        reason: reason.trim() || undefined,
        retryOf: retryOf?.id,
      },
      { onSettled: () => setBusy(false) },
    );
  };

  if (request.data) {
    return (
      <Dialog title={title} onClose={onClose}>
        <ActionResult action={request.data} />
        <div className="dialog-actions">
          <button type="button" className="button button-primary" onClick={onClose}>
            {t("transaction.dialog.close")}
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={title} onClose={onClose}>
      <form className="dialog-body-form" onSubmit={submit} noValidate>
        <p className="muted">{t(`transaction.dialog.explain.${kind}`)}</p>
        {editable && !retryOf ? (
          <p className="form-hint" data-testid="required-fields">
            {t(editable === "refund" ? "transaction.dialog.requiredRefund" : "transaction.dialog.requiredCapture")}
          </p>
        ) : null}
        {editable ? (
          <div className="form-field">
            <label htmlFor={`${ids}-amount`}>
              {t(editable === "refund" ? "transaction.dialog.amountRefund" : "transaction.dialog.amountCapture")}
            </label>
            <span className="amount-row">
              <input
                id={`${ids}-amount`}
                className="input"
                inputMode={currencyExponent(currency) === 0 ? "numeric" : "decimal"}
                value={amountText}
                onChange={(e) => setAmountText(e.target.value)}
                required
                aria-invalid={amountIssue !== null}
                aria-describedby={`${ids}-amount-error`}
              />
              <span className="mono">{currency}</span>
            </span>
            {amountIssue ? (
              <span id={`${ids}-amount-error`} className="form-error">
                {amountIssue}
              </span>
            ) : null}
          </div>
        ) : null}
        <dl className="amount-facts">
          <dt>{t("transaction.dialog.transaction")}</dt>
          <dd>
            <Money amountMinor={transaction.amountMinor} currency={transaction.currency} />
          </dd>
          {plan.amount === "fixed" && plan.startMinor !== null ? (
            <>
              <dt>{t(kind === "void" ? "transaction.dialog.released" : "transaction.dialog.amount")}</dt>
              <dd>
                <Money amountMinor={plan.startMinor} currency={currency} />
              </dd>
            </>
          ) : null}
          {plan.maxMinor !== null ? (
            <>
              <dt>{t(kind === "capture" ? "transaction.dialog.leftCapture" : "transaction.dialog.leftRefund")}</dt>
              <dd data-testid="left-now">
                <Money amountMinor={plan.maxMinor} currency={currency} />
              </dd>
              <dt>{t("transaction.dialog.leftAfter")}</dt>
              <dd data-testid="left-after">
                {left !== null && left >= 0n ? <Money amountMinor={left} currency={currency} /> : "—"}
              </dd>
            </>
          ) : null}
          {editable === "refund" ? (
            <>
              <dt>{t(everyRefund ? "transaction.dialog.approvalEvery" : "transaction.dialog.approvalAbove")}</dt>
              <dd data-testid="approval-limit">
                {everyRefund ? (
                  t("transaction.dialog.approvalEveryValue", { currency })
                ) : (
                  <Money amountMinor={overview.approvalAboveMinor} currency={currency} />
                )}
              </dd>
            </>
          ) : null}
        </dl>
        {kind !== "resync" ? (
          <div className="form-field">
            <label htmlFor={`${ids}-reason`}>
              {t(plan.reasonRequired ? "transaction.dialog.reasonRequired" : "transaction.dialog.reasonOptional")}
            </label>
            <textarea
              id={`${ids}-reason`}
              className="input"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              required={plan.reasonRequired}
              aria-invalid={reasonMissing}
              disabled={Boolean(retryOf)}
            />
          </div>
        ) : null}
        {approval ? (
          <p className="notice" role="note">
            {everyRefund
              ? t("transaction.dialog.approvalNoteEvery", { currency })
              : t("transaction.dialog.approvalNote", { limit: inWords(overview.approvalAboveMinor, currency) })}
          </p>
        ) : null}
        {request.isError ? (
          <p className="form-error" role="alert">
            {errorText(request.error)}
          </p>
        ) : null}
        {blockers.length ? (
          <p id={`${ids}-blocked`} className="form-hint" data-testid="blocked">
            {t("transaction.dialog.blocked", { why: blockers.join(" ") })}
          </p>
        ) : null}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t("transaction.dialog.cancel")}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || blockers.length > 0}
            aria-describedby={blockers.length ? `${ids}-blocked` : undefined}
          >
            {busy
              ? t("transaction.dialog.sending")
              : request.isError
                ? t("transaction.dialog.tryAgain")
                : approval
                  ? t("transaction.dialog.askApproval")
                  : title}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
