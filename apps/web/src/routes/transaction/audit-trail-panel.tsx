import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { AuditTable } from "../../components/audit-table.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { useTrpc } from "../../trpc.ts";
import { Panel } from "./panel.tsx";

const SHOWN = 20;

/** Who did what to this transaction from Paylens: requests, approvals, results, notes. */
export function AuditTrailPanel({ transactionId }: { transactionId: string }) {
  const trpc = useTrpc();
  const query = useQuery(trpc.audit.list.queryOptions({ transactionId, limit: SHOWN }));
  let body;
  if (query.isPending) body = <p className="muted">Loading the audit trail…</p>;
  else if (query.isError)
    body = (
      <ErrorState title="Could not load the audit trail" error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (!query.data.items.length)
    body = <p className="muted">Nobody has acted on this transaction from Paylens yet.</p>;
  else body = <AuditTable items={query.data.items} withTransaction={false} />;
  return (
    <Panel
      title="Audit trail"
      aside={
        query.data?.nextCursor ? (
          <Link to="/audit" search={{ transaction: transactionId }}>
            Older entries in the audit log
          </Link>
        ) : null
      }
    >
      {body}
    </Panel>
  );
}
