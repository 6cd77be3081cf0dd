import type { NoticeTexts } from "./en.ts";

export const pl: NoticeTexts = {
  opened: "Alert",
  resolved: "Rozwiązany",
  test: "Test",
  open: "Otwórz w Paylens",
  rule: "Reguła",
  segment: "Segment",
  started: "Początek",
  ended: "Koniec",
  figures: "Wskaźniki",
  testMessage: "Testowe powiadomienie Paylens: ten kanał odbiera alerty.",
  rules: {
    "approval-drop": "Spadek akceptacji w segmencie",
    "webhook-lag": "Opóźnienie webhooków powyżej SLO",
    "provider-errors": "Błędy API operatora",
    "suspicious-message": "Podpisana wiadomość niezastosowana",
    "missing-notifications": "Płatności bez końcowego powiadomienia",
    "account-silent": "Konto ucichło",
    "dispute-due": "Odpowiedź na spór w ciągu 3 dni",
    "dispute-due-final": "Odpowiedź na spór w ciągu doby",
    "dispute-rate": "Wskaźnik sporów blisko progu organizacji",
  },
};
