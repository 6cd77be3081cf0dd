import { t } from "../../i18n/index.ts";
import { useState } from "react";
import type { TransactionRow } from "../../lib/api-types.ts";
import { BulkDialog } from "./bulk-dialog.tsx";
import type { BulkKind } from "./use-bulk-run.ts";

/** Shown while rows are selected: the actions that run one by one over them. */
export function BulkBar({ rows, onClear }: { rows: TransactionRow[]; onClear: () => void }) {
  const [kind, setKind] = useState<BulkKind | null>(null);
  if (!rows.length && !kind) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t("transactions.table.selected")}>
      <strong>{rows.length} selected</strong>
      <button type="button" className="button button-sm" onClick={() => setKind("refund")}>
        Refund…
      </button>
      <button type="button" className="button button-sm" onClick={() => setKind("void")}>
        Void…
      </button>
      <button type="button" className="button button-sm" onClick={() => setKind("resync")}>
        Re-sync…
      </button>
      <button type="button" className="button button-sm" onClick={onClear}>
        Clear selection
      </button>
      {kind ? <BulkDialog kind={kind} rows={rows} onClose={() => setKind(null)} /> : null}
    </div>
  );
}
