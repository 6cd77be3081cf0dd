// What a channel is told about an alert: the same facts for every channel, card data redacted on the way out (the
// figures and message are Paylens's own, but a segment or message quoting a provider's text must not carry a PAN).
import { redactCardData } from "@paylens/domain/card";
import type { DueDelivery } from "@paylens/db/queries/alert-deliveries";
import type { Language } from "@paylens/domain/languages";
import { renderAlertMessage } from "@paylens/domain/alert-messages/render";
import { noticeTexts } from "./notice-texts/index.ts";

export interface AlertNotice {
  /** Standard Webhooks event type. */
  type: "alert.opened" | "alert.resolved" | "alert.test";
  timestamp: string;
  data: {
    id: string;
    rule: string;
    kind: string;
    segment: string;
    message: string;
    figures: Record<string, number | string>;
    startedAt: string;
    endedAt: string | null;
    /** The console's view of this alert. */
    url: string;
  };
}

export function alertUrl(consoleUrl: string, alertId: string): string {
  return `${consoleUrl.replace(/\/$/, "")}/alerts?state=all&alert=${encodeURIComponent(alertId)}`;
}

export function alertNotice(
  delivery: Pick<DueDelivery, "event" | "alert">,
  consoleUrl: string,
  now: Date,
  language: Language = "en",
): AlertNotice {
  const { alert } = delivery;
  return redactCardData({
    type: delivery.event === "opened" ? "alert.opened" : "alert.resolved",
    timestamp: now.toISOString(),
    data: {
      id: alert.id,
      rule: alert.rule,
      kind: alert.kind,
      segment: alert.segment,
      // In the deployment's alert language where the alert has its key and figures; its English otherwise.
      message: (alert.text ? renderAlertMessage(alert.text, language) : null) ?? alert.message,
      figures: alert.figures,
      startedAt: alert.startedAt.toISOString(),
      endedAt: alert.endedAt?.toISOString() ?? null,
      url: alertUrl(consoleUrl, alert.id),
    },
  });
}

/** What "Send a test" sends: clearly a test, with a link to the Alerts screen. */
export function testNotice(consoleUrl: string, now: Date, language: Language = "en"): AlertNotice {
  return {
    type: "alert.test",
    timestamp: now.toISOString(),
    data: {
      id: "test",
      rule: "test",
      kind: "test",
      segment: "test",
      message: noticeTexts(language).testMessage,
      figures: {},
      startedAt: now.toISOString(),
      endedAt: null,
      url: `${consoleUrl.replace(/\/$/, "")}/alerts`,
    },
  };
}

/** One line for people (Slack, the mail's subject). */
export function noticeHeadline(notice: AlertNotice, language: Language = "en"): string {
  const texts = noticeTexts(language);
  const what =
    notice.type === "alert.opened" ? texts.opened : notice.type === "alert.resolved" ? texts.resolved : texts.test;
  return `[Paylens] ${what}: ${notice.data.message}`;
}
