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
  report: {
    headline: "[Paylens] Raport „{name}”, {span}: {rows}",
    rows: { one: "{count} wiersz", few: "{count} wiersze", many: "{count} wierszy", other: "{count} wiersza" },
    slackNoFile: "Slack nie przyjmuje plików CSV: otwórz widok, aby go obejrzeć lub wyeksportować.",
    attached: "Plik CSV w załączniku ({filename}).",
    view: "Ten sam widok w Paylens: {url}",
  },
  rules: ruleTitles,
};
