// Sends a scheduled report through an alert channel (send-notice.ts's transports):
// - webhook: a signed Standard Webhooks JSON event `report.ready` with the CSV inline in `data.csv` (one request the
//   receiver verifies once; no download link needing credentials of its own), as README "Scheduled reports" says;
// - e-mail: the CSV as an attachment, with a link to the console's view;
// - Slack: a short message with the link only (an incoming webhook cannot take files).
import type { ReportSource } from "@paylens/domain/report-schedule";
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

function headline(report: ReportFile): string {
  const span = report.days
    ? report.days.from === report.days.to
      ? report.days.from
      : `${report.days.from} – ${report.days.to}`
    : report.period;
  return `[Paylens] Report “${report.name}”, ${span}: ${report.rows} ${report.rows === 1 ? "row" : "rows"}`;
}

export async function sendReport(
  channel: SendableChannel,
  report: ReportFile,
  messageId: string,
  now: Date,
): Promise<void> {
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
      `${headline(report)}\nSlack cannot receive the CSV file: open the view to see or export it.\n<${report.url}|Open in Paylens>`,
    );
  await sendMail(channel, {
    subject: headline(report),
    text: `${headline(report)}\n\nThe CSV is attached (${report.filename}).\nThe same view in Paylens: ${report.url}\n`,
    attachments: [{ filename: report.filename, content: report.csv, contentType: "text/csv; charset=utf-8" }],
  });
}
