import { useTranslation } from "react-i18next";
import { useQuery } from "@tanstack/react-query";
import { useTrpc } from "../trpc.ts";
import { errorText } from "./error-state.tsx";

/** Which database the server runs on, and whether the API answers at all. */
export function HealthBadge() {
  const trpc = useTrpc();
  const { t } = useTranslation();
  const health = useQuery(trpc.health.check.queryOptions(undefined, { refetchInterval: 15_000, retry: false }));
  if (health.isPending) {
    return <span className="health health-unknown">{t("shell.health.connecting")}</span>;
  }
  if (health.isError) {
    return (
      <span className="health health-down" role="status" title={errorText(health.error)}>
        <span className="health-dot" aria-hidden="true" />
        {t("shell.health.down")}
      </span>
    );
  }
  const db = health.data.db;
  return (
    <span className="health health-ok" role="status" title={t("shell.health.ok")}>
      <span className="health-dot" aria-hidden="true" />
      {db === "pglite" || db === "postgres" ? t(`shell.health.${db}`) : db}
    </span>
  );
}
