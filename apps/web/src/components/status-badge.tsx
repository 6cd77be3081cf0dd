import { TRANSACTION_STATUSES } from "@paylens/domain/transaction";
import { statusLabel } from "../lib/vocabulary.ts";

const KNOWN = new Set<string>(TRANSACTION_STATUSES);

export function StatusBadge({ status, size = "md" }: { status: string; size?: "sm" | "md" }) {
  const tone = KNOWN.has(status) ? status : "unknown";
  return (
    <span className={`badge status status-${tone}${size === "sm" ? " badge-sm" : ""}`}>
      <span className="status-dot" aria-hidden="true" />
      {statusLabel(status)}
    </span>
  );
}
