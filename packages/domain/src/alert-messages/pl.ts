import type { AlertMessageCatalogue } from "./en.ts";

export const pl: AlertMessageCatalogue = {
  "approval-drop_one":
    "Akceptacja dla {{dimension}} {{segment}} spadła do {{approvalRate}} w ostatnich {{windowMin}} min (bazowo {{baselineRate}}, {{count}} próba)",
  "approval-drop_few":
    "Akceptacja dla {{dimension}} {{segment}} spadła do {{approvalRate}} w ostatnich {{windowMin}} min (bazowo {{baselineRate}}, {{count}} próby)",
  "approval-drop_many":
    "Akceptacja dla {{dimension}} {{segment}} spadła do {{approvalRate}} w ostatnich {{windowMin}} min (bazowo {{baselineRate}}, {{count}} prób)",
  "approval-drop_other":
    "Akceptacja dla {{dimension}} {{segment}} spadła do {{approvalRate}} w ostatnich {{windowMin}} min (bazowo {{baselineRate}}, {{count}} próby)",
  "webhook-lag_one": "Opóźnienie webhooków {{provider}}: p95 {{p95S}} s, powyżej SLO {{sloS}} s ({{count}} webhook)",
  "webhook-lag_few": "Opóźnienie webhooków {{provider}}: p95 {{p95S}} s, powyżej SLO {{sloS}} s ({{count}} webhooki)",
  "webhook-lag_many": "Opóźnienie webhooków {{provider}}: p95 {{p95S}} s, powyżej SLO {{sloS}} s ({{count}} webhooków)",
  "webhook-lag_other": "Opóźnienie webhooków {{provider}}: p95 {{p95S}} s, powyżej SLO {{sloS}} s ({{count}} webhooka)",
  "provider-errors":
    "{{provider}}: {{failedRate}} wywołań API zakończyło się błędem lub przekroczeniem czasu w ostatnich {{windowMin}} min (bazowo {{baselineRate}})",
  "suspicious-message_one":
    "{{provider}} {{accountId}}: {{count}} podpisana wiadomość niezastosowana w ostatnich {{windowMin}} min ({{reason}})",
  "suspicious-message_few":
    "{{provider}} {{accountId}}: {{count}} podpisane wiadomości niezastosowane w ostatnich {{windowMin}} min ({{reason}})",
  "suspicious-message_many":
    "{{provider}} {{accountId}}: {{count}} podpisanych wiadomości niezastosowanych w ostatnich {{windowMin}} min ({{reason}})",
  "suspicious-message_other":
    "{{provider}} {{accountId}}: {{count}} podpisanej wiadomości niezastosowanej w ostatnich {{windowMin}} min ({{reason}})",
  "missing-notifications_one":
    "{{provider}} {{accountId}}: {{waiting}} z {{count}} płatności nie ma końcowego powiadomienia po {{overdueMin}} min (zwykłe opóźnienie {{usualLagS}} s)",
  "missing-notifications_few":
    "{{provider}} {{accountId}}: {{waiting}} z {{count}} płatności nie ma końcowego powiadomienia po {{overdueMin}} min (zwykłe opóźnienie {{usualLagS}} s)",
  "missing-notifications_many":
    "{{provider}} {{accountId}}: {{waiting}} z {{count}} płatności nie ma końcowego powiadomienia po {{overdueMin}} min (zwykłe opóźnienie {{usualLagS}} s)",
  "missing-notifications_other":
    "{{provider}} {{accountId}}: {{waiting}} z {{count}} płatności nie ma końcowego powiadomienia po {{overdueMin}} min (zwykłe opóźnienie {{usualLagS}} s)",
  "account-silent":
    "{{provider}} {{accountId}}: brak płatności, wywołań i powiadomień od {{silentMin}} min (oczekiwano ok. {{expected}} przy {{perHour}} na godzinę)",
  "account-silent-unseen":
    "{{provider}} {{accountId}}: brak płatności, wywołań i powiadomień od co najmniej {{silentMin}} min (oczekiwano ok. {{expected}} przy {{perHour}} na godzinę)",
  "dispute-due-hours_one": "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-due-hours_few": "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-due-hours_many": "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-due-hours_other":
    "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-due-days_one": "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} dnia",
  "dispute-due-days_few": "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} dni",
  "dispute-due-days_many": "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} dni",
  "dispute-due-days_other": "Spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} dnia",
  "dispute-due-final_one":
    "Ostatni dzień: spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-due-final_few":
    "Ostatni dzień: spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-due-final_many":
    "Ostatni dzień: spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-due-final_other":
    "Ostatni dzień: spór {{provider}} {{disputeId}} ({{accountId}}) wymaga odpowiedzi w ciągu {{count}} godz.",
  "dispute-rate-same_one":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} spór, {{projectedRate}} z {{payments}} płatności kartą z tego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
  "dispute-rate-same_few":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} spory, {{projectedRate}} z {{payments}} płatności kartą z tego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
  "dispute-rate-same_many":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} sporów, {{projectedRate}} z {{payments}} płatności kartą z tego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
  "dispute-rate-same_other":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} sporu, {{projectedRate}} z {{payments}} płatności kartą z tego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
  "dispute-rate-previous_one":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} spór, {{projectedRate}} z {{payments}} płatności kartą z poprzedniego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
  "dispute-rate-previous_few":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} spory, {{projectedRate}} z {{payments}} płatności kartą z poprzedniego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
  "dispute-rate-previous_many":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} sporów, {{projectedRate}} z {{payments}} płatności kartą z poprzedniego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
  "dispute-rate-previous_other":
    "{{provider}} {{accountId}}: prognoza na {{month}} to {{count}} sporu, {{projectedRate}} z {{payments}} płatności kartą z poprzedniego miesiąca; to powyżej progu {{line}} ({{lineRate}}, sporów: {{lineCount}})",
};
