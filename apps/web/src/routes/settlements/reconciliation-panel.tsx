import { t as tr } from "../../i18n/index.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import type { Period } from "../../lib/settlements-search.ts";
import { useTrpc, type RouterOutputs } from "../../trpc.ts";

type Item = RouterOutputs["finance"]["mismatches"]["rows"][number];

const KINDS = new Set(["missing_in_report", "missing_in_ours", "amount_differs", "status_differs", "currency_differs"]);

/** A mismatch kind in words ("amount_differs" → "Amount differs"). */
export function kindLabel(kind: string): string {
  return KINDS.has(kind) ? tr(`settlements.recon.${kind as "amount_differs"}`) : kind;
}

function Amount({ minor, currency }: { minor: bigint | null; currency: string | null }) {
  return minor === null || currency === null ? (
    <span className="muted">—</span>
  ) : (
    <Money amountMinor={minor} currency={currency.trim()} />
  );
}

function ResolveForm({ item, onDone }: { item: Item; onDone: () => void }) {
  const trpc = useTrpc();
  const client = useQueryClient();
  const [note, setNote] = useState("");
  const resolve = useMutation(
    trpc.finance.resolve.mutationOptions({
      onSuccess: async () => {
        await client.invalidateQueries({ queryKey: trpc.finance.mismatches.queryKey() });
        onDone();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resolve.mutate({ id: item.id, note });
  };
  return (
    <form
      className="finance-resolve"
      onSubmit={submit}
      aria-label={tr("settlements.recon.resolve", { uid: item.providerUid })}
    >
      <label>
        <span>{tr("settlements.recon.note")}</span>
        <textarea
          className="input"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          required
          minLength={3}
          maxLength={2000}
          placeholder={tr("settlements.recon.notePlaceholder")}
        />
      </label>
      <span className="button-row">
        <button
          type="submit"
          className="button button-sm button-primary"
          disabled={resolve.isPending || note.trim().length < 3}
        >
          {resolve.isPending ? tr("settlements.recon.resolving") : tr("settlements.recon.resolveButton")}
        </button>
        <button type="button" className="button button-sm" onClick={onDone}>
          {tr("common.cancel")}
        </button>
      </span>
      {resolve.isError ? (
        <p className="form-error" role="alert">
          {errorText(resolve.error)}
        </p>
      ) : null}
    </form>
  );
}

/** Open mismatches of the period by kind, with the money at stake; each resolvable with a note. */
export function ReconciliationPanel({ period, canResolve }: { period: Period; canResolve: boolean }) {
  const trpc = useTrpc();
  const query = useQuery(trpc.finance.mismatches.queryOptions({ ...period, limit: 200 }));
  const [resolving, setResolving] = useState<bigint | null>(null);

  let body;
  if (query.isPending)
    body = (
      <div className="chart-skeleton" role="status" aria-busy="true" aria-label={tr("settlements.recon.loading")} />
    );
  else if (query.isError)
    body = (
      <ErrorState title={tr("settlements.recon.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (!query.data.rows.length) body = <p className="muted">{tr("settlements.recon.none")}</p>;
  else {
    body = (
      <>
        <ul className="finance-kinds" aria-label={tr("settlements.recon.byKind")}>
          {query.data.totals.map((t) => (
            <li key={`${t.kind}-${t.currency}`}>
              <span className="tag tag-warn">{kindLabel(t.kind)}</span> {t.count} ·{" "}
              <Money amountMinor={t.atStakeMinor} currency={t.currency} /> {tr("settlements.recon.atStake")}
            </li>
          ))}
        </ul>
        <table className="mini-table finance-table" aria-label={tr("settlements.recon.mismatches")}>
          <thead>
            <tr>
              <th scope="col">{tr("settlements.recon.kind")}</th>
              <th scope="col">{tr("settlements.recon.when")}</th>
              <th scope="col">{tr("settlements.recon.account")}</th>
              <th scope="col">{tr("settlements.recon.providerId")}</th>
              <th scope="col" className="num">
                {tr("settlements.recon.ledger")}
              </th>
              <th scope="col">{tr("settlements.recon.notified")}</th>
              <th scope="col" className="num">
                {tr("settlements.recon.report")}
              </th>
              <th scope="col" className="num">
                {tr("settlements.recon.atStakeCol")}
              </th>
              <th scope="col">{tr("settlements.recon.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.rows.map((item) => (
              <tr key={item.id.toString()}>
                <td>
                  <span className="tag tag-warn">{kindLabel(item.kind)}</span>
                  {item.subject === "dispute" ? (
                    <span className="tag">{tr("settlements.recon.disputeTag")}</span>
                  ) : null}
                </td>
                <td className="nowrap">
                  <DateTime value={item.occurredAt} />
                </td>
                <td>{item.accountId}</td>
                <td className="mono">
                  {item.transactionId ? (
                    <Link to="/transactions/$id" params={{ id: item.transactionId }}>
                      {item.providerUid}
                    </Link>
                  ) : (
                    item.providerUid
                  )}
                </td>
                <td className="num">
                  <Amount minor={item.ledgerAmountMinor} currency={item.ledgerCurrency} />
                </td>
                <td>{item.notifiedStatus ?? <span className="muted">{tr("settlements.recon.never")}</span>}</td>
                <td className="num">
                  <Amount minor={item.reportAmountMinor} currency={item.reportCurrency} />
                  {item.reportStatus && item.reportStatus !== "successful" ? (
                    <span className="muted"> {item.reportStatus}</span>
                  ) : null}
                </td>
                <td className="num">
                  <Money amountMinor={item.atStakeMinor} currency={item.atStakeCurrency.trim()} />
                </td>
                <td className="finance-detail">
                  {item.detail}
                  {canResolve ? (
                    resolving === item.id ? (
                      <ResolveForm item={item} onDone={() => setResolving(null)} />
                    ) : (
                      <button
                        type="button"
                        className="link-button finance-resolve-open"
                        onClick={() => setResolving(item.id)}
                      >
                        {tr("settlements.recon.resolveOpen")}
                      </button>
                    )
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </>
    );
  }
  return (
    <section className="panel" aria-label={tr("settlements.recon.label")}>
      <div className="panel-header">
        <h2>
          {tr("settlements.recon.label")} <span className="finance-subtle">{tr("settlements.recon.sources")}</span>
        </h2>
      </div>
      <div className="panel-body">{body}</div>
    </section>
  );
}
