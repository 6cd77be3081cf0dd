import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { errorText } from "../../components/error-state.tsx";
import { exportQuery, type Period } from "../../lib/settlements-search.ts";
import { useTrpc } from "../../trpc.ts";

/** Fetch the providers' reports, reconcile, upload a report file by hand, and the three CSV exports of the period. */
export function ReportTools({
  period,
  accounts,
  canWork,
  canExport,
}: {
  period: Period;
  accounts: { id: string; name: string }[];
  canWork: boolean;
  canExport: boolean;
}) {
  const trpc = useTrpc();
  const client = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const [uploadAccount, setUploadAccount] = useState("");
  const refresh = async () => {
    await client.invalidateQueries({ queryKey: trpc.finance.pathKey() });
  };
  const scope = {
    from: period.from,
    to: period.to,
    timeZone: period.timeZone,
    ...(period.accountId ? { accountId: period.accountId } : {}),
  };
  const fetchReports = useMutation(
    trpc.finance.fetchReports.mutationOptions({
      onSuccess: async (results) => {
        const ok = results.filter((r) => r.state === "ok");
        setMessage(
          `Reports fetched: ${ok.reduce((n, r) => n + r.rows, 0)} rows from ${ok.length} of ${results.length} accounts${
            results.some((r) => r.error)
              ? ` (${results
                  .filter((r) => r.error)
                  .map((r) => `${r.accountId}: ${r.error ?? ""}`)
                  .join("; ")})`
              : ""
          }.`,
        );
        await refresh();
      },
    }),
  );
  const reconcile = useMutation(
    trpc.finance.reconcile.mutationOptions({
      onSuccess: async (result) => {
        const found = Object.entries(result.counts)
          .filter(([, n]) => n > 0)
          .map(([kind, n]) => `${n} ${kind.replaceAll("_", " ")}`);
        setMessage(
          `Reconciled ${result.compared} transactions: ${found.length ? found.join(", ") : "no mismatches"}${result.cleared ? `; ${result.cleared} cleared` : ""}.`,
        );
        await refresh();
      },
    }),
  );
  const upload = useMutation(
    trpc.finance.uploadReport.mutationOptions({
      onSuccess: async (result) => {
        setMessage(`Uploaded: ${result.rows} rows for ${result.from} to ${result.to}.`);
        await refresh();
      },
    }),
  );
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file || !uploadAccount) return;
    upload.mutate({
      accountId: uploadAccount,
      fileName: file.name,
      content: await file.text(),
      timeZone: period.timeZone,
    });
  };
  const error = fetchReports.error ?? reconcile.error ?? upload.error;
  const busy = fetchReports.isPending || reconcile.isPending || upload.isPending;

  return (
    <section className="panel finance-tools" aria-label="Reports and exports">
      <div className="panel-body finance-tools-body">
        {canWork ? (
          <span className="button-row">
            <button
              type="button"
              className="button button-sm"
              disabled={busy}
              onClick={() => fetchReports.mutate(scope)}
            >
              {fetchReports.isPending ? "Fetching…" : "Fetch provider reports"}
            </button>
            <button
              type="button"
              className="button button-sm button-primary"
              disabled={busy}
              onClick={() => reconcile.mutate(scope)}
            >
              {reconcile.isPending ? "Reconciling…" : "Reconcile"}
            </button>
            <select
              className="input input-sm"
              aria-label="Account of the report file"
              value={uploadAccount}
              onChange={(e) => setUploadAccount(e.target.value)}
            >
              <option value="">Upload a report for…</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <label className={uploadAccount ? "button button-sm" : "button button-sm finance-disabled"}>
              Choose file
              <input
                type="file"
                className="finance-hidden"
                accept=".csv,.json,.txt"
                disabled={!uploadAccount || busy}
                onChange={(e) => void onFile(e)}
                aria-label="Report file"
              />
            </label>
          </span>
        ) : null}
        {canExport ? (
          <span className="button-row finance-exports">
            <a className="button button-sm" href={`/export/settlements.csv?${exportQuery(period)}`} download>
              Settlements CSV
            </a>
            <a className="button button-sm" href={`/export/ledger.csv?${exportQuery(period)}`} download>
              Ledger CSV
            </a>
            <a
              className="button button-sm"
              href={`/export/reconciliation.csv?${exportQuery(period, { states: "open,resolved" })}`}
              download
            >
              Reconciliation CSV
            </a>
          </span>
        ) : null}
        {message && !error ? (
          <p className="finance-message" role="status">
            {message}
          </p>
        ) : null}
        {error ? (
          <p className="form-error" role="alert">
            {errorText(error)}
          </p>
        ) : null}
      </div>
    </section>
  );
}
