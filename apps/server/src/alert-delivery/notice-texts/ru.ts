import { ru as ruleTitles } from "@paylens/domain/alert-rule-titles/ru";
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
  rules: ruleTitles,
};
