import { t } from "../../i18n/index.ts";
import type { InboxState } from "../../lib/api-types.ts";

// What Paylens did with a message, in the colours the transaction statuses use for the same sense.
// Getters: the words are read in the language of the moment they are shown.
const info = (state: InboxState, tone: string) => ({
  tone,
  get label() {
    return t(`webhooks.state.${state}`);
  },
  get meaning() {
    return t(`webhooks.meaning.${state}`);
  },
});

export const INBOX_STATE_INFO: Record<InboxState, { label: string; tone: string; meaning: string }> = {
  pending: info("pending", "pending"),
  applied: info("applied", "successful"),
  duplicate: info("duplicate", "expired"),
  flagged: info("flagged", "failed"),
  too_old: info("too_old", "expired"),
  rejected: info("rejected", "error"),
  failed: info("failed", "failed"),
};

export function InboxStateBadge({ state }: { state: string }) {
  const info = state in INBOX_STATE_INFO ? INBOX_STATE_INFO[state as InboxState] : null;
  return (
    <span className={`badge badge-sm status status-${info?.tone ?? "unknown"}`} title={info?.meaning}>
      <span className="status-dot" aria-hidden="true" />
      {info?.label ?? state}
    </span>
  );
}
