import { formatNumber, t } from "../../i18n/index.ts";
import { kindLabel } from "./reconciliation-panel.tsx";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type ChangeEvent } from "react";
import { errorText } from "../../components/error-state.tsx";
import { exportQuery, type Period } from "../../lib/settlements-search.ts";
import { useTrpc } from "../../trpc.ts";
import { ReportScheduleDialog } from "../../components/report-schedule-dialog.tsx";
import { newSchedule } from "../../lib/report-schedules.ts";

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
  const [scheduling, setScheduling] = useState(false);
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
          t("settlements.tools.fetched", {
            rows: formatNumber(ok.reduce((n, r) => n + r.rows, 0)),
            ok: ok.length,
            total: results.length,
            errors: results.some((r) => r.error)
              ? ` (${results
                  .filter((r) => r.error)
                  .map((r) => `${r.accountId}: ${r.error ?? ""}`)
                  .join("; ")})`
              : "",
          }),
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
          .map(([kind, n]) => `${kindLabel(kind)}: ${n}`);
        setMessage(
          t("settlements.tools.reconciled", {
            compared: formatNumber(result.compared),
            found: found.length ? found.join(", ") : t("settlements.tools.noMismatches"),
            cleared: result.cleared ? t("settlements.tools.cleared", { count: result.cleared }) : "",
          }),
        );
        await refresh();
      },
    }),
  );
  const upload = useMutation(
    trpc.finance.uploadReport.mutationOptions({
      onSuccess: async (result) => {
        setMessage(
          t("settlements.tools.uploaded", { rows: formatNumber(result.rows), from: result.from, to: result.to }),
        );
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
    <section className="panel finance-tools" aria-label={t("settlements.tools.label")}>
      <div className="panel-body finance-tools-body">
        {canWork ? (
          <span className="button-row">
            <button
              type="button"
              className="button button-sm"
              disabled={busy}
              onClick={() => fetchReports.mutate(scope)}
            >
              {fetchReports.isPending ? t("settlements.tools.fetching") : t("settlements.tools.fetch")}
            </button>
            <button
              type="button"
              className="button button-sm button-primary"
              disabled={busy}
              onClick={() => reconcile.mutate(scope)}
            >
              {reconcile.isPending ? t("settlements.tools.reconciling") : t("settlements.tools.reconcile")}
            </button>
            <select
              className="input input-sm"
              aria-label={t("settlements.tools.uploadAccount")}
              value={uploadAccount}
              onChange={(e) => setUploadAccount(e.target.value)}
            >
              <option value="">{t("settlements.tools.uploadFor")}</option>
              {accounts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
            <label className={uploadAccount ? "button button-sm" : "button button-sm finance-disabled"}>
              {t("settlements.tools.choose")}
              <input
                type="file"
                className="finance-hidden"
                accept=".csv,.json,.txt"
                disabled={!uploadAccount || busy}
                onChange={(e) => void onFile(e)}
                aria-label={t("settlements.tools.file")}
              />
            </label>
          </span>
        ) : null}
        {canExport ? (
          <span className="button-row finance-exports">
            <a className="button button-sm" href={`/export/settlements.csv?${exportQuery(period)}`} download>
              {t("settlements.tools.settlementsCsv")}
            </a>
            <a className="button button-sm" href={`/export/ledger.csv?${exportQuery(period)}`} download>
              {t("settlements.tools.ledgerCsv")}
            </a>
            <a
              className="button button-sm"
              href={`/export/reconciliation.csv?${exportQuery(period, { states: "open,resolved" })}`}
              download
            >
              {t("settlements.tools.reconCsv")}
            </a>
            <button type="button" className="button button-sm" onClick={() => setScheduling(true)}>
              {t("reports.scheduleSettlements")}
            </button>
          </span>
        ) : null}
        {scheduling ? (
          <ReportScheduleDialog
            initial={{
              ...newSchedule(
                {
                  source: "settlements",
                  filters: { accountId: period.accountId, provider: period.provider, currency: period.currency },
                },
                t("reports.list.settlements"),
              ),
              timeZone: period.timeZone,
            }}
            what={t("reports.whatSettlements")}
            onClose={() => setScheduling(false)}
          />
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
