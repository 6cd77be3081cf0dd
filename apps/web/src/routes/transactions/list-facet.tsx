import { t } from "../../i18n/index.ts";
import { useState, type FormEvent } from "react";
import { Popover } from "../../components/popover.tsx";
import { toggleValue } from "../../lib/query-filters.ts";

export interface ListFacetProps {
  label: string;
  options: readonly string[];
  selected: readonly string[];
  optionLabel?: (value: string) => string;
  /** Lets the user add a value that is not among the options (a currency, a country). */
  custom?: { placeholder: string; normalize: (value: string) => string | null };
  onChange: (values: string[]) => void;
}

/** "Status: Failed +1": the facet's name with what is chosen, short enough for one line of facets. */
export function facetSummary(
  label: string,
  selected: readonly string[],
  optionLabel: (value: string) => string,
): string {
  const [first] = selected;
  if (first === undefined) return label;
  return `${label}: ${optionLabel(first)}${selected.length > 1 ? ` +${selected.length - 1}` : ""}`;
}

/** A filter over a list of values: check any number of them; the query gets `key:a,b`. */
export function ListFacet({
  label,
  options,
  selected,
  optionLabel = (value) => value,
  custom,
  onChange,
}: ListFacetProps) {
  const [extra, setExtra] = useState("");
  const [invalid, setInvalid] = useState(false);
  const all = [...options, ...selected.filter((value) => !options.includes(value))];
  const addCustom = (event: FormEvent) => {
    event.preventDefault();
    const value = custom?.normalize(extra.trim());
    if (!value) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setExtra("");
    if (!selected.includes(value)) onChange([...selected, value]);
  };
  return (
    <Popover
      label={facetSummary(label, selected, optionLabel)}
      title={t("transactions.filters.filterBy", { what: label.toLowerCase() })}
      active={selected.length > 0}
    >
      {() => (
        <div className="facet">
          <ul className={all.length > 10 ? "facet-options facet-options-scroll" : "facet-options"}>
            {all.map((value) => (
              <li key={value}>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={selected.includes(value)}
                    onChange={() => onChange(toggleValue(selected, value))}
                  />
                  {optionLabel(value)}
                </label>
              </li>
            ))}
          </ul>
          {custom ? (
            <form className="facet-custom" onSubmit={addCustom}>
              <input
                className="input input-sm"
                value={extra}
                aria-label={t("transactions.filters.other", { what: label.toLowerCase() })}
                aria-invalid={invalid}
                placeholder={custom.placeholder}
                onChange={(event) => setExtra(event.target.value)}
              />
              <button type="submit" className="button button-sm">
                {t("transactions.filters.add")}
              </button>
            </form>
          ) : null}
          {selected.length ? (
            <button type="button" className="link-button facet-clear" onClick={() => onChange([])}>
              {t("transactions.filters.clearWhat", { what: label.toLowerCase() })}
            </button>
          ) : null}
        </div>
      )}
    </Popover>
  );
}
