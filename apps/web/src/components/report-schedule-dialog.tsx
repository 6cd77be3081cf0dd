// The schedule dialog: name, daily or weekly, the hour and time zone, and the channel; it says what each kind of
// channel receives (Slack only a link: its incoming webhooks take no files). Opened from a saved view's menu, from
// Settlements, and from Settings to edit. The id is made when it opens, so a second submit changes nothing.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { nextDue, WEEKDAYS } from "@paylens/domain/report-schedule";
import { t } from "../i18n/index.ts";
import { hourLabel, timeZones, weekdayName, whenText, type ScheduleInput } from "../lib/report-schedules.ts";
import { useTrpc } from "../trpc.ts";
import { Dialog } from "./dialog.tsx";
import { errorText } from "./error-state.tsx";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

export function ReportScheduleDialog({
  initial,
  what,
  editing = false,
  onClose,
}: {
  initial: ScheduleInput;
  /** What the report holds, in a sentence. */
  what: string;
  editing?: boolean;
  onClose: () => void;
}) {
  const trpc = useTrpc();
  const client = useQueryClient();
  const [draft, setDraft] = useState<ScheduleInput>(initial);
  const channels = useQuery(trpc.reportSchedules.channels.queryOptions());
  const save = useMutation({
    ...trpc.reportSchedules.save.mutationOptions(),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: trpc.reportSchedules.list.queryKey() });
      onClose();
    },
  });
  const patch = (change: Partial<ScheduleInput>) => setDraft((d) => ({ ...d, ...change }) as ScheduleInput);
  const channel = channels.data?.find((c) => c.id === draft.channelId);
  const ready = draft.name.trim() !== "" && Boolean(channel);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) save.mutate({ ...draft, name: draft.name.trim() });
  };
  const first = nextDue(draft, new Date()).dueAt;

  return (
    <Dialog title={editing ? t("reports.editTitle") : t("reports.newTitle")} onClose={onClose}>
      <form className="report-form" onSubmit={submit}>
        <p className="muted">{what}</p>
        <label className="report-field">
          <span>{t("reports.name")}</span>
          <input
            className="input"
            value={draft.name}
            maxLength={100}
            required
            onChange={(e) => patch({ name: e.target.value })}
          />
        </label>
        <div className="report-fields">
          <label className="report-field">
            <span>{t("reports.cadence")}</span>
            <select
              className="input"
              value={draft.cadence}
              onChange={(e) =>
                patch(
                  e.target.value === "weekly"
                    ? { cadence: "weekly", weekday: draft.weekday ?? 1 }
                    : { cadence: "daily", weekday: null },
                )
              }
            >
              <option value="daily">{t("reports.daily")}</option>
              <option value="weekly">{t("reports.weekly")}</option>
            </select>
          </label>
          {draft.cadence === "weekly" ? (
            <label className="report-field">
              <span>{t("reports.weekday")}</span>
              <select
                className="input"
                value={draft.weekday ?? 1}
                onChange={(e) => patch({ weekday: Number(e.target.value) })}
              >
                {WEEKDAYS.map((day) => (
                  <option key={day} value={day}>
                    {weekdayName(day)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <label className="report-field">
            <span>{t("reports.hour")}</span>
            <select className="input" value={draft.hour} onChange={(e) => patch({ hour: Number(e.target.value) })}>
              {HOURS.map((hour) => (
                <option key={hour} value={hour}>
                  {hourLabel(hour)}
                </option>
              ))}
            </select>
          </label>
          <label className="report-field">
            <span>{t("reports.timeZone")}</span>
            <select className="input" value={draft.timeZone} onChange={(e) => patch({ timeZone: e.target.value })}>
              {timeZones(draft.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="report-field">
          <span>{t("reports.channel")}</span>
          <select
            className="input"
            value={draft.channelId}
            required
            onChange={(e) => patch({ channelId: e.target.value })}
          >
            <option value="">{t("reports.chooseChannel")}</option>
            {channels.data?.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} · {t(`reports.kind.${c.kind}`)}
              </option>
            ))}
          </select>
        </label>
        {channels.isError ? (
          <p className="form-error">{t("reports.channelsFailed", { error: errorText(channels.error) })}</p>
        ) : channels.data?.length === 0 ? (
          <p className="form-hint">{t("reports.noChannels")}</p>
        ) : channel ? (
          <p className={channel.kind === "slack" ? "form-hint tone-warn" : "form-hint"} role="note">
            {t(
              `reports.${channel.kind === "email" ? "emailNote" : channel.kind === "slack" ? "slackNote" : "webhookNote"}`,
            )}
          </p>
        ) : null}
        <p className="muted">{t("reports.next", { when: whenText(first) })}</p>
        {save.isError ? (
          <p className="form-error" role="alert">
            {t("reports.saveFailed", { error: errorText(save.error) })}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={!ready || save.isPending}>
            {save.isPending ? t("reports.saving") : t("reports.save")}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
