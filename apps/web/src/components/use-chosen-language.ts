import { useEffect } from "react";
import { chosenLanguage, i18n, setLanguage } from "../i18n/index.ts";

/** Once someone is signed in, the language they chose in the user menu wins over the browser's preference. */
export function useChosenLanguage(userId: string | undefined): void {
  useEffect(() => {
    if (!userId) return;
    const chosen = chosenLanguage(userId);
    if (chosen && chosen !== i18n.language) void setLanguage(chosen);
  }, [userId]);
}
