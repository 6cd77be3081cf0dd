export const disputeWords = {
  stage: {
    inquiry: "Zapytanie",
    chargeback: "Obciążenie zwrotne",
    pre_arbitration: "Przedarbitraż",
    arbitration: "Arbitraż",
  },
  status: {
    needs_response: "Wymaga odpowiedzi",
    under_review: "W trakcie rozpatrywania",
    won: "Wygrany",
    lost: "Przegrany",
    accepted: "Zaakceptowany",
    cancelled: "Wycofany",
  },
  category: {
    fraud: "Oszustwo",
    authorisation: "Autoryzacja",
    processing_error: "Błąd przetwarzania",
    consumer_dispute: "Reklamacja klienta",
  },
  unknownReason: "Nieznana przyczyna",
  noDeadline: "Bez terminu",
  closed: "Zamknięty",
  overdue: "Po terminie o {{days}} d.",
  dueToday: "Termin dziś",
  left: "Zostało {{days}} d.",
};
