// An alert's message as a key and its figures, so each reader gets it in their language: the console renders it with
// the user's catalogue (apps/web i18n/<lang>/alerts.ts holds these), Slack and e-mail in PAYLENS_ALERT_LANGUAGE
// (render.ts). Figures named …Rate are shown as percents; counts pick the plural form ({{count}}).
export const en = {
  "approval-drop_one":
    "Approval for {{dimension}} {{segment}} fell to {{approvalRate}} over the last {{windowMin}} min (baseline {{baselineRate}}, {{count}} attempt)",
  "approval-drop_other":
    "Approval for {{dimension}} {{segment}} fell to {{approvalRate}} over the last {{windowMin}} min (baseline {{baselineRate}}, {{count}} attempts)",
  "webhook-lag_one": "{{provider}} webhook lag p95 is {{p95S}} s, over the {{sloS}} s SLO ({{count}} webhook)",
  "webhook-lag_other": "{{provider}} webhook lag p95 is {{p95S}} s, over the {{sloS}} s SLO ({{count}} webhooks)",
  "provider-errors":
    "{{provider}}: {{failedRate}} of API calls failed or timed out over the last {{windowMin}} min (baseline {{baselineRate}})",
  "suspicious-message_one":
    "{{provider}} {{accountId}}: {{count}} signed message not applied in the last {{windowMin}} min ({{reason}})",
  "suspicious-message_other":
    "{{provider}} {{accountId}}: {{count}} signed messages not applied in the last {{windowMin}} min ({{reason}})",
  "missing-notifications_one":
    "{{provider}} {{accountId}}: {{waiting}} of {{count}} payment has had no final notification after {{overdueMin}} min (usual lag {{usualLagS}} s)",
  "missing-notifications_other":
    "{{provider}} {{accountId}}: {{waiting}} of {{count}} payments have had no final notification after {{overdueMin}} min (usual lag {{usualLagS}} s)",
  "account-silent":
    "{{provider}} {{accountId}}: no payments, calls or notifications for {{silentMin}} min (about {{expected}} expected at {{perHour}} an hour)",
  "account-silent-unseen":
    "{{provider}} {{accountId}}: no payments, calls or notifications for at least {{silentMin}} min (about {{expected}} expected at {{perHour}} an hour)",
  "dispute-due-hours_one": "{{provider}} dispute {{disputeId}} ({{accountId}}) needs a response within {{count}} h",
  "dispute-due-hours_other": "{{provider}} dispute {{disputeId}} ({{accountId}}) needs a response within {{count}} h",
  "dispute-due-days_one": "{{provider}} dispute {{disputeId}} ({{accountId}}) needs a response within {{count}} day",
  "dispute-due-days_other": "{{provider}} dispute {{disputeId}} ({{accountId}}) needs a response within {{count}} days",
  "dispute-due-final_one":
    "Last day: {{provider}} dispute {{disputeId}} ({{accountId}}) needs a response within {{count}} h",
  "dispute-due-final_other":
    "Last day: {{provider}} dispute {{disputeId}} ({{accountId}}) needs a response within {{count}} h",
  "dispute-rate-same_one":
    "{{provider}} {{accountId}}: {{month}} projects {{count}} dispute, {{projectedRate}} of {{payments}} card payments (the month's), over the {{line}} line ({{lineRate}}, {{lineCount}} disputes)",
  "dispute-rate-same_other":
    "{{provider}} {{accountId}}: {{month}} projects {{count}} disputes, {{projectedRate}} of {{payments}} card payments (the month's), over the {{line}} line ({{lineRate}}, {{lineCount}} disputes)",
  "dispute-rate-previous_one":
    "{{provider}} {{accountId}}: {{month}} projects {{count}} dispute, {{projectedRate}} of {{payments}} card payments (the previous month's), over the {{line}} line ({{lineRate}}, {{lineCount}} disputes)",
  "dispute-rate-previous_other":
    "{{provider}} {{accountId}}: {{month}} projects {{count}} disputes, {{projectedRate}} of {{payments}} card payments (the previous month's), over the {{line}} line ({{lineRate}}, {{lineCount}} disputes)",
};

/** The message keys (plural forms stripped): what a rule stores beside its figures. */
export type AlertMessageKey = {
  [K in keyof typeof en]: K extends `${infer Base}_${"one" | "other"}` ? Base : K;
}[keyof typeof en];

/** Another language: every English key (a missing one is a type error), plus the plural forms it needs. */
export type AlertMessageCatalogue = Readonly<Record<keyof typeof en, string>> & Readonly<Record<string, string>>;
