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
  rules: ALERT_RULE_TITLES as Record<AlertRule, string>,
};

export type NoticeTexts = typeof en;
