// Runs one action per selected transaction, one after another: each row has its own idempotency key, made when the dialog opened.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { actionAppliesTo } from "@paylens/domain/action-rules";
import { t } from "../../i18n/index.ts";
import { errorText } from "../../components/error-state.tsx";
import type { ActionRow, TransactionRow } from "../../lib/api-types.ts";
import { newIdempotencyKey } from "../../lib/idempotency-key.ts";
import { useTrpc } from "../../trpc.ts";

export type BulkKind = "refund" | "void" | "resync";

export type RowResult =
  | { status: "waiting" }
  | { status: "running" }
  | { status: "done"; action: ActionRow }
  | { status: "skipped"; message: string }
  | { status: "error"; message: string };

/** Why a row cannot take this action, before anything is sent (the domain's rule); null when it can. */
export function skipReason(kind: BulkKind, row: TransactionRow): string | null {
  return actionAppliesTo(kind, row) ? null : t("transactions.bulk.doesNotApply");
}

export function useBulkRun(kind: BulkKind, rows: TransactionRow[]) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const request = useMutation(trpc.actions.request.mutationOptions());
  // One key per row for the life of the dialog: running the failed rows again cannot double a refund that went through.
  const [keys] = useState(() => new Map(rows.map((row) => [row.id, newIdempotencyKey()])));
  const [results, setResults] = useState<Map<string, RowResult>>(
    () => new Map(rows.map((row) => [row.id, { status: "waiting" }])),
  );
  const [running, setRunning] = useState(false);
  const stop = useRef(false);

  const set = (id: string, result: RowResult) => setResults((previous) => new Map(previous).set(id, result));

  async function runRow(row: TransactionRow, reason: string): Promise<void> {
    const skip = skipReason(kind, row);
    if (skip) return set(row.id, { status: "skipped", message: skip });
    set(row.id, { status: "running" });
    try {
      let amountMinor: bigint | undefined;
      if (kind === "refund") {
        // The full refundable amount as the server counts it now (earlier partial refunds included).
        const overview = await queryClient.fetchQuery({
          ...trpc.actions.forTransaction.queryOptions({ transactionId: row.id }),
          staleTime: 0,
        });
        if (overview.refundableMinor <= 0n)
          return set(row.id, { status: "skipped", message: t("transactions.bulk.nothingLeft") });
        amountMinor = overview.refundableMinor;
      }
      const action = await request.mutateAsync({
        idempotencyKey: keys.get(row.id) ?? newIdempotencyKey(),
        transactionId: row.id,
        kind,
        amountMinor,
        reason: reason || undefined,
      });
      set(row.id, { status: "done", action });
    } catch (error) {
      set(row.id, { status: "error", message: errorText(error) });
    }
  }

  /** Runs the given rows in order; Stop finishes the current row and leaves the rest waiting. */
  async function run(which: TransactionRow[], reason: string): Promise<void> {
    setRunning(true);
    stop.current = false;
    for (const row of which) {
      if (stop.current) break;
      await runRow(row, reason);
    }
    setRunning(false);
    for (const queryKey of [trpc.transactions.pathKey(), trpc.actions.pathKey(), trpc.audit.pathKey()])
      void queryClient.invalidateQueries({ queryKey });
  }

  const finished = [...results.values()].filter(
    (r) => r.status === "done" || r.status === "skipped" || r.status === "error",
  ).length;
  return { results, running, finished, run, stop: () => (stop.current = true) };
}
