import type { FormEvent, Ref } from "react";
import { QueryErrors } from "../../components/query-errors.tsx";
import { SearchIcon } from "../../components/search-icon.tsx";
import { removeToken, tokenize } from "../../lib/query-text.ts";
import { termLabel } from "../../lib/search-describe.ts";

export const SEARCH_PLACEHOLDER = "RRN, UID, tracking ID, e-mail… or status:failed type:refund amount>100";

export interface SearchBarProps {
  draft: string;
  applied: string;
  errors: readonly { term: string; message: string }[];
  inputRef: Ref<HTMLInputElement>;
  onDraft: (text: string) => void;
  onApply: (text: string) => void;
}

/** The one box: identifiers and key:value terms; the applied terms below it as chips, each removable. */
export function SearchBar({ draft, applied, errors, inputRef, onDraft, onApply }: SearchBarProps) {
  const tokens = tokenize(applied);
  const bad = new Set(errors.map((error) => error.term));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
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
            aria-label="Search transactions"
            placeholder={SEARCH_PLACEHOLDER}
            value={draft}
            spellCheck={false}
            autoComplete="off"
            onChange={(event) => onDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape" && draft !== applied) onDraft(applied);
            }}
          />
          <kbd className="kbd" title="Press / to search">
            /
          </kbd>
        </label>
        <button type="submit" className="button button-primary">
          Search
        </button>
      </form>
      {tokens.length ? (
        <div className="term-row">
          <ul className="term-chips" aria-label="Search terms">
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
                    aria-label={`Remove ${token.text}`}
                    onClick={() => onApply(removeToken(applied, token))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          <button type="button" className="link-button" onClick={() => onApply("")}>
            Clear search
          </button>
        </div>
      ) : null}
      <QueryErrors errors={errors} />
    </div>
  );
}
