// Settings → scheduled reports: the signed-in user's schedules, when each goes next and where, its last runs (sent,
// retrying or failed, and why), and edit, pause/resume and delete.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { ReportScheduleDialog } from "../../components/report-schedule-dialog.tsx";
import { t } from "../../i18n/index.ts";
import { editSchedule, timingText, whenText, type ScheduleRow } from "../../lib/report-schedules.ts";
import { useTrpc } from "../../trpc.ts";

/** What the report holds: in a phrase for the list, in a sentence for the dialog. */
export function scheduleWhat(row: ScheduleRow, long = false): string {
  if (row.source === "view")
    return row.viewName
      ? t(long ? "reports.whatView" : "reports.list.view", { name: row.viewName })
      : t("reports.list.viewGone");
  if (long) return t("reports.whatSettlements");
  const filters = Object.values(row.filters).filter(Boolean);
  return `${t("reports.list.settlements")}${filters.length ? ` · ${filters.join(" · ")}` : ""}`;
}

function RunLine({ run }: { run: ScheduleRow["runs"][number] }) {
  if (run.state === "sent")
    return <li className="tone-good">{t("reports.list.sent", { period: run.period, count: run.rows ?? 0 })}</li>;
  if (run.state === "failed")
    return <li className="tone-bad">{t("reports.list.failed", { period: run.period, error: run.lastError ?? "" })}</li>;
  return (
    <li className="tone-warn">
      {run.lastError
        ? t("reports.list.retrying", { period: run.period, error: run.lastError })
        : t("reports.list.sending", { period: run.period })}
    </li>
  );
}

function ScheduleItem({ row }: { row: ScheduleRow }) {
  const trpc = useTrpc();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: trpc.reportSchedules.list.queryKey() });
  const pause = useMutation({ ...trpc.reportSchedules.setPaused.mutationOptions(), onSuccess: refresh });
  const remove = useMutation({ ...trpc.reportSchedules.remove.mutationOptions(), onSuccess: refresh });
  const error = pause.error ?? remove.error;
  return (
    <li className="report-row">
      <div>
        <strong>{row.name}</strong>{" "}
        {row.paused ? <span className="badge badge-sm alert-ended">{t("reports.list.paused")}</span> : null}
        <p className="muted">{scheduleWhat(row)}</p>
        <p>
          {timingText(row)} · {t("reports.list.to", { channel: row.channel.name })} (
          {t(`reports.kind.${row.channel.kind}`)}){row.channel.enabled ? "" : ` · ${t("reports.list.channelOff")}`}
        </p>
        {row.nextAt ? <p className="muted">{t("reports.list.nextAt", { when: whenText(row.nextAt) })}</p> : null}
        <ul className="report-runs" aria-label={t("reports.list.runs")}>
          {row.runs.length === 0 ? <li className="muted">{t("reports.list.noRuns")}</li> : null}
          {row.runs.map((run) => (
            <RunLine key={run.id} run={run} />
          ))}
        </ul>
        {error ? (
          <p className="form-error" role="alert">
            {t("reports.list.actionFailed", { error: errorText(error) })}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button type="button" className="button button-sm" onClick={() => setEditing(true)}>
          {t("reports.list.edit")}
        </button>
        <button
          type="button"
          className="button button-sm"
          disabled={pause.isPending}
          onClick={() => pause.mutate({ id: row.id, paused: !row.paused })}
        >
          {row.paused ? t("reports.list.resume") : t("reports.list.pause")}
        </button>
        <button
          type="button"
          className={confirming ? "button button-sm button-danger" : "button button-sm"}
          disabled={remove.isPending}
          onClick={() => (confirming ? remove.mutate({ id: row.id }) : setConfirming(true))}
          onBlur={() => setConfirming(false)}
        >
          {confirming ? t("reports.list.confirmDelete") : t("reports.list.delete")}
        </button>
      </div>
      {editing ? (
        <ReportScheduleDialog
          initial={editSchedule(row)}
          what={scheduleWhat(row, true)}
          editing
          onClose={() => setEditing(false)}
        />
      ) : null}
    </li>
  );
}

export function ScheduledReports() {
  const trpc = useTrpc();
  const list = useQuery(trpc.reportSchedules.list.queryOptions());
  if (list.isPending) return <div className="chart-skeleton" aria-busy="true" aria-label={t("reports.list.loading")} />;
  if (list.isError)
    return <ErrorState title={t("reports.list.loadFailed")} error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.length === 0) return <p className="muted">{t("reports.list.none")}</p>;
  return (
    <ul className="report-list">
      {list.data.map((row) => (
        <ScheduleItem key={row.id} row={row} />
      ))}
    </ul>
  );
}
