// Settings → refund approval limits: the domain's default per currency and the admin's overrides. Amounts are typed
// and shown in the currency's own units (its exponent from the domain): JPY in whole yen, KWD with three decimals.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { currencyExponent, formatMinor, isCurrencyCode } from "@paylens/domain/money";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { useCan } from "../../components/principal.tsx";
import { t } from "../../i18n/index.ts";
import { parseMoneyInput } from "../../lib/parse-money-input.ts";
import { useTrpc } from "../../trpc.ts";

/** The typed limit in minor units; 0 is allowed (every refund waits). Null when it is not an amount in this currency. */
export function limitMinor(text: string, currency: string): bigint | null {
  if (/^\s*0+([.,]0*)?\s*$/.test(text)) return 0n;
  const parsed = parseMoneyInput(text, currency);
  return parsed.ok ? parsed.minor : null;
}

function amountHint(currency: string): string {
  const digits = currencyExponent(currency);
  return digits === 0
    ? t("settings.limits.badAmountWhole", { currency })
    : t("settings.limits.badAmount", { currency, digits });
}

function useSetLimit() {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  return useMutation({
    ...trpc.approvalLimits.set.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.approvalLimits.list.queryKey() }),
  });
}

/** One currency's limit as a small form: the amount in that currency, saved or put back to its default. */
function LimitForm({ currency, start, onDone }: { currency: string; start: bigint; onDone: () => void }) {
  const set = useSetLimit();
  const [text, setText] = useState(formatMinor(start, currency));
  const minor = limitMinor(text, currency);
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (minor === null || set.isPending) return;
    set.mutate({ currency, amount: formatMinor(minor, currency) }, { onSuccess: onDone });
  };
  return (
    <form className="limit-form" onSubmit={save}>
      <input
        className="input input-sm mono"
        aria-label={t("settings.limits.amountOf", { currency })}
        inputMode={currencyExponent(currency) === 0 ? "numeric" : "decimal"}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={minor === null}
      />{" "}
      <button type="submit" className="button button-sm button-primary" disabled={minor === null || set.isPending}>
        {set.isPending ? t("settings.limits.saving") : t("settings.limits.save")}
      </button>{" "}
      <button type="button" className="button button-sm" onClick={onDone}>
        {t("settings.limits.cancel")}
      </button>
      {minor === null ? <p className="form-error">{amountHint(currency)}</p> : null}
      {set.isError ? (
        <p className="form-error" role="alert">
          {errorText(set.error)}
        </p>
      ) : null}
    </form>
  );
}

/** A currency the table does not list yet: every refund in it waits until it has a limit. */
function AddCurrency() {
  const set = useSetLimit();
  const [currency, setCurrency] = useState("");
  const [text, setText] = useState("");
  const code = currency.trim().toUpperCase();
  const codeOk = isCurrencyCode(code);
  const minor = codeOk ? limitMinor(text, code) : null;
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (minor === null || set.isPending) return;
    set.mutate(
      { currency: code, amount: formatMinor(minor, code) },
      {
        onSuccess: () => {
          setCurrency("");
          setText("");
        },
      },
    );
  };
  return (
    <form className="limit-form limit-add" onSubmit={add}>
      <label className="form-field">
        <span>{t("settings.limits.newCurrency")}</span>
        <input
          className="input input-sm mono"
          value={currency}
          maxLength={3}
          onChange={(e) => setCurrency(e.target.value)}
        />
      </label>
      <label className="form-field">
        <span>{t("settings.limits.newAmount")}</span>
        <input
          className="input input-sm mono"
          inputMode="decimal"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <button type="submit" className="button button-sm" disabled={minor === null || set.isPending}>
        {t("settings.limits.add")}
      </button>
      {currency && !codeOk ? <p className="form-error">{t("settings.limits.badCurrency")}</p> : null}
      {codeOk && text && minor === null ? <p className="form-error">{amountHint(code)}</p> : null}
      {set.isError ? (
        <p className="form-error" role="alert">
          {errorText(set.error)}
        </p>
      ) : null}
    </form>
  );
}

export function ApprovalLimits() {
  const trpc = useTrpc();
  const admin = useCan("admin");
  const list = useQuery(trpc.approvalLimits.list.queryOptions());
  const reset = useSetLimit();
  const [editing, setEditing] = useState<string | null>(null);

  if (list.isPending)
    return <div className="chart-skeleton" aria-busy="true" aria-label={t("settings.limits.loading")} />;
  if (list.isError)
    return (
      <ErrorState title={t("settings.limits.loadFailed")} error={list.error} onRetry={() => void list.refetch()} />
    );
  return (
    <div className="approval-limits">
      <div className="table-scroll">
        <table className="mini-table" aria-label={t("settings.limits.table")}>
          <thead>
            <tr>
              <th scope="col">{t("settings.limits.currency")}</th>
              <th scope="col" className="num">
                {t("settings.limits.limit")}
              </th>
              <th scope="col" className="num">
                {t("settings.limits.default")}
              </th>
              <th scope="col" className="num">
                {t("settings.limits.decimals")}
              </th>
              {admin ? <th scope="col" /> : null}
            </tr>
          </thead>
          <tbody>
            {list.data.map((row) => (
              <tr key={row.currency} data-currency={row.currency}>
                <th scope="row" className="mono">
                  {row.currency}
                </th>
                <td className="num">
                  {editing === row.currency ? (
                    <LimitForm currency={row.currency} start={row.aboveMinor} onDone={() => setEditing(null)} />
                  ) : (
                    <>
                      <Money amountMinor={row.aboveMinor} currency={row.currency} />
                      {row.source === "override" ? (
                        <span className="badge badge-sm"> {t("settings.limits.changed")}</span>
                      ) : null}
                    </>
                  )}
                </td>
                <td className="num muted">
                  {row.defaultMinor === null ? (
                    t("settings.limits.noDefault")
                  ) : (
                    <Money amountMinor={row.defaultMinor} currency={row.currency} />
                  )}
                </td>
                <td className="num">{currencyExponent(row.currency)}</td>
                {admin ? (
                  <td className="button-row">
                    {editing === row.currency ? null : (
                      <button
                        type="button"
                        className="button button-sm"
                        aria-label={t("settings.limits.changeOf", { currency: row.currency })}
                        onClick={() => setEditing(row.currency)}
                      >
                        {t("settings.limits.change")}
                      </button>
                    )}
                    {row.source === "override" ? (
                      <button
                        type="button"
                        className="button button-sm"
                        aria-label={t("settings.limits.resetOf", { currency: row.currency })}
                        disabled={reset.isPending}
                        onClick={() => reset.mutate({ currency: row.currency, amount: null })}
                      >
                        {t("settings.limits.reset")}
                      </button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted">{t("settings.limits.unlisted")}</p>
      <p className="muted">{t("settings.limits.zeroMeans")}</p>
      {reset.isError ? (
        <p className="form-error" role="alert">
          {errorText(reset.error)}
        </p>
      ) : null}
      {admin ? <AddCurrency /> : <p className="muted">{t("settings.limits.adminOnly")}</p>}
    </div>
  );
}
