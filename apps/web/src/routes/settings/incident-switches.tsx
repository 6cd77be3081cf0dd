import { useState } from "react";
import type { IncidentInput, IncidentsState, WebhookMode } from "../../lib/analytics-types.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { providerName } from "../../lib/vocabulary.ts";

type Apply = (input: IncidentInput) => void;
const MODES: WebhookMode[] = ["normal", "delayed", "stopped"];

export function IssuerSwitch({ state, apply, busy }: { state: IncidentsState; apply: Apply; busy: boolean }) {
  const [issuer, setIssuer] = useState(state.issuer?.name ?? state.issuers[0] ?? "");
  const [approvalPct, setApprovalPct] = useState(Math.round((state.issuer?.approvalMultiplier ?? 0.1) * 100));
  const on = state.issuer !== null;
  return (
    <div className="incident-row">
      <div className="incident-what">
        <strong>{t("settings.incident.issuerDeclines")}</strong>
        <p className="muted">
          {on
            ? t("settings.incident.issuerOn", { issuer: state.issuer?.name ?? "", pct: formatNumber(approvalPct) })
            : t("settings.incident.issuerOff")}
        </p>
      </div>
      <label className="filter-field">
        <span>{t("settings.incident.issuer")}</span>
        <select
          className="input input-sm"
          aria-label={t("settings.incident.issuer")}
          value={issuer}
          disabled={on}
          onChange={(event) => setIssuer(event.target.value)}
        >
          {state.issuers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t("settings.incident.approvalsKept")}</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={0}
          max={100}
          aria-label={t("settings.incident.approvalsKeptPct")}
          value={approvalPct}
          disabled={on}
          onChange={(event) => setApprovalPct(Number(event.target.value))}
        />
        <span className="muted">%</span>
      </label>
      <button
        type="button"
        className={on ? "button button-danger" : "button"}
        aria-pressed={on}
        disabled={busy || (!on && !issuer)}
        onClick={() =>
          apply(
            on
              ? { kind: "issuer", issuer: null }
              : { kind: "issuer", issuer, approvalMultiplier: Math.min(1, Math.max(0, approvalPct / 100)) },
          )
        }
      >
        {on ? t("settings.incident.turnOff") : t("settings.incident.turnOn")}
      </button>
    </div>
  );
}

export function WebhookSwitch({
  entry,
  apply,
  busy,
}: {
  entry: IncidentsState["webhooks"][number];
  apply: Apply;
  busy: boolean;
}) {
  const [delaySeconds, setDelaySeconds] = useState(Math.round((entry.delayMs || 300_000) / 1000));
  return (
    <div className="incident-row">
      <div className="incident-what">
        <strong>{t("settings.incident.webhooksOf", { provider: providerName(entry.provider) })}</strong>
        <p className="muted">
          {entry.mode === "normal"
            ? t("settings.incident.webhooksNormal")
            : entry.mode === "delayed"
              ? t("settings.incident.webhooksDelayed", { seconds: formatNumber(Math.round(entry.delayMs / 1000)) })
              : t("settings.incident.webhooksStopped")}
        </p>
      </div>
      <label className="filter-field">
        <span>{t("settings.incident.delay")}</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={1}
          aria-label={t("settings.incident.delayOf", { provider: providerName(entry.provider) })}
          value={delaySeconds}
          onChange={(event) => setDelaySeconds(Number(event.target.value))}
        />
        <span className="muted">{t("settings.incident.seconds")}</span>
      </label>
      <div
        className="segmented"
        role="group"
        aria-label={t("settings.incident.webhooksOf", { provider: providerName(entry.provider) })}
      >
        {MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            className="segment"
            aria-pressed={entry.mode === mode}
            disabled={busy}
            onClick={() =>
              apply(
                mode === "delayed"
                  ? { kind: "webhooks", provider: entry.provider, mode, delayMs: Math.max(1, delaySeconds) * 1000 }
                  : { kind: "webhooks", provider: entry.provider, mode },
              )
            }
          >
            {t(`settings.incident.mode.${mode}`)}
          </button>
        ))}
      </div>
    </div>
  );
}

export function ApiSwitch({
  entry,
  apply,
  busy,
}: {
  entry: IncidentsState["api"][number];
  apply: Apply;
  busy: boolean;
}) {
  const [multiplier, setMultiplier] = useState(entry.latencyMultiplier);
  const [failurePct, setFailurePct] = useState(Math.round(entry.failureRate * 100));
  const name = providerName(entry.provider);
  const normal = entry.latencyMultiplier === 1 && entry.failureRate === 0;
  return (
    <div className="incident-row">
      <div className="incident-what">
        <strong>{t("settings.incident.apiOf", { provider: name })}</strong>
        <p className="muted">
          {normal
            ? t("settings.incident.apiNormal")
            : t("settings.incident.apiSlow", {
                times: formatNumber(entry.latencyMultiplier),
                pct: formatNumber(Math.round(entry.failureRate * 100)),
              })}
        </p>
      </div>
      <label className="filter-field">
        <span>{t("settings.incident.slowDown")}</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={1}
          max={100}
          step={0.5}
          aria-label={t("settings.incident.slowDownOf", { provider: name })}
          value={multiplier}
          onChange={(event) => setMultiplier(Number(event.target.value))}
        />
        <span className="muted">×</span>
      </label>
      <label className="filter-field">
        <span>{t("settings.incident.failures")}</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={0}
          max={100}
          aria-label={t("settings.incident.failuresOf", { provider: name })}
          value={failurePct}
          onChange={(event) => setFailurePct(Number(event.target.value))}
        />
        <span className="muted">%</span>
      </label>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            apply({
              kind: "api",
              provider: entry.provider,
              latencyMultiplier: Math.max(1, multiplier),
              failureRate: Math.min(1, Math.max(0, failurePct / 100)),
            })
          }
        >
          {t("settings.incident.apply")}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy || normal}
          onClick={() => {
            setMultiplier(1);
            setFailurePct(0);
            apply({ kind: "api", provider: entry.provider, latencyMultiplier: 1, failureRate: 0 });
          }}
        >
          {t("settings.incident.reset")}
        </button>
      </div>
    </div>
  );
}
