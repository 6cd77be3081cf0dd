import { t } from "../../i18n/index.ts";
import { useState } from "react";
import { actionAppliesTo } from "@paylens/domain/action-rules";
import type { TransactionRow } from "../../lib/api-types.ts";
import { BulkDialog } from "./bulk-dialog.tsx";
import type { BulkKind } from "./use-bulk-run.ts";

const KINDS: readonly BulkKind[] = ["refund", "void", "resync"];

/** The selected rows an action can apply to: the domain's rule, the one the API checks. */
export function rowsFor(kind: BulkKind, rows: TransactionRow[]): TransactionRow[] {
  return rows.filter((row) => actionAppliesTo(kind, row));
}

/**
 * Shown while rows are selected: each action that applies to at least one of them, saying for how many when not
 * for all; the dialog then acts on those rows only.
 */
export function BulkBar({ rows, onClear }: { rows: TransactionRow[]; onClear: () => void }) {
  const [open, setOpen] = useState<{ kind: BulkKind; rows: TransactionRow[]; total: number } | null>(null);
  if (!rows.length && !open) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t("transactions.table.selected")}>
      <strong>{t("transactions.bulk.count", { count: rows.length })}</strong>
      {KINDS.map((kind) => {
        const applicable = rowsFor(kind, rows);
        if (!applicable.length) return null;
        const all = applicable.length === rows.length;
        return (
          <button
            key={kind}
            type="button"
            className="button button-sm"
            onClick={() => setOpen({ kind, rows: applicable, total: rows.length })}
          >
            {all
              ? t(`transactions.bulk.${kind}`)
              : t(`transactions.bulk.${kind}Some`, { count: applicable.length, total: rows.length })}
          </button>
        );
      })}
      <button type="button" className="button button-sm" onClick={onClear}>
        {t("transactions.bulk.clear")}
      </button>
      {open ? (
        <BulkDialog kind={open.kind} rows={open.rows} selected={open.total} onClose={() => setOpen(null)} />
      ) : null}
    </div>
  );
}
