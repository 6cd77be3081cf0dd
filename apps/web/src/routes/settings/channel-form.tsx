// Add a notification channel: a Standard Webhooks receiver, a Slack incoming webhook or an SMTP mailbox, and the rules
// it gets (none ticked: every rule). The form's id makes a double submit one channel.
import { useState } from "react";
import { ALERT_RULES, type AlertRule } from "@paylens/domain/alert-rules";
import { t } from "../../i18n/index.ts";
import type { AlertChannelInput } from "../../lib/analytics-types.ts";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";

type Kind = AlertChannelInput["kind"];
const KINDS: Kind[] = ["webhook", "slack", "email"];

export function RuleChoice({ rules, onChange }: { rules: string[]; onChange: (rules: AlertRule[]) => void }) {
  return (
    <fieldset className="rule-choice">
      <legend>{t("settings.channel.rules")}</legend>
      {ALERT_RULES.map((rule) => (
        <label key={rule} className="check">
          <input
            type="checkbox"
            checked={rules.includes(rule)}
            onChange={(event) =>
              onChange(ALERT_RULES.filter((r) => (r === rule ? event.target.checked : rules.includes(r))))
            }
          />
          {t(`alerts.rules.${rule}`)}
        </label>
      ))}
    </fieldset>
  );
}

export function ChannelForm({
  submit,
  busy,
}: {
  submit: (input: AlertChannelInput, done: () => void) => void;
  busy: boolean;
}) {
  const [id, setId] = useState(newIdempotencyKey);
  const [kind, setKind] = useState<Kind>("webhook");
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [secret, setSecret] = useState("");
  const [smtp, setSmtp] = useState({ host: "", port: "587", secure: false, user: "", from: "", to: "" });
  const [rules, setRules] = useState<AlertRule[]>([]);
  const field = (label: string, value: string, set: (v: string) => void, type = "text", hint?: string) => (
    <label className="filter-field">
      <span>{label}</span>
      <input
        className="input input-sm"
        type={type}
        value={value}
        placeholder={hint}
        autoComplete="off"
        onChange={(event) => set(event.target.value)}
      />
    </label>
  );
  const input = (): AlertChannelInput =>
    kind === "webhook"
      ? { id, name, rules, kind, target: { url }, secret }
      : kind === "slack"
        ? { id, name, rules, kind, target: {}, secret: url }
        : {
            id,
            name,
            rules,
            kind,
            target: { ...smtp, port: Number(smtp.port), ...(smtp.user ? { user: smtp.user } : { user: undefined }) },
            ...(secret ? { secret } : {}),
          };
  return (
    <form
      className="channel-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(input(), () => {
          setId(newIdempotencyKey());
          setName("");
          setUrl("");
          setSecret("");
        });
      }}
    >
      <div className="channel-form-fields">
        <label className="filter-field">
          <span>{t("settings.channel.kind")}</span>
          <select className="input input-sm" value={kind} onChange={(event) => setKind(event.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`settings.channel.kinds.${k}Long`)}
              </option>
            ))}
          </select>
        </label>
        {field(t("settings.channel.name"), name, setName, "text", t("settings.channel.namePlaceholder"))}
        {kind === "webhook"
          ? field(t("settings.channel.url"), url, setUrl, "url", "https://ops.example.com/hooks/paylens")
          : null}
        {kind === "webhook"
          ? field(t("settings.channel.signingSecret"), secret, setSecret, "password", "whsec_…")
          : null}
        {kind === "slack"
          ? field(t("settings.channel.slackUrl"), url, setUrl, "password", "https://hooks.slack.com/services/…")
          : null}
        {kind === "email" ? (
          <>
            {field(
              t("settings.channel.smtpHost"),
              smtp.host,
              (host) => setSmtp({ ...smtp, host }),
              "text",
              "smtp.example.com",
            )}
            {field(t("settings.channel.port"), smtp.port, (port) => setSmtp({ ...smtp, port }), "number")}
            <label className="check">
              <input
                type="checkbox"
                checked={smtp.secure}
                onChange={(event) => setSmtp({ ...smtp, secure: event.target.checked })}
              />
              {t("settings.channel.tlsFromStart")}
            </label>
            {field(t("settings.channel.user"), smtp.user, (user) => setSmtp({ ...smtp, user }))}
            {field(t("settings.channel.password"), secret, setSecret, "password")}
            {field(
              t("settings.channel.from"),
              smtp.from,
              (from) => setSmtp({ ...smtp, from }),
              "email",
              "paylens@example.com",
            )}
            {field(
              t("settings.channel.to"),
              smtp.to,
              (to) => setSmtp({ ...smtp, to }),
              "text",
              "ops@example.com, oncall@example.com",
            )}
          </>
        ) : null}
      </div>
      <RuleChoice rules={rules} onChange={setRules} />
      <button type="submit" className="button button-primary" disabled={busy || name.trim() === ""}>
        {t("settings.channel.add")}
      </button>
    </form>
  );
}
