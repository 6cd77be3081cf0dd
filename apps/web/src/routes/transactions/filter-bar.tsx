import { t } from "../../i18n/index.ts";
import { methodName } from "../../lib/format-card.ts";
import { LIST_FILTERS, activeFilterCount, type FilterPatch, type QueryFilters } from "../../lib/query-filters.ts";
import {
  COMMON_BRANDS,
  COMMON_COUNTRIES,
  COMMON_CURRENCIES,
  COMMON_METHODS,
  DECLINE_REASONS,
  PROVIDERS,
  TRANSACTION_STATUSES,
  humanize,
  providerName,
  statusLabel,
} from "../../lib/vocabulary.ts";
import { ListFacet } from "./list-facet.tsx";
import { AmountFacet, CreatedFacet } from "./range-facets.tsx";

const code = (length: number) => (value: string) => {
  const upper = value.toUpperCase();
  return new RegExp(`^[A-Z]{${length}}$`).test(upper) ? upper : null;
};
const slug = (value: string) => (/^[a-z0-9][a-z0-9_-]{0,63}$/i.test(value) ? value.toLowerCase() : null);

/** Typed filter controls: each one rewrites its own term of the query text, so the box and the controls always agree. */
export function FilterBar({ filters, onChange }: { filters: QueryFilters; onChange: (patch: FilterPatch) => void }) {
  const clear: FilterPatch = { createdFrom: null, createdTo: null, amountMin: null, amountMax: null };
  for (const key of LIST_FILTERS) clear[key] = [];
  return (
    <div className="filter-bar" role="group" aria-label={t("transactions.filters.label")}>
      <ListFacet
        label={t("transactions.filters.provider")}
        options={PROVIDERS}
        selected={filters.provider}
        optionLabel={providerName}
        onChange={(provider) => onChange({ provider })}
      />
      <ListFacet
        label={t("transactions.filters.status")}
        options={TRANSACTION_STATUSES}
        selected={filters.status}
        optionLabel={statusLabel}
        onChange={(status) => onChange({ status })}
      />
      <CreatedFacet filters={filters} onChange={onChange} />
      <ListFacet
        label={t("transactions.filters.reason")}
        options={DECLINE_REASONS}
        selected={filters.reason}
        optionLabel={humanize}
        onChange={(reason) => onChange({ reason })}
      />
      <AmountFacet filters={filters} onChange={onChange} />
      <ListFacet
        label={t("transactions.filters.currency")}
        options={COMMON_CURRENCIES}
        selected={filters.currency}
        custom={{ placeholder: t("transactions.filters.example", { value: "KWD" }), normalize: code(3) }}
        onChange={(currency) => onChange({ currency })}
      />
      <ListFacet
        label={t("transactions.filters.method")}
        options={COMMON_METHODS}
        selected={filters.method}
        optionLabel={methodName}
        custom={{ placeholder: t("transactions.filters.example", { value: "gcash" }), normalize: slug }}
        onChange={(method) => onChange({ method })}
      />
      <ListFacet
        label={t("transactions.filters.brand")}
        options={COMMON_BRANDS}
        selected={filters.brand}
        optionLabel={(value) => value.toUpperCase()}
        custom={{ placeholder: t("transactions.filters.example", { value: "maestro" }), normalize: slug }}
        onChange={(brand) => onChange({ brand })}
      />
      <ListFacet
        label={t("transactions.filters.country")}
        options={COMMON_COUNTRIES}
        selected={filters.country}
        custom={{ placeholder: t("transactions.filters.example", { value: "LT" }), normalize: code(2) }}
        onChange={(country) => onChange({ country })}
      />
      {activeFilterCount(filters) ? (
        <button type="button" className="link-button" onClick={() => onChange(clear)}>
          {t("transactions.filters.clear")}
        </button>
      ) : null}
    </div>
  );
}
