import { t } from "../../i18n/index.ts";
import { useState } from "react";
import { BUCKETS } from "../../lib/analytics-types.ts";
import { PROVIDERS, providerName } from "../../lib/vocabulary.ts";
import { RANGES, RANGE_KEYS, bucketsFor, type AnalyticsView } from "./analytics-search.ts";

/** A comma list typed into a box, applied on Enter or when the box loses focus. */
function ListInput({
  label,
  placeholder,
  value,
  onApply,
}: {
  label: string;
  placeholder: string;
  value: string[];
  onApply: (items: string[]) => void;
}) {
  const joined = value.join(", ");
  const [text, setText] = useState(joined);
  const [textFor, setTextFor] = useState(joined);
  if (textFor !== joined) {
    setTextFor(joined);
    setText(joined);
  }
  const apply = () =>
    onApply(
      text
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean),
    );
  return (
    <label className="filter-field">
      <span>{label}</span>
      <input
        className="input input-sm"
        aria-label={label}
        placeholder={placeholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={apply}
        onKeyDown={(event) => {
          if (event.key === "Enter") apply();
        }}
      />
    </label>
  );
}

export function AnalyticsFilters({
  view,
  onChange,
}: {
  view: AnalyticsView;
  onChange: (patch: Partial<AnalyticsView>) => void;
}) {
  const allowed = bucketsFor(view.range);
  const toggle = (provider: string) =>
    onChange({
      providers: view.providers.includes(provider)
        ? view.providers.filter((id) => id !== provider)
        : [...view.providers, provider],
    });
  return (
    <div className="filter-bar analytics-filters" role="group" aria-label={t("analytics.filters")}>
      <div className="segmented" role="group" aria-label={t("analytics.timeRange")}>
        {RANGE_KEYS.map((range) => (
          <button
            key={range}
            type="button"
            className="segment"
            aria-pressed={view.range === range}
            onClick={() => onChange({ range, bucket: RANGES[range].bucket })}
          >
            {t(`analytics.range.${range}`)}
          </button>
        ))}
      </div>
      <label className="filter-field">
        <span>{t("analytics.bucket.label")}</span>
        <select
          className="input input-sm"
          aria-label={t("analytics.bucket.size")}
          value={view.bucket}
          onChange={(event) => onChange({ bucket: BUCKETS.find((b) => b === event.target.value) ?? view.bucket })}
        >
          {allowed.map((bucket) => (
            <option key={bucket} value={bucket}>
              {t(`analytics.bucket.${bucket}`)}
              {bucket === RANGES[view.range].bucket ? t("analytics.bucket.default") : ""}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={t("analytics.provider")}>
        <button
          type="button"
          className="segment"
          aria-pressed={!view.providers.length}
          onClick={() => onChange({ providers: [] })}
        >
          {t("analytics.allProviders")}
        </button>
        {PROVIDERS.map((provider) => (
          <button
            key={provider}
            type="button"
            className="segment"
            aria-pressed={view.providers.includes(provider)}
            onClick={() => toggle(provider)}
          >
            {providerName(provider)}
          </button>
        ))}
      </div>
      <ListInput
        label={t("analytics.account")}
        placeholder={t("analytics.anyAccount")}
        value={view.accounts}
        onApply={(accounts) => onChange({ accounts })}
      />
      <ListInput
        label={t("analytics.currency")}
        placeholder={t("analytics.anyCurrency")}
        value={view.currencies}
        onApply={(items) => onChange({ currencies: items.map((item) => item.toUpperCase()) })}
      />
    </div>
  );
}
