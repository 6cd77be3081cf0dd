// A timeline event's summary in the console's language. The server writes it in English from the event's own fields
// (db/queries/apply-rows.ts describe(), actions' replies, the back-fill); where the text is exactly one of those, it is
// written again from the fields with the catalogue, and anything else (a provider's refusal reason) stays as sent.
import { t } from "../i18n/index.ts";
import { humanize, statusLabel } from "./vocabulary.ts";

export interface SummarisedEvent {
  transition: string;
  statusFrom: string | null;
  statusTo: string | null;
  code: string | null;
  summary: string;
}

const WORD = /^[a-z_]+$/;

export function eventSummary(event: SummarisedEvent): string {
  const { summary, transition } = event;
  const to = event.statusTo ?? "";
  const from = event.statusFrom ?? "";
  const code = event.code ? ` (${event.code})` : "";
  const status = statusLabel(to);
  const current = statusLabel(from);
  if (transition === "create" && summary.endsWith(` ${to}${code}`)) {
    const type = summary.slice(0, summary.length - ` ${to}${code}`.length);
    if (WORD.test(type)) return t("transaction.timeline.summary.create", { type: humanize(type), status, code });
  }
  if (transition === "advance" && summary === `${from} → ${to}${code}`)
    return t("transaction.timeline.summary.advance", { from: current, to: status, code });
  const fixed: Record<string, string> = {
    refresh: `details updated, still ${to}`,
    stale: `older state ${to} ignored: already ${from}`,
    flagged: `signed but not applied: ${to}`,
    conflict: `provider now says ${to}, kept ${from}: needs a look`,
    duplicate: `duplicate delivery of ${to}: nothing changed`,
  };
  if (fixed[transition] === summary)
    return t(`transaction.timeline.summary.${transition as "refresh"}`, { status, current });
  if (summary === `imported by back-fill: ${to}`) return t("transaction.timeline.summary.imported", { status });
  const action = /^([a-z_]+) by (.+): ([a-z_]+)( \(.+\))?$/.exec(summary);
  if (action?.[1] && action[2] && action[3] === to)
    return t("transaction.timeline.summary.action", {
      action: humanize(action[1]),
      name: action[2],
      status,
      code: action[4] ?? "",
    });
  const queried = /^queried to learn the outcome of ([a-z_]+) (\S+)$/.exec(summary);
  if (queried?.[1] && queried[2])
    return t("transaction.timeline.summary.queried", { action: humanize(queried[1]).toLowerCase(), key: queried[2] });
  return summary;
}
