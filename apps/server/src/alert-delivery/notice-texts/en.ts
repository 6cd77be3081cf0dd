// What a delivered alert says around the alert itself (Slack, e-mail), in English. ru.ts and pl.ts say the same;
// notice-texts.test.ts fails on a key missing in any language. PAYLENS_ALERT_LANGUAGE picks one.
import { ALERT_RULE_TITLES, type AlertRule } from "@paylens/domain/alert-rules";

export const en = {
  opened: "Alert",
  resolved: "Resolved",
  test: "Test",
  open: "Open in Paylens",
  rule: "Rule",
  segment: "Segment",
  started: "Started",
  ended: "Ended",
  figures: "Figures",
  testMessage: "Paylens test notification: this channel receives alerts.",
  // Scheduled reports (send-report.ts): {name}-style slots filled there; rows by the language's plural rules.
  report: {
    headline: "[Paylens] Report “{name}”, {span}: {rows}",
    rows: { one: "{count} row", few: "{count} rows", many: "{count} rows", other: "{count} rows" },
    slackNoFile: "Slack cannot receive the CSV file: open the view to see or export it.",
    attached: "The CSV is attached ({filename}).",
    view: "The same view in Paylens: {url}",
  },
  rules: ALERT_RULE_TITLES as Record<AlertRule, string>,
};

export type NoticeTexts = typeof en;
