import { pl as ruleTitles } from "@paylens/domain/alert-rule-titles/pl";
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
  rules: ruleTitles,
};
