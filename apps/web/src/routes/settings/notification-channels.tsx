// Settings → notification channels: where alerts are sent, which rules each gets, a test send, enable/disable, and
// muted rules. Secrets are write-only: the list shows the hint the API gives.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ALERT_RULES, isAlertRule, type AlertRule } from "@paylens/domain/alert-rules";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import type { AlertChannel } from "../../lib/analytics-types.ts";
import { t } from "../../i18n/index.ts";
import { useTrpc } from "../../trpc.ts";
import { ChannelForm, RuleChoice } from "./channel-form.tsx";

/** A rule's title in the console's language; a rule this console does not know by its name. */
function ruleTitle(rule: string): string {
  return isAlertRule(rule) ? t(`alerts.rules.${rule}`) : rule;
}

function where(channel: AlertChannel): string {
  if (channel.kind === "webhook") return String(channel.target.url ?? "");
  if (channel.kind === "email")
    return t("settings.channel.via", { to: String(channel.target.to ?? ""), host: String(channel.target.host ?? "") });
  return channel.secretHint ?? "";
}

function ChannelRow({ channel }: { channel: AlertChannel }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const [routing, setRouting] = useState<string[] | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alertChannels.list.queryKey() });
  const update = useMutation({ ...trpc.alertChannels.update.mutationOptions(), onSuccess: refresh });
  const test = useMutation(trpc.alertChannels.test.mutationOptions());
  const fromEnv = channel.source === "environment";
  return (
    <div className="incident-row channel-row">
      <div className="incident-what">
        <strong>{channel.name}</strong>{" "}
        <span className="badge badge-sm">{t(`settings.channel.kinds.${channel.kind}`)}</span>
        {channel.enabled ? null : <span className="badge badge-sm alert-ended"> {t("settings.channel.disabled")}</span>}
        <p className="muted mono">{where(channel)}</p>
        <p className="muted">
          {fromEnv ? `${t("settings.channel.fromEnv")} · ` : ""}
          {channel.secretHint && channel.kind !== "slack"
            ? `${t("settings.channel.secret", { hint: channel.secretHint })} · `
            : ""}
          {channel.rules.length === 0 ? t("settings.channel.allRules") : channel.rules.map(ruleTitle).join(", ")}
        </p>
        {routing ? (
          <div className="channel-routing">
            <RuleChoice rules={routing} onChange={setRouting} />
            <button
              type="button"
              className="button button-sm button-primary"
              disabled={update.isPending}
              onClick={() =>
                update.mutate({ id: channel.id, rules: routing as AlertRule[] }, { onSuccess: () => setRouting(null) })
              }
            >
              {t("settings.channel.saveRouting")}
            </button>{" "}
            <button type="button" className="button button-sm" onClick={() => setRouting(null)}>
              {t("settings.channel.cancel")}
            </button>
          </div>
        ) : null}
        {test.data ? (
          <p className={test.data.ok ? "muted" : "form-error"} role="status">
            {test.data.ok ? t("settings.channel.delivered") : t("settings.channel.failed", { error: test.data.error })}
          </p>
        ) : null}
        {update.isError || test.isError ? (
          <p className="form-error" role="alert">
            {errorText(update.error ?? test.error)}
          </p>
        ) : null}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-sm"
          disabled={test.isPending}
          onClick={() => test.mutate({ id: channel.id })}
        >
          {test.isPending ? t("settings.channel.sending") : t("settings.channel.sendTest")}
        </button>
        {fromEnv ? null : (
          <>
            <button type="button" className="button button-sm" onClick={() => setRouting(channel.rules)}>
              {t("settings.channel.routing")}
            </button>
            <button
              type="button"
              className="button button-sm"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: channel.id, enabled: !channel.enabled })}
            >
              {channel.enabled ? t("settings.channel.disable") : t("settings.channel.enable")}
            </button>
          </>
        )}
      </div>
    </div>
  );
}

function MutedRules() {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const mutes = useQuery(trpc.alerts.mutes.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.alerts.mutes.queryKey() });
  const mute = useMutation({ ...trpc.alerts.mute.mutationOptions(), onSuccess: refresh });
  const unmute = useMutation({ ...trpc.alerts.unmute.mutationOptions(), onSuccess: refresh });
  const [rule, setRule] = useState<AlertRule>("account-silent");
  const [hours, setHours] = useState(4);
  return (
    <div className="incident-list">
      {(mutes.data ?? []).map((m) => (
        <div key={`${m.rule} ${m.segment}`} className="incident-row">
          <div className="incident-what">
            <strong>{ruleTitle(m.rule)}</strong>
            <span className="muted mono"> {m.segment === "*" ? t("settings.mutes.everySegment") : m.segment}</span>
            <p className="muted">
              {t("settings.mutes.sendsNothingUntil")} <DateTime value={m.until} /> ·{" "}
              {t("settings.mutes.mutedBy", { name: m.mutedBy })}
            </p>
          </div>
          <button
            type="button"
            className="button button-sm"
            onClick={() => unmute.mutate({ rule: m.rule as AlertRule, segment: m.segment })}
          >
            {t("settings.mutes.unmute")}
          </button>
        </div>
      ))}
      <div className="incident-row">
        <label className="filter-field">
          <span>{t("settings.mutes.rule")}</span>
          <select
            className="input input-sm"
            value={rule}
            onChange={(event) => setRule(event.target.value as AlertRule)}
          >
            {ALERT_RULES.map((r) => (
              <option key={r} value={r}>
                {t(`alerts.rules.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span>{t("settings.mutes.hours")}</span>
          <input
            className="input input-sm input-num"
            type="number"
            min={1}
            max={168}
            value={hours}
            onChange={(event) => setHours(Number(event.target.value))}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={mute.isPending}
          onClick={() => mute.mutate({ rule, segment: "*", minutes: hours * 60 })}
        >
          {t("settings.mutes.mute")}
        </button>
      </div>
      {mute.isError ? (
        <p className="form-error" role="alert">
          {errorText(mute.error)}
        </p>
      ) : null}
    </div>
  );
}

export function NotificationChannels() {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const channels = useQuery(trpc.alertChannels.list.queryOptions());
  const create = useMutation({
    ...trpc.alertChannels.create.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alertChannels.list.queryKey() }),
  });
  let list;
  if (channels.isPending)
    list = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("settings.channel.loading")} />;
  else if (channels.isError)
    list = (
      <ErrorState
        title={t("settings.channel.loadFailed")}
        error={channels.error}
        onRetry={() => void channels.refetch()}
      />
    );
  else if (channels.data.length === 0) list = <p className="muted">{t("settings.channel.none")}</p>;
  else
    list = (
      <div className="incident-list">
        {channels.data.map((c) => (
          <ChannelRow key={c.id} channel={c} />
        ))}
      </div>
    );
  return (
    <>
      {list}
      <h3 className="subheading">{t("settings.channel.addTitle")}</h3>
      <ChannelForm busy={create.isPending} submit={(input, done) => create.mutate(input, { onSuccess: done })} />
      {create.isError ? (
        <p className="form-error" role="alert">
          {errorText(create.error)}
        </p>
      ) : null}
      <h3 className="subheading">{t("settings.mutes.title")}</h3>
      <MutedRules />
    </>
  );
}
