import { useEffect } from "react";
import { chosenLanguage, i18n, rememberLanguage, setLanguage, type Language } from "../i18n/index.ts";

/**
 * Once someone is signed in, the language they chose wins over the browser's preference: the one stored on their
 * account (any browser), else one chosen on this browser before it was stored there.
 */
export function useChosenLanguage(me: { id: string; language: Language | null } | null | undefined): void {
  const userId = me?.id;
  const stored = me?.language ?? null;
  useEffect(() => {
    if (!userId) return;
    if (stored) rememberLanguage(userId, stored);
    const chosen = stored ?? chosenLanguage(userId);
    if (chosen && chosen !== i18n.language) void setLanguage(chosen);
  }, [userId, stored]);
}
