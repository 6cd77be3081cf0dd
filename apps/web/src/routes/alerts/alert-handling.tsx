// An alert's handling on the Alerts screen: acknowledge it, mute its rule for its segment, and the log of what was
// sent where (delivered, waiting to retry, failed, and why).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AlertRule } from "@paylens/domain/alert-rules";
import { DateTime } from "../../components/date-time.tsx";
import { errorText } from "../../components/error-state.tsx";
import { useCan } from "../../components/principal.tsx";
import { t } from "../../i18n/index.ts";
import type { Alert, AlertDelivery } from "../../lib/analytics-types.ts";
import { useTrpc } from "../../trpc.ts";

const STATE_CLASS: Record<AlertDelivery["state"], string> = {
  delivered: "delivery-delivered",
  pending: "delivery-pending",
  failed: "delivery-failed",
};

export function AlertHandling({ alert }: { alert: Alert }) {
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const canAct = useCan("act");
  const canMute = useCan("settings");
  const acknowledge = useMutation({
    ...trpc.alerts.acknowledge.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alerts.list.queryKey() }),
  });
  const mute = useMutation(trpc.alerts.mute.mutationOptions());
  return (
    <div className="alert-handling">
      {alert.acknowledgedAt ? (
        <span className="muted">
          {t("alerts.handling.acknowledgedBy", { name: alert.acknowledgedBy ?? "—" })}{" "}
          <DateTime value={alert.acknowledgedAt} />
        </span>
      ) : canAct && !alert.endedAt ? (
        <button
          type="button"
          className="button button-sm"
          disabled={acknowledge.isPending}
          onClick={() => acknowledge.mutate({ id: alert.id })}
        >
          {t("alerts.handling.acknowledge")}
        </button>
      ) : null}
      {canMute && !alert.endedAt ? (
        mute.data ? (
          <span className="muted">
            {t("alerts.handling.mutedUntil")} <DateTime value={mute.data.until} />
          </span>
        ) : (
          <button
            type="button"
            className="button button-sm"
            disabled={mute.isPending}
            onClick={() => mute.mutate({ rule: alert.rule as AlertRule, segment: alert.segment, minutes: 240 })}
          >
            {t("alerts.handling.mute")}
          </button>
        )
      ) : null}
      {acknowledge.isError || mute.isError ? (
        <p className="form-error" role="alert">
          {errorText(acknowledge.error ?? mute.error)}
        </p>
      ) : null}
    </div>
  );
}

export function DeliveryLog({ deliveries }: { deliveries: AlertDelivery[] }) {
  if (deliveries.length === 0) return <span className="muted">{t("alerts.handling.notSent")}</span>;
  return (
    <ul className="delivery-log">
      {deliveries.map((d) => (
        <li key={d.id}>
          <span className={`badge badge-sm ${STATE_CLASS[d.state]}`}>
            {t(`alerts.handling.${d.state === "pending" ? (d.attempts > 0 ? "retrying" : "queued") : d.state}`)}
          </span>{" "}
          {d.event === "opened" || d.event === "resolved" ? t(`alerts.handling.${d.event}`) : d.event} →{" "}
          <strong>{d.channel.name}</strong>
          <span className="muted">
            {" "}
            · {t("alerts.handling.attempts", { count: d.attempts })}
            {d.deliveredAt ? (
              <>
                {" "}
                · <DateTime value={d.deliveredAt} />
              </>
            ) : d.state === "pending" ? (
              <>
                {" "}
                · {t("alerts.handling.next")} <DateTime value={d.nextAttemptAt} />
              </>
            ) : null}
          </span>
          {d.lastError ? <div className="delivery-error">{d.lastError}</div> : null}
        </li>
      ))}
    </ul>
  );
}
