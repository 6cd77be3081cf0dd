import { useQuery } from "@tanstack/react-query";
import { useTrpc } from "../trpc.ts";
import { errorText } from "./error-state.tsx";

const DB_NAMES: Record<string, string> = { pglite: "PGlite (embedded)", postgres: "PostgreSQL" };

/** Which database the server runs on, and whether the API answers at all. */
export function HealthBadge() {
  const trpc = useTrpc();
  const health = useQuery(trpc.health.check.queryOptions(undefined, { refetchInterval: 15_000, retry: false }));
  if (health.isPending) {
    return <span className="health health-unknown">Connecting…</span>;
  }
  if (health.isError) {
    return (
      <span className="health health-down" role="status" title={errorText(health.error)}>
        <span className="health-dot" aria-hidden="true" />
        API unreachable
      </span>
    );
  }
  const db = health.data.db;
  return (
    <span className="health health-ok" role="status" title="API and database answer">
      <span className="health-dot" aria-hidden="true" />
      {DB_NAMES[db] ?? db}
    </span>
  );
}
