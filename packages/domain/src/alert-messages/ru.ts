import type { AlertMessageCatalogue } from "./en.ts";

export const ru: AlertMessageCatalogue = {
  "approval-drop_one":
    "Доля одобрений для {{dimension}} {{segment}} упала до {{approvalRate}} за последние {{windowMin}} мин (база {{baselineRate}}, {{count}} попытка)",
  "approval-drop_few":
    "Доля одобрений для {{dimension}} {{segment}} упала до {{approvalRate}} за последние {{windowMin}} мин (база {{baselineRate}}, {{count}} попытки)",
  "approval-drop_many":
    "Доля одобрений для {{dimension}} {{segment}} упала до {{approvalRate}} за последние {{windowMin}} мин (база {{baselineRate}}, {{count}} попыток)",
  "approval-drop_other":
    "Доля одобрений для {{dimension}} {{segment}} упала до {{approvalRate}} за последние {{windowMin}} мин (база {{baselineRate}}, {{count}} попытки)",
  "webhook-lag_one": "Задержка вебхуков {{provider}}: p95 {{p95S}} с, выше SLO {{sloS}} с ({{count}} вебхук)",
  "webhook-lag_few": "Задержка вебхуков {{provider}}: p95 {{p95S}} с, выше SLO {{sloS}} с ({{count}} вебхука)",
  "webhook-lag_many": "Задержка вебхуков {{provider}}: p95 {{p95S}} с, выше SLO {{sloS}} с ({{count}} вебхуков)",
  "webhook-lag_other": "Задержка вебхуков {{provider}}: p95 {{p95S}} с, выше SLO {{sloS}} с ({{count}} вебхука)",
  "provider-errors":
    "{{provider}}: {{failedRate}} вызовов API завершились ошибкой или таймаутом за последние {{windowMin}} мин (база {{baselineRate}})",
  "suspicious-message_one":
    "{{provider}} {{accountId}}: за последние {{windowMin}} мин не применено {{count}} подписанное сообщение ({{reason}})",
  "suspicious-message_few":
    "{{provider}} {{accountId}}: за последние {{windowMin}} мин не применено {{count}} подписанных сообщения ({{reason}})",
  "suspicious-message_many":
    "{{provider}} {{accountId}}: за последние {{windowMin}} мин не применено {{count}} подписанных сообщений ({{reason}})",
  "suspicious-message_other":
    "{{provider}} {{accountId}}: за последние {{windowMin}} мин не применено {{count}} подписанного сообщения ({{reason}})",
  "missing-notifications_one":
    "{{provider}} {{accountId}}: у {{waiting}} из {{count}} платежа нет финального уведомления спустя {{overdueMin}} мин (обычная задержка {{usualLagS}} с)",
  "missing-notifications_few":
    "{{provider}} {{accountId}}: у {{waiting}} из {{count}} платежей нет финального уведомления спустя {{overdueMin}} мин (обычная задержка {{usualLagS}} с)",
  "missing-notifications_many":
    "{{provider}} {{accountId}}: у {{waiting}} из {{count}} платежей нет финального уведомления спустя {{overdueMin}} мин (обычная задержка {{usualLagS}} с)",
  "missing-notifications_other":
    "{{provider}} {{accountId}}: у {{waiting}} из {{count}} платежа нет финального уведомления спустя {{overdueMin}} мин (обычная задержка {{usualLagS}} с)",
  "account-silent":
    "{{provider}} {{accountId}}: ни платежей, ни вызовов, ни уведомлений уже {{silentMin}} мин (ожидалось около {{expected}} при {{perHour}} в час)",
  "account-silent-unseen":
    "{{provider}} {{accountId}}: ни платежей, ни вызовов, ни уведомлений уже не меньше {{silentMin}} мин (ожидалось около {{expected}} при {{perHour}} в час)",
  "dispute-due-hours_one": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} ч",
  "dispute-due-hours_few": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} ч",
  "dispute-due-hours_many": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} ч",
  "dispute-due-hours_other": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} ч",
  "dispute-due-days_one": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} дня",
  "dispute-due-days_few": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} дней",
  "dispute-due-days_many": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} дней",
  "dispute-due-days_other": "Спор {{provider}} {{disputeId}} ({{accountId}}): ответить нужно в течение {{count}} дня",
  "dispute-due-final_one":
    "Последний день: спор {{provider}} {{disputeId}} ({{accountId}}), ответить нужно в течение {{count}} ч",
  "dispute-due-final_few":
    "Последний день: спор {{provider}} {{disputeId}} ({{accountId}}), ответить нужно в течение {{count}} ч",
  "dispute-due-final_many":
    "Последний день: спор {{provider}} {{disputeId}} ({{accountId}}), ответить нужно в течение {{count}} ч",
  "dispute-due-final_other":
    "Последний день: спор {{provider}} {{disputeId}} ({{accountId}}), ответить нужно в течение {{count}} ч",
  "dispute-rate-same_one":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} спор, {{projectedRate}} от {{payments}} платежей картами того же месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
  "dispute-rate-same_few":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} спора, {{projectedRate}} от {{payments}} платежей картами того же месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
  "dispute-rate-same_many":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} споров, {{projectedRate}} от {{payments}} платежей картами того же месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
  "dispute-rate-same_other":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} спора, {{projectedRate}} от {{payments}} платежей картами того же месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
  "dispute-rate-previous_one":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} спор, {{projectedRate}} от {{payments}} платежей картами предыдущего месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
  "dispute-rate-previous_few":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} спора, {{projectedRate}} от {{payments}} платежей картами предыдущего месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
  "dispute-rate-previous_many":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} споров, {{projectedRate}} от {{payments}} платежей картами предыдущего месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
  "dispute-rate-previous_other":
    "{{provider}} {{accountId}}: прогноз на {{month}} — {{count}} спора, {{projectedRate}} от {{payments}} платежей картами предыдущего месяца; это выше порога {{line}} ({{lineRate}}, споров: {{lineCount}})",
};
