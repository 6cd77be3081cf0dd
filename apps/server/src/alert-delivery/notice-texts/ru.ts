import type { NoticeTexts } from "./en.ts";

export const ru: NoticeTexts = {
  opened: "Алерт",
  resolved: "Решено",
  test: "Проверка",
  open: "Открыть в Paylens",
  rule: "Правило",
  segment: "Сегмент",
  started: "Начало",
  ended: "Конец",
  figures: "Показатели",
  testMessage: "Проверочное уведомление Paylens: этот канал получает алерты.",
  rules: {
    "approval-drop": "Падение доли одобрений в сегменте",
    "webhook-lag": "Задержка вебхуков выше SLO",
    "provider-errors": "Ошибки API провайдера",
    "suspicious-message": "Подписанное сообщение не применено",
    "missing-notifications": "Платежи без финального уведомления",
    "account-silent": "Аккаунт замолчал",
    "dispute-due": "Ответ по спору нужен в течение 3 дней",
    "dispute-due-final": "Ответ по спору нужен в течение суток",
    "dispute-rate": "Доля споров у порога платёжной системы",
  },
};
