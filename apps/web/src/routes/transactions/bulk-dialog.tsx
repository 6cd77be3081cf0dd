import { useState, type FormEvent } from "react";
import { useCodeTexts } from "../../i18n/code-texts.ts";
import { formatNumber, t } from "../../i18n/index.ts";
import { ActionState } from "../../components/action-state.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { decodedAnswer } from "../../lib/action-words.ts";
import type { TransactionRow } from "../../lib/api-types.ts";
import { providerName } from "../../lib/vocabulary.ts";
import { useBulkRun, type BulkKind, type RowResult } from "./use-bulk-run.ts";

function Result({ result }: { result: RowResult | undefined }) {
  const { codeMessage } = useCodeTexts();
  if (!result || result.status === "waiting") return <span className="muted">{t("transactions.bulk.waiting")}</span>;
  if (result.status === "running") return <span className="muted">{t("transactions.bulk.sending")}</span>;
  if (result.status === "skipped")
    return <span className="muted">{t("transactions.bulk.skipped", { reason: result.message })}</span>;
  if (result.status === "error") return <span className="action-error">{result.message}</span>;
  const answer = decodedAnswer(result.action.outcome);
  return (
    <span className="action-line">
      <ActionState state={result.action.state} />
      {answer?.code ? <OutcomeCode {...answer} /> : null}
      {(answer?.message ? codeMessage(answer.message, answer.messageParts) : null) ?? result.action.error ?? null}
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
      title={t(`transactions.bulk.title.${kind}`, { count: total })}
      onClose={bulk.running ? bulk.stop : onClose}
      wide
    >
      <form className="dialog-body-form" onSubmit={start}>
        <p className="muted">{t(`transactions.bulk.explain.${kind}`)}</p>
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
            <label htmlFor="bulk-reason">
              {kind === "refund" ? t("transactions.bulk.reasonRequired") : t("transactions.bulk.reasonOptional")}
            </label>
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
        <div className="bulk-progress" aria-label={t("transactions.bulk.progress")}>
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
            {t("transactions.bulk.done", { finished: formatNumber(bulk.finished), total: formatNumber(total) })}
          </span>
        </div>
        <div className="bulk-results">
          <table className="mini-table" aria-label={t("transactions.bulk.results")}>
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
              {t("transactions.bulk.stop")}
            </button>
          ) : started ? (
            <>
              {failed.length ? (
                <button type="button" className="button" onClick={() => void bulk.run(failed, reason.trim())}>
                  {t("transactions.bulk.again", { count: failed.length })}
                </button>
              ) : null}
              <button type="button" className="button button-primary" onClick={onClose}>
                {t("transactions.bulk.close")}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="button" onClick={onClose}>
                {t("transactions.bulk.cancel")}
              </button>
              <button type="submit" className="button button-primary" disabled={kind === "refund" && !reason.trim()}>
                {t(`transactions.bulk.start.${kind}`, { count: total })}
              </button>
            </>
          )}
        </div>
      </form>
    </Dialog>
  );
}
