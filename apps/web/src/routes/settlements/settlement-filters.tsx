import { t } from "../../i18n/index.ts";
import { useState, type FormEvent } from "react";
import { PROVIDERS, TIME_ZONES, type Period, type SettlementsSearch } from "../../lib/settlements-search.ts";

const FIELDS = ["from", "to", "tz", "provider", "account", "currency"] as const;
type Field = (typeof FIELDS)[number];

/** Period, zone and dimensions as one form: applied together, so the URL changes once per look. */
export function SettlementFilters({
  search,
  period,
  accounts,
  onApply,
}: {
  search: SettlementsSearch;
  period: Period;
  accounts: { id: string; provider: string; name: string }[];
  onApply: (next: SettlementsSearch) => void;
}) {
  const initial = { ...search, from: period.from, to: period.to, tz: period.timeZone };
  const [draft, setDraft] = useState<SettlementsSearch>(initial);
  const [draftFor, setDraftFor] = useState(search);
  if (draftFor !== search) {
    setDraftFor(search);
    setDraft(initial);
  }
  const set = (key: Field, value: string) => setDraft((previous) => ({ ...previous, [key]: value || undefined }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = Object.fromEntries(
      FIELDS.flatMap((key) => (draft[key]?.trim() ? [[key, draft[key].trim()]] : [])),
    ) as SettlementsSearch;
    if (next.tz === "UTC") delete next.tz;
    onApply(next);
  };
  const zones = TIME_ZONES.includes(draft.tz ?? "UTC") ? TIME_ZONES : [...TIME_ZONES, draft.tz ?? "UTC"];

  return (
    <form className="finance-filters" onSubmit={submit} aria-label={t("settlements.filters.label")}>
      <label className="filter-field">
        <span>{t("settlements.filters.from")}</span>
        <input
          className="input input-sm"
          type="date"
          value={draft.from ?? ""}
          onChange={(e) => set("from", e.target.value)}
        />
      </label>
      <label className="filter-field">
        <span>{t("settlements.filters.to")}</span>
        <input
          className="input input-sm"
          type="date"
          value={draft.to ?? ""}
          onChange={(e) => set("to", e.target.value)}
        />
      </label>
      <label className="filter-field">
        <span>{t("settlements.filters.zone")}</span>
        <select className="input input-sm" value={draft.tz ?? "UTC"} onChange={(e) => set("tz", e.target.value)}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t("settlements.filters.provider")}</span>
        <select
          className="input input-sm"
          value={draft.provider ?? ""}
          onChange={(e) => set("provider", e.target.value)}
        >
          <option value="">{t("settlements.filters.allProviders")}</option>
          {PROVIDERS.map((provider) => (
            <option key={provider} value={provider}>
              {provider}
            </option>
          ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t("settlements.filters.account")}</span>
        <select className="input input-sm" value={draft.account ?? ""} onChange={(e) => set("account", e.target.value)}>
          <option value="">{t("settlements.filters.allAccounts")}</option>
          {accounts
            .filter((a) => !draft.provider || a.provider === draft.provider)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
        </select>
      </label>
      <label className="filter-field">
        <span>{t("settlements.filters.currency")}</span>
        <input
          className="input input-sm finance-currency"
          value={draft.currency ?? ""}
          maxLength={3}
          placeholder={t("settlements.filters.any")}
          onChange={(e) => set("currency", e.target.value.toUpperCase())}
        />
      </label>
      <span className="button-row">
        <button type="submit" className="button button-sm button-primary">
          {t("settlements.filters.apply")}
        </button>
      </span>
    </form>
  );
}
