import { formatNumber, t } from "../../i18n/index.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { PROVIDERS, outcomeLetterMeaning, providerName } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { codesSortPatch, filterCodes, periodStart, resolveCodesView, sortCodes } from "./codes-filter.ts";
import { LETTERS, PERIODS, validateCodesSearch, type CodesSearch, type Period } from "./codes-search.ts";
import { CodesTable, LETTER_WORDS } from "./codes-table.tsx";

const route = getRouteApi("/codes");

export function CodesPage() {
  useDocumentTitle(t("codes.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const view = resolveCodesView(search);
  const from = periodStart(view.period, Date.now());
  const codes = useQuery({ ...trpc.codes.list.queryOptions({ from }), placeholderData: keepPreviousData });
  const go = (patch: Partial<CodesSearch>) =>
    void navigate({ search: (previous) => validateCodesSearch({ ...previous, ...patch }), replace: true });

  // Typing filters as you go, without a history entry per key.
  const applied = search.text ?? "";
  const [text, setText] = useState(applied);
  const [textFor, setTextFor] = useState(applied);
  if (textFor !== applied) {
    // The URL changed without typing (back, a link): the box follows it.
    setTextFor(applied);
    if (text.trim() !== applied) setText(applied);
  }
  useEffect(() => {
    if (applied === text.trim()) return;
    const timer = setTimeout(() => go({ text: text.trim() || undefined }), 200);
    return () => clearTimeout(timer);
  }, [text, applied]);

  const all = codes.data ?? [];
  const rows = sortCodes(filterCodes(all, search), view.sort, view.dir);
  const seen = all.filter((row) => row.count > 0).length;
  const total = all.reduce((sum, row) => sum + row.count, 0);
  const filtered = Boolean(search.provider || search.letter || search.text || search.seen);

  let body;
  if (codes.isPending) {
    body = <div className="table-skeleton-block" role="status" aria-busy="true" aria-label={t("codes.loading")} />;
  } else if (codes.isError && !codes.data) {
    body = <ErrorState title={t("codes.loadFailed")} error={codes.error} onRetry={() => void codes.refetch()} />;
  } else if (rows.length === 0) {
    body = (
      <StateMessage
        title={all.length ? t("codes.noMatch") : t("codes.empty")}
        action={
          filtered ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                setText("");
                go({ provider: undefined, letter: undefined, text: undefined, seen: undefined });
              }}
            >
              {t("codes.clear")}
            </button>
          ) : null
        }
      >
        <p>{all.length ? t("codes.noMatchHelp") : t("codes.emptyHelp")}</p>
      </StateMessage>
    );
  } else {
    body = (
      <CodesTable
        rows={rows}
        from={from}
        sort={view.sort}
        dir={view.dir}
        onSort={(sort) => go(codesSortPatch(view, sort))}
      />
    );
  }

  return (
    <div className="page page-fill">
      <PageHeader
        title={t("codes.title")}
        subtitle={t("codes.subtitle")}
        actions={
          <div className="segmented" role="group" aria-label={t("codes.period")}>
            {(Object.keys(PERIODS) as Period[]).map((period) => (
              <button
                key={period}
                type="button"
                className="segment"
                aria-pressed={view.period === period}
                onClick={() => go({ period })}
              >
                {t(`codes.periods.${period}`)}
              </button>
            ))}
          </div>
        }
      />
      <div className="filter-bar" role="group" aria-label={t("codes.filters")}>
        <div className="segmented" role="group" aria-label={t("codes.provider")}>
          <button
            type="button"
            className="segment"
            aria-pressed={!search.provider}
            onClick={() => go({ provider: undefined })}
          >
            {t("codes.all")}
          </button>
          {PROVIDERS.map((provider) => (
            <button
              key={provider}
              type="button"
              className="segment"
              aria-pressed={search.provider === provider}
              onClick={() => go({ provider })}
            >
              {providerName(provider)}
            </button>
          ))}
        </div>
        <div className="segmented" role="group" aria-label={t("codes.letter")}>
          <button
            type="button"
            className="segment"
            aria-pressed={!search.letter}
            onClick={() => go({ letter: undefined })}
          >
            {t("codes.any")}
          </button>
          {LETTERS.map((letter) => (
            <button
              key={letter}
              type="button"
              className="segment"
              aria-pressed={search.letter === letter}
              title={outcomeLetterMeaning(letter) ?? undefined}
              onClick={() => go({ letter })}
            >
              {letter} · {LETTER_WORDS[letter]}
            </button>
          ))}
        </div>
        <input
          type="search"
          className="input input-sm codes-text"
          aria-label={t("codes.search")}
          placeholder={t("codes.searchPlaceholder")}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={Boolean(search.seen)}
            onChange={(event) => go({ seen: event.target.checked ? 1 : undefined })}
          />
          {t("codes.seenOnly")}
        </label>
      </div>
      <p className="codes-summary" aria-live="polite">
        {codes.data ? (
          <>
            <strong>{formatNumber(rows.length)}</strong>{" "}
            {t("codes.summary", {
              all: formatNumber(all.length),
              seen: formatNumber(seen),
              period: t(`codes.periods.${view.period}`),
              total: formatNumber(total),
              count: total,
            })}
          </>
        ) : (
          " "
        )}
      </p>
      <div className="table-area">{body}</div>
    </div>
  );
}
