import { t } from "../../i18n/index.ts";
import { INBOX_STATES, type InboxState, type WebhookCount } from "../../lib/api-types.ts";
import { INBOX_STATE_INFO } from "./inbox-state-badge.tsx";

const number = new Intl.NumberFormat("en-US");

/** "1,234", or "10,000+" where the server stopped counting. */
export function formatCount(count: number, capped: boolean): string {
  return `${number.format(count)}${capped ? "+" : ""}`;
}

function allCount(counts: WebhookCount[]): { count: number; capped: boolean } {
  return { count: counts.reduce((sum, c) => sum + c.count, 0), capped: counts.some((c) => c.capped) };
}

/** One tab per inbox state, each with how many messages it holds under the other filters (null while counting). */
export function StateTabs({
  state,
  counts,
  unavailable = false,
  onSelect,
}: {
  state: InboxState | undefined;
  counts: WebhookCount[] | null;
  /** The counts could not be loaded: the tabs still filter, without figures. */
  unavailable?: boolean;
  onSelect: (state: InboxState | undefined) => void;
}) {
  const tabs: { key: InboxState | undefined; label: string; figure: { count: number; capped: boolean } | null }[] = [
    { key: undefined, label: t("webhooks.state.all"), figure: counts ? allCount(counts) : null },
    ...INBOX_STATES.map((key) => {
      const found = counts?.find((c) => c.state === key);
      return {
        key,
        label: INBOX_STATE_INFO[key].label,
        figure: found ? { count: found.count, capped: found.capped } : counts ? { count: 0, capped: false } : null,
      };
    }),
  ];
  return (
    <div className="state-tabs" role="group" aria-label={t("webhooks.state.label")}>
      {tabs.map((tab) => {
        const alarming =
          (tab.key === "failed" || tab.key === "rejected" || tab.key === "flagged") && (tab.figure?.count ?? 0) > 0;
        return (
          <button
            key={tab.label}
            type="button"
            className="state-tab"
            aria-pressed={state === tab.key}
            onClick={() => onSelect(tab.key)}
          >
            {tab.label}
            <span
              className={`state-count${alarming ? " state-count-alarm" : ""}`}
              aria-label={
                tab.figure
                  ? t("webhooks.state.messages", { count: formatCount(tab.figure.count, tab.figure.capped) })
                  : unavailable
                    ? t("webhooks.state.unavailable")
                    : t("webhooks.state.counting")
              }
            >
              {tab.figure ? formatCount(tab.figure.count, tab.figure.capped) : unavailable ? "–" : "…"}
            </span>
          </button>
        );
      })}
    </div>
  );
}
