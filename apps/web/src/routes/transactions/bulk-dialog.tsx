import { useState, type FormEvent } from "react";
import { t } from "../../i18n/index.ts";
import { ActionState } from "../../components/action-state.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { decodedAnswer } from "../../lib/action-words.ts";
import type { TransactionRow } from "../../lib/api-types.ts";
import { providerName } from "../../lib/vocabulary.ts";
import { useBulkRun, type BulkKind, type RowResult } from "./use-bulk-run.ts";

const TITLES: Record<BulkKind, string> = { refund: "Refund", void: "Void", resync: "Re-sync" };
const EXPLAIN: Record<BulkKind, string> = {
  refund:
    "Each selected payment or capture gets its own refund of everything still refundable. Refunds above the approval limit wait for a second person.",
  void: "Each selected authorization is released in full.",
  resync: "Each selected transaction's status is asked from its provider now.",
};

function Result({ result }: { result: RowResult | undefined }) {
  if (!result || result.status === "waiting") return <span className="muted">Waiting</span>;
  if (result.status === "running") return <span className="muted">Sending…</span>;
  if (result.status === "skipped") return <span className="muted">Skipped: {result.message}</span>;
  if (result.status === "error") return <span className="action-error">{result.message}</span>;
  const answer = decodedAnswer(result.action.outcome);
  return (
    <span className="action-line">
      <ActionState state={result.action.state} />
      {answer?.code ? <OutcomeCode code={answer.code} letter={answer.letter} message={answer.message} /> : null}
      {answer?.message ?? result.action.error ?? null}
    </span>
  );
}

export function BulkDialog({
  kind,
  rows,
  selected = rows.length,
  onClose,
}: {
  kind: BulkKind;
  /** The selected rows this action applies to. */
  rows: TransactionRow[];
  /** How many rows were selected in all. */
  selected?: number;
  onClose: () => void;
}) {
  const bulk = useBulkRun(kind, rows);
  const [reason, setReason] = useState("");
  const started = bulk.finished > 0 || bulk.running;
  const failed = rows.filter((row) => bulk.results.get(row.id)?.status === "error");
  const total = rows.length;
  const start = (event: FormEvent) => {
    event.preventDefault();
    if (kind === "refund" && !reason.trim()) return;
    void bulk.run(rows, reason.trim());
  };

  return (
    <Dialog
      title={`${TITLES[kind]} ${total} transaction${total === 1 ? "" : "s"}`}
      onClose={bulk.running ? bulk.stop : onClose}
      wide
    >
      <form className="dialog-body-form" onSubmit={start}>
        <p className="muted">{EXPLAIN[kind]}</p>
        {selected > total ? (
          <p className="notice" role="note">
            {t("transactions.bulk.leftOut", {
              count: selected - total,
              total: selected,
              rule: t(`transactions.bulk.rules.${kind}`),
            })}
          </p>
        ) : null}
        {kind !== "resync" ? (
          <div className="form-field">
            <label htmlFor="bulk-reason">Reason{kind === "refund" ? " (one for all)" : " (optional)"}</label>
            <input
              id="bulk-reason"
              className="input"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              maxLength={500}
              disabled={started}
            />
          </div>
        ) : null}
        <div className="bulk-progress" aria-label="Progress">
          <span
            className="progress"
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={total}
            aria-valuenow={bulk.finished}
          >
            <span className="progress-bar" style={{ width: `${total ? (bulk.finished * 100) / total : 0}%` }} />
          </span>
          <span className="nowrap">
            {bulk.finished} of {total} done
          </span>
        </div>
        <div className="bulk-results">
          <table className="mini-table" aria-label="Results">
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{providerName(row.provider)}</td>
                  <td className="mono">{row.trackingId ?? row.providerUid}</td>
                  <td className="num">
                    <Money amountMinor={row.amountMinor} currency={row.currency} />
                  </td>
                  <td>
                    <Result result={bulk.results.get(row.id)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="dialog-actions">
          {bulk.running ? (
            <button type="button" className="button" onClick={bulk.stop}>
              Stop after this one
            </button>
          ) : started ? (
            <>
              {failed.length ? (
                <button type="button" className="button" onClick={() => void bulk.run(failed, reason.trim())}>
                  Run the {failed.length} failed again
                </button>
              ) : null}
              <button type="button" className="button button-primary" onClick={onClose}>
                Close
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={onClose}>
                Cancel
              </button>
              <button type="submit" className="button button-primary" disabled={kind === "refund" && !reason.trim()}>
                {TITLES[kind]} {total}
              </button>
            </>
          )}
        </div>
      </form>
    </Dialog>
  );
}
