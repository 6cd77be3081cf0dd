// The alert messages' own words in the language PAYLENS_ALERT_LANGUAGE names (one language per deployment: a
// channel is read by a team, not a person).
import type { Language } from "@paylens/domain/languages";
import { en, type NoticeTexts } from "./en.ts";
import { pl } from "./pl.ts";
import { ru } from "./ru.ts";

export const NOTICE_TEXTS: Record<Language, NoticeTexts> = { en, ru, pl };

export function noticeTexts(language: Language): NoticeTexts {
  return NOTICE_TEXTS[language];
}

/** A rule's title, or the rule's own name for one the catalogue does not know (a test notice). */
export function ruleTitle(texts: NoticeTexts, rule: string): string {
  return (texts.rules as Record<string, string>)[rule] ?? rule;
}
