import { t } from "../../i18n/index.ts";
import { formatShortDateTime } from "../../lib/format-date.ts";

export interface LiveStatusProps {
  live: boolean;
  connecting: boolean;
  failing: boolean;
  updatedAt: number;
  newCount: number;
  since: Date | null;
}

/** Tells whether the list is following new transactions, when it last refreshed and how many arrived meanwhile. */
const STATES = {
  live: { label: "live", hint: "liveHint" },
  connecting: { label: "connecting", hint: "connectingHint" },
  failing: { label: "failing", hint: "failingHint" },
  paused: { label: "paused", hint: "pausedHint" },
} as const;

export function LiveStatus({ live, connecting, failing, updatedAt, newCount, since }: LiveStatusProps) {
  const updated = updatedAt ? formatShortDateTime(new Date(updatedAt)) : null;
  const state = !live ? "paused" : failing ? "failing" : connecting ? "connecting" : "live";
  const { label, hint } = STATES[state];
  return (
    <div className="live-status" aria-live="polite">
      {newCount > 0 && since ? (
        <span className="new-count" title={t("transactions.live.newSince", { when: formatShortDateTime(since) })}>
          {t("transactions.live.new", { count: newCount })}
        </span>
      ) : null}
      <span className={`live live-${state}`} title={t(`transactions.live.${hint}`)}>
        <span className="live-dot" aria-hidden="true" />
        {t(`transactions.live.${label}`)}
      </span>
      {updated ? <span className="muted">{t("transactions.live.updated", { when: updated })}</span> : null}
    </div>
  );
}
