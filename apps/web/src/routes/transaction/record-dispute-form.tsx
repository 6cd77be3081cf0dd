// Recording a dispute by hand, for a provider that sends none (its definition says disputeFeed "none"): finance types what the provider's portal, e-mail or report said, and where from.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { DISPUTE_STAGES, reasonCategory, type DisputeStage } from "@paylens/domain/dispute";
import { isCurrencyCode } from "@paylens/domain/money";
import { providerName } from "@paylens/providers/catalog";
import { errorText } from "../../components/error-state.tsx";
import { t } from "../../i18n/index.ts";
import { Money } from "../../components/money.tsx";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { amountProblemText } from "./action-dialog.tsx";
import { minorToInput, parseMoneyInput } from "../../lib/parse-money-input.ts";
import { useTrpc } from "../../trpc.ts";
import { categoryLabel, STAGE_LABEL } from "../disputes/dispute-words.ts";

interface Payment {
  id: string;
  provider: string;
  amountMinor: bigint;
  currency: string;
}

const today = () => new Date().toISOString().slice(0, 10);
/** A date input's day as midnight UTC; null when empty. */
const dayOf = (text: string): Date | null => (text ? new Date(`${text}T00:00:00Z`) : null);

export function RecordDisputeForm({ payment, onDone }: { payment: Payment; onDone: () => void }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const ids = useId();
  // One key while the form is open: a double click or a retry records one dispute.
  const [key] = useState(newIdempotencyKey);
  const [stage, setStage] = useState<DisputeStage>("chargeback");
  const [reasonCode, setReasonCode] = useState("");
  const [currency, setCurrency] = useState(payment.currency);
  const [amountText, setAmountText] = useState(minorToInput(payment.amountMinor, payment.currency));
  const [networkReference, setNetworkReference] = useState("");
  const [opened, setOpened] = useState(today);
  const [due, setDue] = useState("");
  const [source, setSource] = useState("");
  const [touched, setTouched] = useState(false);
  const record = useMutation({
    ...trpc.disputes.record.mutationOptions(),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.transactions.byId.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.disputes.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() }),
      ]);
      onDone();
    },
  });
  const currencyOk = isCurrencyCode(currency.toUpperCase());
  const amount = currencyOk ? parseMoneyInput(amountText, currency.toUpperCase()) : null;
  const category = reasonCategory(reasonCode);
  const problems = [
    !currencyOk ? t("transaction.disputes.form.needCurrency") : null,
    amount && !amount.ok ? amountProblemText(amount.problem, currency.toUpperCase()) : null,
    source.trim().length < 3 ? t("transaction.disputes.form.needSource") : null,
    !opened ? t("transaction.disputes.form.needOpened") : null,
  ].filter((p): p is string => p !== null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problems.length > 0 || !amount?.ok) return;
    record.mutate({
      idempotencyKey: key,
      transactionId: payment.id,
      stage,
      reasonCode: reasonCode.trim() || undefined,
      amountMinor: amount.minor,
      currency: currency.toUpperCase(),
      networkReference: networkReference.trim() || undefined,
      // Today: the server's now, so a dispute recorded the day of its payment does not open before it.
      openedAt: opened === today() ? undefined : (dayOf(opened) ?? undefined),
      dueAt: dayOf(due) ?? undefined,
      source: source.trim(),
    });
  };
  return (
    <form
      className="record-dispute-form"
      onSubmit={submit}
      noValidate
      aria-label={t("transaction.disputes.form.label")}
    >
      <p className="muted">{t("transaction.disputes.form.intro")}</p>
      <div className="form-grid">
        <div className="form-field">
          <label htmlFor={`${ids}-stage`}>{t("transaction.disputes.form.stage")}</label>
          <select
            id={`${ids}-stage`}
            className="input"
            value={stage}
            onChange={(e) => setStage(e.target.value as DisputeStage)}
          >
            {DISPUTE_STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABEL[s]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-reason`}>{t("transaction.disputes.form.reasonCode")}</label>
          <input
            id={`${ids}-reason`}
            className="input"
            value={reasonCode}
            maxLength={20}
            placeholder="10.4, 13.1, 4853…"
            onChange={(e) => setReasonCode(e.target.value)}
          />
          <span className="muted">{reasonCode.trim() ? categoryLabel(category) : "\u00a0"}</span>
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-amount`}>{t("transaction.disputes.form.amount")}</label>
          <span className="amount-row">
            <input
              id={`${ids}-amount`}
              className="input"
              inputMode="decimal"
              value={amountText}
              onChange={(e) => setAmountText(e.target.value)}
            />
            <input
              aria-label={t("transaction.disputes.form.currency")}
              className="input currency-input mono"
              value={currency}
              maxLength={3}
              onChange={(e) => setCurrency(e.target.value.toUpperCase())}
            />
          </span>
          <span className="muted">
            {t("transaction.disputes.form.payment")}{" "}
            <Money amountMinor={payment.amountMinor} currency={payment.currency} />
          </span>
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-network`}>{t("transaction.disputes.form.networkReference")}</label>
          <input
            id={`${ids}-network`}
            className="input mono"
            value={networkReference}
            maxLength={40}
            onChange={(e) => setNetworkReference(e.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-opened`}>{t("transaction.disputes.form.opened")}</label>
          <input
            id={`${ids}-opened`}
            type="date"
            className="input"
            value={opened}
            max={today()}
            onChange={(e) => setOpened(e.target.value)}
          />
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-due`}>{t("transaction.disputes.form.due")}</label>
          <input
            id={`${ids}-due`}
            type="date"
            className="input"
            value={due}
            min={opened}
            onChange={(e) => setDue(e.target.value)}
          />
        </div>
      </div>
      <div className="form-field">
        <label htmlFor={`${ids}-source`}>{t("transaction.disputes.form.source")}</label>
        <textarea
          id={`${ids}-source`}
          className="input"
          rows={2}
          maxLength={500}
          placeholder={t("transaction.disputes.form.sourcePlaceholder", {
            provider: providerName(payment.provider),
            date: today(),
          })}
          value={source}
          onChange={(e) => setSource(e.target.value)}
        />
      </div>
      {touched && problems.length > 0 ? (
        <p className="form-error" role="alert">
          {problems.join(". ")}.
        </p>
      ) : null}
      {record.error ? (
        <p className="form-error" role="alert">
          {errorText(record.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary button-sm" disabled={record.isPending}>
          {t("transaction.disputes.form.submit")}
        </button>
        <button type="button" className="button button-sm" onClick={onDone}>
          {t("transaction.disputes.form.cancel")}
        </button>
      </div>
    </form>
  );
}
