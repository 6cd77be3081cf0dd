import { toLocalDay } from "../../lib/format-date.ts";
import { hasFilters, selectedProviders, selectedStatuses, toggleInList, type TransactionsSearch } from "../../lib/transactions-search.ts";
import { PROVIDERS, TRANSACTION_STATUSES, providerName, statusLabel } from "../../lib/vocabulary.ts";

export type FilterPatch = Pick<TransactionsSearch, "provider" | "status" | "from" | "to">;

const PRESETS = [
  { label: "Today", days: 0 },
  { label: "7 days", days: 6 },
  { label: "30 days", days: 29 },
] as const;

function presetRange(days: number): { from: string; to: string } {
  const today = new Date();
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);
  return { from: toLocalDay(start), to: toLocalDay(today) };
}

export function TransactionFilters({ search, onChange }: { search: TransactionsSearch; onChange: (patch: FilterPatch) => void }) {
  const providers = selectedProviders(search);
  const statuses = selectedStatuses(search);
  return (
    <div className="filters">
      <fieldset className="filter-group">
        <legend>Provider</legend>
        {PROVIDERS.map((provider) => (
          <button
            key={provider}
            type="button"
            className="chip"
            aria-pressed={providers.includes(provider)}
            onClick={() => onChange({ provider: toggleInList(search.provider, provider, PROVIDERS) })}
          >
            {providerName(provider)}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Status</legend>
        {TRANSACTION_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`chip chip-status status-${status}`}
            aria-pressed={statuses.includes(status)}
            onClick={() => onChange({ status: toggleInList(search.status, status, TRANSACTION_STATUSES) })}
          >
            <span className="status-dot" aria-hidden="true" />
            {statusLabel(status)}
          </button>
        ))}
      </fieldset>
      <fieldset className="filter-group">
        <legend>Created</legend>
        <input
          type="date"
          className="input"
          aria-label="Created from (inclusive)"
          value={search.from ?? ""}
          max={search.to}
          onChange={(event) => onChange({ from: event.target.value || undefined })}
        />
        <span className="muted" aria-hidden="true">
          –
        </span>
        <input
          type="date"
          className="input"
          aria-label="Created to (inclusive)"
          value={search.to ?? ""}
          min={search.from}
          onChange={(event) => onChange({ to: event.target.value || undefined })}
        />
        {PRESETS.map((preset) => {
          const range = presetRange(preset.days);
          const active = search.from === range.from && search.to === range.to;
          return (
            <button key={preset.label} type="button" className="chip" aria-pressed={active} onClick={() => onChange(active ? { from: undefined, to: undefined } : range)}>
              {preset.label}
            </button>
          );
        })}
      </fieldset>
      {hasFilters(search) ? (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ provider: undefined, status: undefined, from: undefined, to: undefined })}
        >
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
