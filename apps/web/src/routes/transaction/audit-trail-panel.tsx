import { t } from "../../i18n/index.ts";
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
  if (query.isPending) body = <p className="muted">{t("transaction.audit.loading")}</p>;
  else if (query.isError)
    body = (
      <ErrorState title={t("transaction.audit.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />
    );
  else if (!query.data.items.length) body = <p className="muted">{t("transaction.audit.none")}</p>;
  else body = <AuditTable items={query.data.items} withTransaction={false} />;
  return (
    <Panel
      title={t("transaction.audit.title")}
      aside={
        query.data?.nextCursor ? (
          <Link to="/audit" search={{ transaction: transactionId }}>
            {t("transaction.audit.older")}
          </Link>
        ) : null
      }
    >
      {body}
    </Panel>
  );
}
