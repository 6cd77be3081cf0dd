import { t } from "../../i18n/index.ts";
import type { FormEvent, Ref } from "react";
import { QueryErrors } from "../../components/query-errors.tsx";
import { SearchIcon } from "../../components/search-icon.tsx";
import { removeToken, tokenize } from "../../lib/query-text.ts";
import { termLabel } from "../../lib/search-describe.ts";

export interface SearchBarProps {
  draft: string;
  applied: string;
  errors: readonly { term: string; message: string }[];
  inputRef: Ref<HTMLInputElement>;
  onDraft: (text: string) => void;
  /** Chips and "clear": the table is being filtered. */
  onApply: (text: string) => void;
  /** The box sent (Enter, the button): a search typed to find something, which may open its only match. */
  onSubmit: (text: string) => void;
}

/** The one box: identifiers and key:value terms; the applied terms below it as chips, each removable. */
export function SearchBar({ draft, applied, errors, inputRef, onDraft, onApply, onSubmit }: SearchBarProps) {
  const tokens = tokenize(applied);
  const bad = new Set(errors.map((error) => error.term));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <div className="search-area">
      <form className="search-bar" role="search" onSubmit={submit}>
        <label className="search-field">
          <SearchIcon />
          <input
            ref={inputRef}
            type="search"
            className="search-input"
            aria-label={t("transactions.search.label")}
            placeholder={t("transactions.search.placeholder")}
            value={draft}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape" && draft !== applied) onDraft(applied);
            }}
          />
          <kbd className="kbd" title={t("transactions.search.slash")}>
            /
          </kbd>
        </label>
        <button type="submit" className="button button-primary">
          {t("transactions.search.submit")}
        </button>
      </form>
      {tokens.length ? (
        <div className="term-row">
          <ul className="term-chips" aria-label={t("transactions.search.terms")}>
            {tokens.map((token) => {
              const label = termLabel(token);
              const error = bad.has(token.text);
              return (
                <li
                  key={`${token.start}-${token.text}`}
                  className={error ? "term-chip term-chip-error" : "term-chip"}
                  title={token.text}
                >
                  <span className="term-key">{label.key}</span>
                  <span className="term-value">{label.value}</span>
                  <button
                    type="button"
                    className="term-remove"
                    aria-label={t("transactions.search.remove", { term: token.text })}
                    onClick={() => onApply(removeToken(applied, token))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="link-button" onClick={() => onApply("")}>
            {t("transactions.search.clear")}
          </button>
        </div>
      ) : null}
      <QueryErrors errors={errors} />
    </div>
  );
}
