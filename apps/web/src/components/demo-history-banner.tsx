import { useQuery } from "@tanstack/react-query";
import { useTrpc } from "../trpc.ts";

const POLL_MS = 2_000;

/** Demo mode's first start loads 30 days of history in the background: how far it got, until it is done. */
export function DemoHistoryBanner() {
  const trpc = useTrpc();
  const state = useQuery({
    ...trpc.incidents.state.queryOptions(),
    refetchInterval: (query) => (query.state.data?.backfill ? POLL_MS : false),
    retry: false,
  });
  const progress = state.data?.backfill;
  if (!progress) return null;
  return (
    <div className="demo-history-banner" role="status">
      <p>
        Loading demo history: {progress.done.toLocaleString("en-US")} / {progress.total.toLocaleString("en-US")} orders.
        Screens fill in as it goes.
      </p>
      <progress max={progress.total} value={progress.done} aria-label="Demo history loaded" />
    </div>
  );
}
