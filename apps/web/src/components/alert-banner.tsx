import { alertMessage } from "../lib/alert-message.ts";
import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { useTrpc } from "../trpc.ts";
import { formatRelative } from "../lib/format-date.ts";

const POLL_MS = 10_000;

/** Across the top of every screen while an alert is active: what, where, since when, and a way to the list. */
export function AlertBanner() {
  const { t } = useTranslation();
  const trpc = useTrpc();
  const active = useQuery({ ...trpc.alerts.active.queryOptions(), refetchInterval: POLL_MS, retry: false });
  const alerts = active.data ?? [];
  const first = alerts[0];
  if (!first) return null;
  return (
    <div className="alert-banner" role="alert">
      <span className="alert-banner-icon" aria-hidden="true">
        !
      </span>
      <p>
        <strong>{alertMessage(first)}</strong>{" "}
        <span className="alert-banner-meta">
          · {first.segment} · {t("shell.alertBanner.started", { when: formatRelative(first.startedAt) })}
        </span>
        {alerts.length > 1 ? (
          <span className="alert-banner-meta"> · {t("shell.alertBanner.more", { count: alerts.length - 1 })}</span>
        ) : null}
      </p>
      <Link to="/alerts" className="alert-banner-link">
        {t("shell.alertBanner.view", { count: alerts.length })}
      </Link>
    </div>
  );
}
