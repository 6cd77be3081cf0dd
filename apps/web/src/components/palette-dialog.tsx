import { useTranslation } from "react-i18next";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { normalizeQuery } from "../lib/query-text.ts";
import { uniqueMatch } from "../lib/unique-match.ts";
import { useTrpc } from "../trpc.ts";
import { PALETTE_LIMIT, PaletteResults, optionId } from "./palette-results.tsx";
import { SearchIcon } from "./search-icon.tsx";
import { useDebounced } from "./use-debounced.ts";

/** The command palette's dialog: loaded when first wanted (command-palette.tsx), not with the shell. */
export function PaletteDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTrpc();
  const client = useQueryClient();
  const navigate = useNavigate();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const [active, setActive] = useState(-1);
  const query = normalizeQuery(text);
  const settled = useDebounced(query, 180);
  const options = (q: string) => trpc.transactions.search.queryOptions({ q, limit: PALETTE_LIMIT });
  const results = useQuery({ ...options(settled), enabled: settled !== "", placeholderData: keepPreviousData });
  const data = settled !== "" && query !== "" ? results.data : undefined;
  const count = data?.items.length ?? 0;

  useEffect(() => {
    const previous = document.activeElement;
    input.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);

  const openRow = (index: number) => {
    const row = data?.items[index];
    if (!row) return;
    onClose();
    void navigate({ to: "/transactions/$id", params: { id: row.id } });
  };
  const showAll = (q: string) => {
    onClose();
    void navigate({ to: "/transactions", search: q ? { q } : {} });
  };
  // Enter: a search with exactly one match (an identifier, last 4 + amount, any terms) opens the transaction itself;
  // anything else opens the table on the search.
  const submit = async () => {
    if (!query) return;
    const found = await client.fetchQuery({ ...options(query), staleTime: 5_000 }).catch(() => null);
    const only = uniqueMatch(found);
    if (only) {
      onClose();
      void navigate({ to: "/transactions/$id", params: { id: only.id } });
    } else if (found && found.items.length === 0 && found.errors.length === 0) {
      setActive(-1); // nothing to show in the table: the not-found message stays in view
    } else showAll(query);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    } else if (event.key === "ArrowDown" && count) {
      event.preventDefault();
      setActive((index) => Math.min(count, index + 1));
    } else if (event.key === "ArrowUp" && count) {
      event.preventDefault();
      setActive((index) => Math.max(-1, index - 1));
    } else if (event.key === "Enter" && event.target === input.current) {
      event.preventDefault();
      if (active >= 0 && active < count) openRow(active);
      else if (active === count && count) showAll(query);
      else void submit();
    } else if (event.key === "Tab") {
      // Keep focus inside the dialog.
      const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>("input, button")];
      const first = focusable[0];
      const last = focusable.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  };

  return (
    <div className="palette-backdrop" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div
        className="palette"
        role="dialog"
        aria-modal="true"
        aria-label={t("shell.palette.title")}
        onKeyDown={onKeyDown}
      >
        <div className="palette-field">
          <SearchIcon />
          <input
            ref={input}
            className="palette-input"
            role="combobox"
            aria-expanded={count > 0}
            aria-controls={listId}
            aria-activedescendant={active >= 0 && active < count ? optionId(listId, active) : undefined}
            aria-label={t("shell.palette.input")}
            placeholder={t("shell.palette.placeholder")}
            spellCheck={false}
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setActive(-1);
            }}
          />
          {results.isFetching && query ? (
            <span className="palette-spinner" aria-label={t("shell.palette.searching")} />
          ) : null}
          <kbd className="kbd">Esc</kbd>
        </div>
        <div className="palette-body">
          <PaletteResults
            listId={listId}
            query={query}
            data={data}
            loading={results.isFetching || settled !== query}
            error={results.error}
            active={active}
            onOpen={openRow}
            onShowAll={() => showAll(query)}
            onExample={(example) => {
              setText(example);
              input.current?.focus();
            }}
          />
        </div>
        <p className="palette-footer muted">
          <span>
            <kbd className="kbd">Enter</kbd> {t("shell.palette.keyOpen")}
          </span>
          <span>
            <kbd className="kbd">↑</kbd>
            <kbd className="kbd">↓</kbd> {t("shell.palette.keyChoose")}
          </span>
          <span>
            <kbd className="kbd">Esc</kbd> {t("shell.palette.keyClose")}
          </span>
        </p>
      </div>
    </div>
  );
}
