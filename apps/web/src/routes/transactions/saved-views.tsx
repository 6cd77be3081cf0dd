import { t } from "../../i18n/index.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { errorText } from "../../components/error-state.tsx";
import { Popover } from "../../components/popover.tsx";
import { useCan } from "../../components/principal.tsx";
import { ReportScheduleDialog } from "../../components/report-schedule-dialog.tsx";
import { newSchedule } from "../../lib/report-schedules.ts";
import type { SavedView } from "../../lib/api-types.ts";
import {
  sameView,
  savedToSearch,
  viewToSaved,
  type TransactionsSearch,
  type TransactionsView,
} from "../../lib/transactions-search.ts";
import { useTrpc } from "../../trpc.ts";

export interface SavedViewsProps {
  search: TransactionsSearch;
  view: TransactionsView;
  onApply: (search: TransactionsSearch) => void;
}

/** Named views (query, sort, columns, page size, density) to come back to in one click. */
export function SavedViews({ search, view, onApply }: SavedViewsProps) {
  const trpc = useTrpc();
  const views = useQuery(trpc.views.list.queryOptions());
  const current = views.data?.find((saved) => sameView(savedToSearch(saved), search));
  // A view is sent as its CSV export: those who may export may schedule it.
  const canSchedule = useCan("export");
  const [scheduling, setScheduling] = useState<SavedView | null>(null);
  return (
    <>
      <Popover
        label={current ? t("transactions.view.current", { name: current.name }) : t("transactions.view.views")}
        title={t("transactions.view.saved")}
        active={Boolean(current)}
        align="end"
      >
        {(close) => (
          <div className="facet saved-views">
            {views.isPending ? (
              <p className="muted">{t("transactions.view.loading")}</p>
            ) : views.isError ? (
              <p className="tone-bad">
                {t("transactions.view.loadFailed", { error: errorText(views.error) })}{" "}
                <button type="button" className="link-button" onClick={() => void views.refetch()}>
                  {t("common.tryAgain")}
                </button>
              </p>
            ) : views.data.length === 0 ? (
              <p className="muted">{t("transactions.view.none")}</p>
            ) : (
              <ul className="view-list">
                {views.data.map((saved) => (
                  <ViewItem
                    key={saved.id}
                    saved={saved}
                    current={saved.id === current?.id}
                    onApply={() => {
                      onApply(savedToSearch(saved));
                      close();
                    }}
                    onSchedule={
                      canSchedule
                        ? () => {
                            setScheduling(saved);
                            close();
                          }
                        : null
                    }
                  />
                ))}
              </ul>
            )}
            <SaveForm view={view} taken={views.data?.map((saved) => saved.name) ?? []} />
          </div>
        )}
      </Popover>
      {scheduling ? (
        <ReportScheduleDialog
          initial={newSchedule({ source: "view", viewId: scheduling.id, viewName: scheduling.name }, scheduling.name)}
          what={t("reports.whatView", { name: scheduling.name })}
          onClose={() => setScheduling(null)}
        />
      ) : null}
    </>
  );
}

/** "status:failed · by amount ↑": what the view shows, in one line. */
function describe(saved: SavedView): string {
  const order =
    saved.sort === "created" && saved.dir === "desc"
      ? ""
      : t("transactions.view.by", { sort: saved.sort, arrow: saved.dir === "asc" ? "↑" : "↓" });
  return `${saved.query || t("transactions.view.all")}${order}`;
}

function ViewItem({
  saved,
  current,
  onApply,
  onSchedule,
}: {
  saved: SavedView;
  current: boolean;
  onApply: () => void;
  onSchedule: (() => void) | null;
}) {
  const trpc = useTrpc();
  const client = useQueryClient();
  const remove = useMutation({
    ...trpc.views.remove.mutationOptions(),
    onSuccess: () => client.invalidateQueries({ queryKey: trpc.views.list.queryKey() }),
  });
  return (
    <li className={current ? "view-item is-current" : "view-item"}>
      <button type="button" className="view-apply" onClick={onApply} title={describe(saved)}>
        <span className="view-name">{saved.name}</span>
        <span className="view-query mono">{describe(saved)}</span>
      </button>
      {onSchedule ? (
        <button
          type="button"
          className="button button-sm"
          aria-label={t("reports.scheduleView", { name: saved.name })}
          title={t("reports.scheduleView", { name: saved.name })}
          onClick={onSchedule}
        >
          {t("reports.schedule")}
        </button>
      ) : null}
      <button
        type="button"
        className="icon-button"
        aria-label={t("transactions.view.delete", { name: saved.name })}
        title={
          remove.isError
            ? t("transactions.view.deleteFailed", { error: errorText(remove.error) })
            : t("transactions.view.deleteThis")
        }
        disabled={remove.isPending}
        onClick={() => remove.mutate({ id: saved.id })}
      >
        {remove.isPending ? "…" : "×"}
      </button>
    </li>
  );
}

function SaveForm({ view, taken }: { view: TransactionsView; taken: string[] }) {
  const trpc = useTrpc();
  const client = useQueryClient();
  const [name, setName] = useState("");
  const save = useMutation({
    ...trpc.views.save.mutationOptions(),
    onSuccess: () => {
      setName("");
      return client.invalidateQueries({ queryKey: trpc.views.list.queryKey() });
    },
  });
  const trimmed = name.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed) save.mutate({ name: trimmed, ...viewToSaved(view) });
  };
  return (
    <form className="save-view" onSubmit={submit}>
      <p className="facet-title">{t("transactions.view.saveTitle")}</p>
      <div className="facet-custom">
        <input
          className="input input-sm"
          aria-label={t("transactions.view.name")}
          placeholder={t("transactions.view.namePlaceholder")}
          value={name}
          maxLength={80}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button-sm button-primary" disabled={!trimmed || save.isPending}>
          {save.isPending ? t("transactions.view.saving") : t("common.save")}
        </button>
      </div>
      {taken.includes(trimmed) ? <p className="facet-note">{t("transactions.view.replaces")}</p> : null}
      {save.isError ? (
        <p className="facet-note tone-bad">{t("transactions.view.saveFailed", { error: errorText(save.error) })}</p>
      ) : null}
    </form>
  );
}
