// Searches that widen one transaction to its neighbours: the same card, the same customer, the same order.
import { t as tr } from "../../i18n/index.ts";
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
      label: tr("transaction.related.ofCard"),
      detail: `${t.cardBin ?? "••••"}…${t.cardLast4}`,
      q: terms.filter(Boolean).join(" "),
    });
  }
  if (t.customerEmail) {
    out.push({
      label: tr("transaction.related.ofCustomer"),
      detail: t.customerEmail,
      q: formatTerm({ key: "email", values: [t.customerEmail] }),
    });
  }
  if (t.trackingId) {
    out.push({
      label: tr("transaction.related.ofOrder"),
      detail: t.trackingId,
      q: formatTerm({ key: "tracking", values: [t.trackingId] }),
    });
  }
  return out;
}
