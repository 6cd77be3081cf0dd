// What each alert rule watches, in Polish (alert-rules.ts has the English): Settings' routing list and the alert notices.
import type { AlertRule } from "../alert-rules.ts";

export const pl: Record<AlertRule, string> = {
  "approval-drop": "Spadek akceptacji w segmencie",
  "webhook-lag": "Opóźnienie webhooków powyżej SLO",
  "provider-errors": "Błędy API operatora",
  "suspicious-message": "Podpisana wiadomość niezastosowana",
  "missing-notifications": "Płatności bez końcowego powiadomienia",
  "account-silent": "Konto ucichło",
  "dispute-due": "Odpowiedź na spór w ciągu 3 dni",
  "dispute-due-final": "Odpowiedź na spór w ciągu doby",
  "dispute-rate": "Wskaźnik sporów blisko progu organizacji",
};
