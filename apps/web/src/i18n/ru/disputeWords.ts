export const disputeWords = {
  stage: {
    inquiry: "Запрос информации",
    chargeback: "Чарджбэк",
    pre_arbitration: "Предарбитраж",
    arbitration: "Арбитраж",
  },
  status: {
    needs_response: "Нужен ответ",
    under_review: "На рассмотрении",
    won: "Выигран",
    lost: "Проигран",
    accepted: "Принят",
    cancelled: "Отозван",
  },
  category: {
    fraud: "Мошенничество",
    authorisation: "Авторизация",
    processing_error: "Ошибка обработки",
    consumer_dispute: "Претензия покупателя",
  },
  unknownReason: "Причина неизвестна",
  noDeadline: "Без срока",
  closed: "Закрыт",
  overdue: "Просрочен на {{days}} дн.",
  dueToday: "Срок сегодня",
  left: "Осталось {{days}} дн.",
};
