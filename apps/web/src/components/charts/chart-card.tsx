import { t } from "../../i18n/index.ts";
import type { ReactNode } from "react";
import { ErrorState } from "../error-state.tsx";
import { StateMessage } from "../state-message.tsx";

export interface PanelQuery {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
}

/** One analytics panel: a titled card that shows a skeleton, an error with retry, an empty message or its chart. */
export function ChartCard({
  title,
  aside,
  query,
  empty,
  emptyText,
  children,
  className,
}: {
  title: string;
  aside?: ReactNode;
  query: PanelQuery;
  empty: boolean;
  emptyText?: string;
  children: () => ReactNode;
  className?: string;
}) {
  let body: ReactNode;
  if (query.isPending)
    body = (
      <div
        className="chart-skeleton"
        role="status"
        aria-busy="true"
        aria-label={t("analytics.card.loading", { what: title.toLowerCase() })}
      />
    );
  else if (query.isError)
    body = (
      <ErrorState
        title={t("analytics.card.failed", { what: title.toLowerCase() })}
        error={query.error}
        onRetry={() => void query.refetch()}
      />
    );
  else if (empty)
    body = (
      <StateMessage title={emptyText ?? t("analytics.card.empty")}>
        <p>{t("analytics.card.emptyHelp")}</p>
      </StateMessage>
    );
  else body = children();
  return (
    <section className={`panel chart-card ${className ?? ""}`} aria-label={title}>
      <div className="panel-header">
        <h2>{title}</h2>
        {aside ? <div className="panel-aside">{aside}</div> : null}
      </div>
      <div className="chart-body">{body}</div>
    </section>
  );
}
