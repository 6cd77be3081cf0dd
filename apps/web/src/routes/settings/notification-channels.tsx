// Settings → notification channels: where alerts are sent, which rules each gets, a test send, enable/disable, and
// muted rules. Secrets are write-only: the list shows the hint the API gives.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { ALERT_RULES, ALERT_RULE_TITLES, type AlertRule } from "@paylens/domain/alert-rules";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import type { AlertChannel } from "../../lib/analytics-types.ts";
import { useTrpc } from "../../trpc.ts";
import { ChannelForm, RuleChoice } from "./channel-form.tsx";

const KIND_LABELS: Record<AlertChannel["kind"], string> = { webhook: "Webhook", slack: "Slack", email: "E-mail" };

function where(channel: AlertChannel): string {
  if (channel.kind === "webhook") return String(channel.target.url ?? "");
  if (channel.kind === "email") return `${String(channel.target.to ?? "")} via ${String(channel.target.host ?? "")}`;
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
        <strong>{channel.name}</strong> <span className="badge badge-sm">{KIND_LABELS[channel.kind]}</span>
        {channel.enabled ? null : <span className="badge badge-sm alert-ended"> Disabled</span>}
        <p className="muted mono">{where(channel)}</p>
        <p className="muted">
          {fromEnv ? "From PAYLENS_ALERT_WEBHOOK_URL · " : ""}
          {channel.secretHint && channel.kind !== "slack" ? `Secret ${channel.secretHint} · ` : ""}
          {channel.rules.length === 0
            ? "All rules"
            : channel.rules.map((rule) => ALERT_RULE_TITLES[rule as AlertRule] ?? rule).join(", ")}
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
              Save routing
            </button>{" "}
            <button type="button" className="button button-sm" onClick={() => setRouting(null)}>
              Cancel
            </button>
          </div>
        ) : null}
        {test.data ? (
          <p className={test.data.ok ? "muted" : "form-error"} role="status">
            {test.data.ok ? "Test delivered." : `Test failed: ${test.data.error}`}
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
          {test.isPending ? "Sending…" : "Send a test"}
        </button>
        {fromEnv ? null : (
          <>
            <button type="button" className="button button-sm" onClick={() => setRouting(channel.rules)}>
              Routing
            </button>
            <button
              type="button"
              className="button button-sm"
              disabled={update.isPending}
              onClick={() => update.mutate({ id: channel.id, enabled: !channel.enabled })}
            >
              {channel.enabled ? "Disable" : "Enable"}
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
            <strong>{ALERT_RULE_TITLES[m.rule as AlertRule] ?? m.rule}</strong>
            <span className="muted mono"> {m.segment === "*" ? "every segment" : m.segment}</span>
            <p className="muted">
              Sends nothing until <DateTime value={m.until} /> · muted by {m.mutedBy}
            </p>
          </div>
          <button
            type="button"
            className="button button-sm"
            onClick={() => unmute.mutate({ rule: m.rule as AlertRule, segment: m.segment })}
          >
            Unmute
          </button>
        </div>
      ))}
      <div className="incident-row">
        <label className="filter-field">
          <span>Mute rule</span>
          <select
            className="input input-sm"
            value={rule}
            onChange={(event) => setRule(event.target.value as AlertRule)}
          >
            {ALERT_RULES.map((r) => (
              <option key={r} value={r}>
                {ALERT_RULE_TITLES[r]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter-field">
          <span>for hours</span>
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
          Mute
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
    list = <div className="chart-skeleton" role="status" aria-busy="true" aria-label="Loading channels" />;
  else if (channels.isError)
    list = (
      <ErrorState title="Could not load the channels" error={channels.error} onRetry={() => void channels.refetch()} />
    );
  else if (channels.data.length === 0)
    list = <p className="muted">No channels yet: alerts show only here and in /metrics.</p>;
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
      <h3 className="subheading">Add a channel</h3>
      <ChannelForm busy={create.isPending} submit={(input, done) => create.mutate(input, { onSuccess: done })} />
      {create.isError ? (
        <p className="form-error" role="alert">
          {errorText(create.error)}
        </p>
      ) : null}
      <h3 className="subheading">Muted rules</h3>
      <MutedRules />
    </>
  );
}
