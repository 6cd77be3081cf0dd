// Every alert rule's name, once: the server's rules raise them, Settings routes and mutes them by these names.
export const ALERT_RULES = [
  "approval-drop",
  "webhook-lag",
  "provider-errors",
  "suspicious-message",
  "missing-notifications",
  "account-silent",
  "dispute-due",
  "dispute-due-final",
  "dispute-rate",
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

export function isAlertRule(value: string): value is AlertRule {
  return (ALERT_RULES as readonly string[]).includes(value);
}

/** What each rule watches, in a few words (Settings' routing list). */
export const ALERT_RULE_TITLES: Record<AlertRule, string> = {
  "approval-drop": "Approval drop in a segment",
  "webhook-lag": "Webhook lag over the SLO",
  "provider-errors": "Provider API errors",
  "suspicious-message": "Signed message not applied",
  "missing-notifications": "Payments without their final notification",
  "account-silent": "Account gone silent",
  "dispute-due": "Dispute response due within 3 days",
  "dispute-due-final": "Dispute response due within a day",
  "dispute-rate": "Dispute rate near a scheme line",
};
