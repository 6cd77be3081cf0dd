// What each alert rule watches, in Russian (alert-rules.ts has the English): Settings' routing list and the alert notices.
import type { AlertRule } from "../alert-rules.ts";

export const ru: Record<AlertRule, string> = {
  "approval-drop": "Падение доли одобрений в сегменте",
  "webhook-lag": "Задержка вебхуков выше SLO",
  "provider-errors": "Ошибки API провайдера",
  "suspicious-message": "Подписанное сообщение не применено",
  "missing-notifications": "Платежи без финального уведомления",
  "account-silent": "Аккаунт замолчал",
  "dispute-due": "Ответ по спору нужен в течение 3 дней",
  "dispute-due-final": "Ответ по спору нужен в течение суток",
  "dispute-rate": "Доля споров у порога платёжной системы",
};
