// Searches that widen one transaction to its neighbours: the same card, the same customer, the same order.
import { formatTerm } from "../../lib/query-text.ts";

export interface RelatedSearch {
  label: string;
  detail: string;
  q: string;
}

interface Fields {
  cardBin: string | null;
  cardLast4: string | null;
  customerEmail: string | null;
  trackingId: string | null;
}

export function relatedSearches(t: Fields): RelatedSearch[] {
  const out: RelatedSearch[] = [];
  if (t.cardLast4) {
    const terms = [
      t.cardBin ? formatTerm({ key: "bin", values: [t.cardBin] }) : null,
      formatTerm({ key: "last4", values: [t.cardLast4] }),
    ];
    out.push({
      label: "All transactions of this card",
      detail: `${t.cardBin ?? "••••"}…${t.cardLast4}`,
      q: terms.filter(Boolean).join(" "),
    });
  }
  if (t.customerEmail) {
    out.push({
      label: "All transactions of this customer",
      detail: t.customerEmail,
      q: formatTerm({ key: "email", values: [t.customerEmail] }),
    });
  }
  if (t.trackingId) {
    out.push({
      label: "Every attempt for this order",
      detail: t.trackingId,
      q: formatTerm({ key: "tracking", values: [t.trackingId] }),
    });
  }
  return out;
}
