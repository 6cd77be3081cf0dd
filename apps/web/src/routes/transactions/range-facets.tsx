import { t } from "../../i18n/index.ts";
import { useState, type FormEvent } from "react";
import { Popover } from "../../components/popover.tsx";
import { lastUtcDays } from "../../lib/format-date.ts";
import type { FilterPatch, QueryFilters } from "../../lib/query-filters.ts";

const PRESETS = [
  { label: () => t("transactions.filters.today"), days: 1 },
  { label: () => t("transactions.filters.days", { count: 7 }), days: 7 },
  { label: () => t("transactions.filters.days", { count: 30 }), days: 30 },
  { label: () => t("transactions.filters.days", { count: 90 }), days: 90 },
] as const;

function createdSummary(from: string | null, to: string | null): string {
  if (from && to)
    return from === to
      ? t("transactions.filters.createdOn", { day: from })
      : t("transactions.filters.createdBetween", { from, to });
  if (from) return t("transactions.filters.createdFrom", { day: from });
  if (to) return t("transactions.filters.createdTo", { day: to });
  return t("transactions.filters.created");
}

/** Days in UTC, as the search language reads `created>=2026-11-01`; both ends inclusive. */
export function CreatedFacet({ filters, onChange }: { filters: QueryFilters; onChange: (patch: FilterPatch) => void }) {
  const { createdFrom: from, createdTo: to } = filters;
  return (
    <Popover
      label={createdSummary(from, to)}
      title={t("transactions.filters.createdTitle")}
      active={Boolean(from || to)}
    >
      {() => (
        <div className="facet facet-range">
          <div className="facet-presets">
            {PRESETS.map((preset) => {
              const range = lastUtcDays(preset.days);
              const active = from === range.from && to === range.to;
              return (
                <button
                  key={preset.days}
                  type="button"
                  className="chip"
                  aria-pressed={active}
                  onClick={() =>
                    onChange(
                      active
                        ? { createdFrom: null, createdTo: null }
                        : { createdFrom: range.from, createdTo: range.to },
                    )
                  }
                >
                  {preset.label()}
                </button>
              );
            })}
          </div>
          <div className="facet-row">
            <label>
              {t("transactions.filters.from")}
              <input
                type="date"
                className="input input-sm"
                value={from ?? ""}
                max={to ?? undefined}
                onChange={(event) => onChange({ createdFrom: event.target.value || null })}
              />
            </label>
            <label>
              {t("transactions.filters.to")}
              <input
                type="date"
                className="input input-sm"
                value={to ?? ""}
                min={from ?? undefined}
                onChange={(event) => onChange({ createdTo: event.target.value || null })}
              />
            </label>
          </div>
          <p className="facet-note">{t("transactions.filters.utcDays")}</p>
          {from || to ? (
            <button
              type="button"
              className="link-button facet-clear"
              onClick={() => onChange({ createdFrom: null, createdTo: null })}
            >
              {t("transactions.filters.anyDate")}
            </button>
          ) : null}
        </div>
      )}
    </Popover>
  );
}

function amountSummary(min: string | null, max: string | null): string {
  if (min && max) return t("transactions.filters.amountBetween", { min, max });
  if (min) return t("transactions.filters.amountFrom", { min });
  if (max) return t("transactions.filters.amountTo", { max });
  return t("transactions.filters.amount");
}

const AMOUNT = /^\d{1,18}(\.\d{1,6})?$/;

/** A range in major units of each transaction's own currency: `amount>=10 amount<=100.50`. */
export function AmountFacet({ filters, onChange }: { filters: QueryFilters; onChange: (patch: FilterPatch) => void }) {
  return (
    <Popover
      label={amountSummary(filters.amountMin, filters.amountMax)}
      title={t("transactions.filters.amountTitle")}
      active={Boolean(filters.amountMin || filters.amountMax)}
    >
      {(close) => <AmountForm filters={filters} onChange={onChange} close={close} />}
    </Popover>
  );
}

function AmountForm({
  filters,
  onChange,
  close,
}: {
  filters: QueryFilters;
  onChange: (patch: FilterPatch) => void;
  close: () => void;
}) {
  const [min, setMin] = useState(filters.amountMin ?? "");
  const [max, setMax] = useState(filters.amountMax ?? "");
  const badMin = min.trim() !== "" && !AMOUNT.test(min.trim());
  const badMax = max.trim() !== "" && !AMOUNT.test(max.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (badMin || badMax) return;
    onChange({ amountMin: min.trim() || null, amountMax: max.trim() || null });
    close();
  };
  return (
    <form className="facet facet-range" onSubmit={submit}>
      <div className="facet-row">
        <label>
          {t("transactions.filters.min")}
          <input
            className="input input-sm input-amount"
            inputMode="decimal"
            value={min}
            aria-invalid={badMin}
            placeholder="0.00"
            onChange={(event) => setMin(event.target.value)}
          />
        </label>
        <label>
          {t("transactions.filters.max")}
          <input
            className="input input-sm input-amount"
            inputMode="decimal"
            value={max}
            aria-invalid={badMax}
            placeholder={t("transactions.filters.any")}
            onChange={(event) => setMax(event.target.value)}
          />
        </label>
      </div>
      <p className="facet-note">
        {badMin || badMax ? t("transactions.filters.amountBad") : t("transactions.filters.amountHelp")}
      </p>
      <div className="facet-actions">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            onChange({ amountMin: null, amountMax: null });
            close();
          }}
        >
          {t("transactions.filters.anyAmount")}
        </button>
        <button type="submit" className="button button-sm button-primary" disabled={badMin || badMax}>
          {t("transactions.filters.apply")}
        </button>
      </div>
    </form>
  );
}
