import { useQuery } from "@tanstack/react-query";
import { formatNumber, t } from "../i18n/index.ts";
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
      <p>{t("shell.demoHistory", { done: formatNumber(progress.done), total: formatNumber(progress.total) })}</p>
      <progress max={progress.total} value={progress.done} aria-label={t("shell.demoHistoryLabel")} />
    </div>
  );
}
