import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import type { Period } from "../../lib/settlements-search.ts";
import { useTrpc, type RouterOutputs } from "../../trpc.ts";

type Item = RouterOutputs["finance"]["mismatches"]["rows"][number];

const KIND_WORDS: Record<string, string> = {
  missing_in_report: "Missing in report",
  missing_in_ours: "Missing in ours",
  amount_differs: "Amount differs",
  status_differs: "Status differs",
  currency_differs: "Currency differs",
};

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
    <form className="finance-resolve" onSubmit={submit} aria-label={`Resolve ${item.providerUid}`}>
      <label>
        <span>Note (kept in the audit log)</span>
        <textarea
          className="input"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          rows={2}
          required
          minLength={3}
          maxLength={2000}
          placeholder="What was found, who confirmed it"
        />
      </label>
      <span className="button-row">
        <button
          type="submit"
          className="button button-sm button-primary"
          disabled={resolve.isPending || note.trim().length < 3}
        >
          {resolve.isPending ? "Resolving…" : "Resolve"}
        </button>
        <button type="button" className="button button-sm" onClick={onDone}>
          Cancel
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
  if (query.isPending) body = <div className="chart-skeleton" aria-busy="true" aria-label="Loading mismatches" />;
  else if (query.isError)
    body = (
      <ErrorState title="Could not load the reconciliation" error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (!query.data.rows.length)
    body = (
      <p className="muted">
        No open mismatches in this period. Fetch or upload the providers' reports, then reconcile.
      </p>
    );
  else {
    body = (
      <>
        <ul className="finance-kinds" aria-label="Mismatches by kind">
          {query.data.totals.map((t) => (
            <li key={`${t.kind}-${t.currency}`}>
              <span className="tag tag-warn">{KIND_WORDS[t.kind] ?? t.kind}</span> {t.count} ·{" "}
              <Money amountMinor={t.atStakeMinor} currency={t.currency} /> at stake
            </li>
          ))}
        </ul>
        <table className="mini-table finance-table" aria-label="Mismatches">
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">When</th>
              <th scope="col">Account</th>
              <th scope="col">Provider id</th>
              <th scope="col" className="num">
                Ledger
              </th>
              <th scope="col">Notified</th>
              <th scope="col" className="num">
                Report
              </th>
              <th scope="col" className="num">
                At stake
              </th>
              <th scope="col">Detail</th>
            </tr>
          </thead>
          <tbody>
            {query.data.rows.map((item) => (
              <tr key={item.id.toString()}>
                <td>
                  <span className="tag tag-warn">{KIND_WORDS[item.kind] ?? item.kind}</span>
                  {item.subject === "dispute" ? <span className="tag">dispute</span> : null}
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
                <td>{item.notifiedStatus ?? <span className="muted">never heard of</span>}</td>
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
                        Resolve…
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
    <section className="panel" aria-label="Reconciliation">
      <div className="panel-header">
        <h2>
          Reconciliation <span className="finance-subtle">ledger · notifications · provider reports</span>
        </h2>
      </div>
      <div className="panel-body">{body}</div>
    </section>
  );
}
