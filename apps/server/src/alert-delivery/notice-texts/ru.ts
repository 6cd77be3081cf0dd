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
  report: {
    headline: "[Paylens] Отчёт «{name}», {span}: {rows}",
    rows: { one: "{count} строка", few: "{count} строки", many: "{count} строк", other: "{count} строки" },
    slackNoFile: "В Slack нельзя передать CSV-файл: откройте вид в Paylens, чтобы посмотреть или выгрузить его.",
    attached: "CSV во вложении ({filename}).",
    view: "Тот же вид в Paylens: {url}",
  },
  rules: ruleTitles,
};
