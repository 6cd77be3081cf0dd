// Sends a scheduled report through an alert channel (send-notice.ts's transports):
// - webhook: a signed Standard Webhooks JSON event `report.ready` with the CSV inline in `data.csv` (one request the
//   receiver verifies once; no download link needing credentials of its own), as README "Scheduled reports" says;
// - e-mail: the CSV as an attachment, with a link to the console's view;
// - Slack: a short message with the link only (an incoming webhook cannot take files).
import type { Language } from "@paylens/domain/languages";
import type { ReportSource } from "@paylens/domain/report-schedule";
import { noticeTexts } from "./notice-texts/index.ts";
import { postSigned, postSlack, sendMail, type SendableChannel } from "./send-notice.ts";

export interface ReportFile {
  scheduleId: string;
  name: string;
  source: ReportSource;
  /** The local day the report was due on. */
  period: string;
  /** Settlements: the days the CSV covers. */
  days: { from: string; to: string; timeZone: string } | null;
  rows: number;
  filename: string;
  csv: string;
  /** The console's view of the same rows. */
  url: string;
}

export interface ReportEvent {
  type: "report.ready";
  timestamp: string;
  data: Omit<ReportFile, "csv"> & { contentType: "text/csv"; csv: string };
}

/** A text's {slots} filled in. */
function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** "[Paylens] Report “Failed payments”, 2026-12-01: 2 rows" in the deployment's language. */
export function reportHeadline(
  report: Pick<ReportFile, "name" | "days" | "period" | "rows">,
  language: Language,
): string {
  const words = noticeTexts(language).report;
  const span = report.days
    ? report.days.from === report.days.to
      ? report.days.from
      : `${report.days.from} – ${report.days.to}`
    : report.period;
  const form = new Intl.PluralRules(language).select(report.rows) as keyof typeof words.rows;
  const rows = fill(words.rows[form] ?? words.rows.other, {
    count: new Intl.NumberFormat(language).format(report.rows),
  });
  return fill(words.headline, { name: report.name, span, rows });
}

export async function sendReport(
  channel: SendableChannel,
  report: ReportFile,
  messageId: string,
  now: Date,
  language: Language = "en",
): Promise<void> {
  const words = noticeTexts(language);
  if (channel.kind === "webhook") {
    const event: ReportEvent = {
      type: "report.ready",
      timestamp: now.toISOString(),
      data: { ...report, contentType: "text/csv" },
    };
    return postSigned(channel, JSON.stringify(event), messageId);
  }
  if (channel.kind === "slack")
    return postSlack(
      channel,
      `${reportHeadline(report, language)}\n${words.report.slackNoFile}\n<${report.url}|${words.open}>`,
    );
  await sendMail(channel, {
    subject: reportHeadline(report, language),
    text: `${reportHeadline(report, language)}\n\n${fill(words.report.attached, { filename: report.filename })}\n${fill(words.report.view, { url: report.url })}\n`,
    attachments: [{ filename: report.filename, content: report.csv, contentType: "text/csv; charset=utf-8" }],
  });
}
