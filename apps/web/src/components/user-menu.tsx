import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES, rememberLanguage, setLanguage } from "../i18n/index.ts";
import { chooseTheme, chosenTheme, isTheme, THEMES } from "../theme.ts";
import { roleLabel } from "../lib/vocabulary.ts";
import { useTrpc } from "../trpc.ts";
import { usePrincipal } from "./principal.tsx";
import { useReplaceSession } from "./use-replace-session.ts";

export function UserMenu() {
  const me = usePrincipal();
  const trpc = useTrpc();
  const { t, i18n } = useTranslation();
  const replaceSession = useReplaceSession();
  const [theme, setTheme] = useState(chosenTheme);
  // Signed out locally even when the server cannot be reached: the cookie is HttpOnly, the next request tells.
  const signOut = useMutation({ ...trpc.auth.signOut.mutationOptions(), onSettled: () => replaceSession(null) });
  // Stored on the account so it follows the person to another browser; this browser remembers it at once regardless.
  const storeLanguage = useMutation(trpc.auth.setLanguage.mutationOptions());
  return (
    <div className="user-menu">
      <span className="user-name" title={me.email ?? undefined}>
        {me.name}
      </span>
      <span className="tag tag-role" aria-label={t("shell.userMenu.role", { role: roleLabel(me.role) })}>
        {roleLabel(me.role)}
      </span>
      <select
        aria-label={t("shell.userMenu.language")}
        className="input input-sm"
        value={i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          rememberLanguage(me.id, language);
          void setLanguage(language);
          storeLanguage.mutate({ language });
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
      <select
        aria-label={t("shell.userMenu.theme")}
        className="input input-sm"
        value={theme}
        onChange={(event) => {
          const chosen = event.target.value;
          if (!isTheme(chosen)) return;
          chooseTheme(chosen);
          setTheme(chosen);
        }}
      >
        {THEMES.map((option) => (
          <option key={option} value={option}>
            {t(`shell.userMenu.themes.${option}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button button-sm" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        {t("shell.userMenu.signOut")}
      </button>
    </div>
  );
}
