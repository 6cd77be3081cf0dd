import { formatNumber, t } from "../../i18n/index.ts";
import { exportFraction, exportProgressText, exportUrl } from "../../lib/csv-progress.ts";
import type { TransactionsView } from "../../lib/transactions-search.ts";
import { useBaseUrl } from "../../trpc.ts";
import { useCsvExport } from "./use-csv-export.ts";

/** CSV of every row the search selects (not just this page), streamed, with progress and cancel. */
export function ExportButton({
  view,
  total,
  blocked,
}: {
  view: TransactionsView;
  total: number | null;
  blocked: boolean;
}) {
  const base = useBaseUrl();
  const { state, start, cancel, dismiss } = useCsvExport();
  const url = exportUrl(base, view);
  if (state.phase === "running") {
    const fraction = exportFraction(state.rows, state.total);
    return (
      <div className="export-progress" role="status" aria-live="polite">
        <span className="export-text">{exportProgressText(state.rows, state.total)}</span>
        <span className="progress" aria-hidden="true">
          <span
            className={fraction === null ? "progress-bar is-indeterminate" : "progress-bar"}
            style={fraction === null ? undefined : { width: `${fraction * 100}%` }}
          />
        </span>
        <button type="button" className="button button-sm" onClick={cancel}>
          {t("common.cancel")}
        </button>
      </div>
    );
  }
  const note =
    state.phase === "done"
      ? {
          text: t("transactions.export.saved", { rows: formatNumber(state.rows), file: state.fileName }),
          tone: "tone-good",
        }
      : state.phase === "cancelled"
        ? { text: t("transactions.export.cancelled"), tone: "muted" }
        : state.phase === "failed"
          ? { text: t("transactions.export.failed", { error: state.message }), tone: "tone-bad" }
          : null;
  return (
    <div className="export-progress">
      {note ? (
        <span className={`export-text ${note.tone}`} role="status">
          {note.text}{" "}
          <button type="button" className="link-button" onClick={dismiss} aria-label={t("transactions.export.dismiss")}>
            ×
          </button>
        </span>
      ) : null}
      <button
        type="button"
        className="button button-sm"
        disabled={total === 0 || blocked}
        title={
          blocked
            ? t("transactions.export.blocked")
            : total === null
              ? t("transactions.export.every")
              : t("transactions.export.all", { total: formatNumber(total) })
        }
        onClick={() => start(url)}
      >
        {t("transactions.export.button")}
      </button>
    </div>
  );
}
