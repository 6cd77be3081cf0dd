import { t } from "../i18n/index.ts";

/** While a screen's code loads (opened without a preload): the main area keeps a page's shape, so nothing jumps. */
export function RoutePending() {
  return (
    <div className="page route-pending" role="status" aria-busy="true" aria-label={t("shell.routeLoading")}>
      <span className="skeleton-bar route-pending-title" />
      <span className="skeleton-bar" />
    </div>
  );
}
