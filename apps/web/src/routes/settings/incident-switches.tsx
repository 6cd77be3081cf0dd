import { useState } from "react";
import type { IncidentInput, IncidentsState, WebhookMode } from "../../lib/analytics-types.ts";
import { providerName } from "../../lib/vocabulary.ts";

type Apply = (input: IncidentInput) => void;
const MODES: { mode: WebhookMode; label: string }[] = [
  { mode: "normal", label: "Normal" },
  { mode: "delayed", label: "Delayed" },
  { mode: "stopped", label: "Stopped" },
];

export function IssuerSwitch({ state, apply, busy }: { state: IncidentsState; apply: Apply; busy: boolean }) {
  const [issuer, setIssuer] = useState(state.issuer?.name ?? state.issuers[0] ?? "");
  const [approvalPct, setApprovalPct] = useState(Math.round((state.issuer?.approvalMultiplier ?? 0.1) * 100));
  const on = state.issuer !== null;
  return (
    <div className="incident-row">
      <div className="incident-what">
        <strong>Issuer declines</strong>
        <p className="muted">
          {on
            ? `${state.issuer?.name ?? ""} approves ${approvalPct}% of what it normally would.`
            : "All issuers approve as usual."}
        </p>
      </div>
      <label className="filter-field">
        <span>Issuer</span>
        <select
          className="input input-sm"
          aria-label="Issuer"
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
        <span>Approvals kept</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={0}
          max={100}
          aria-label="Approvals kept (%)"
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
        {on ? "Turn off" : "Turn on"}
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
        <strong>{providerName(entry.provider)} webhooks</strong>
        <p className="muted">
          {entry.mode === "normal"
            ? "Sent as usual."
            : entry.mode === "delayed"
              ? `Delayed by ${Math.round(entry.delayMs / 1000)} s.`
              : "Not sent: status is learned by polling only."}
        </p>
      </div>
      <label className="filter-field">
        <span>Delay</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={1}
          aria-label={`${providerName(entry.provider)} webhook delay (s)`}
          value={delaySeconds}
          onChange={(event) => setDelaySeconds(Number(event.target.value))}
        />
        <span className="muted">s</span>
      </label>
      <div className="segmented" role="group" aria-label={`${providerName(entry.provider)} webhooks`}>
        {MODES.map(({ mode, label }) => (
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
            {label}
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
        <strong>{name} API</strong>
        <p className="muted">
          {normal
            ? "Answers as usual."
            : `${entry.latencyMultiplier}× slower, ${Math.round(entry.failureRate * 100)}% of calls fail.`}
        </p>
      </div>
      <label className="filter-field">
        <span>Slow-down</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={1}
          max={100}
          step={0.5}
          aria-label={`${name} slow-down (×)`}
          value={multiplier}
          onChange={(event) => setMultiplier(Number(event.target.value))}
        />
        <span className="muted">×</span>
      </label>
      <label className="filter-field">
        <span>Failures</span>
        <input
          className="input input-sm input-num"
          type="number"
          min={0}
          max={100}
          aria-label={`${name} failure rate (%)`}
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
          Apply
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
          Reset
        </button>
      </div>
    </div>
  );
}
